package org.lixiang.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lixiang.base.AbstractEntity;

/** An expert's review of a proposal: a draft until submitted, then locked. */
@Entity
@Table(name = "review")
class Review extends AbstractEntity {

    enum Status { DRAFT, SUBMITTED }

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(name = "recommended_budget", precision = 14, scale = 2)
    private BigDecimal recommendedBudget;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Recommendation recommendation;

    @Column(name = "comment_to_applicant", length = 4000)
    private String commentToApplicant;

    @Column(name = "comment_to_bureau", length = 4000)
    private String commentToBureau;

    @Column(name = "weighted_total", precision = 6, scale = 2)
    private BigDecimal weightedTotal;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "review_criterion_score", joinColumns = @JoinColumn(name = "review_id"))
    @OrderBy("position")
    private List<CriterionScore> scores = new ArrayList<>();

    protected Review() {
    }

    Review(long assignmentId, long proposalId, long expertId, Instant now) {
        this.assignmentId = assignmentId;
        this.proposalId = proposalId;
        this.expertId = expertId;
        this.updatedAt = now;
    }

    void apply(ScoreSheet sheet, List<CriterionScore> scored, BigDecimal total, Instant now) {
        scores.clear();
        scores.addAll(scored);
        recommendedBudget = sheet.recommendedBudget();
        recommendation = sheet.recommendation();
        commentToApplicant = sheet.commentToApplicant();
        commentToBureau = sheet.commentToBureau();
        weightedTotal = total;
        updatedAt = now;
    }

    void submit(Instant now) {
        status = Status.SUBMITTED;
        submittedAt = now;
    }

    long getAssignmentId() {
        return assignmentId;
    }

    long getProposalId() {
        return proposalId;
    }

    long getExpertId() {
        return expertId;
    }

    Status getStatus() {
        return status;
    }

    BigDecimal getRecommendedBudget() {
        return recommendedBudget;
    }

    Recommendation getRecommendation() {
        return recommendation;
    }

    String getCommentToApplicant() {
        return commentToApplicant;
    }

    String getCommentToBureau() {
        return commentToBureau;
    }

    BigDecimal getWeightedTotal() {
        return weightedTotal;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    List<CriterionScore> getScores() {
        return List.copyOf(scores);
    }

    ScoreSheet toSheet() {
        return new ScoreSheet(scores.stream().map(CriterionScore::getPoints).toList(), recommendedBudget,
                recommendation, commentToApplicant == null ? "" : commentToApplicant,
                commentToBureau == null ? "" : commentToBureau);
    }
}
