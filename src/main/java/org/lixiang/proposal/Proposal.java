package org.lixiang.proposal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lixiang.base.AbstractEntity;
import org.lixiang.base.ResearchField;

/** A proposal (申报书) for a call, owned by the applicant who created it. */
@Entity
@Table(name = "proposal")
class Proposal extends AbstractEntity {

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status = ProposalStatus.DRAFT;

    @Column(length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ResearchField field;

    @Column(length = 2000)
    private String summary;

    @Column(length = 20000)
    private String objectives;

    @Column(length = 10000)
    private String outcomes;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "declaration_accepted", nullable = false)
    private boolean declarationAccepted;

    /** How many times it was submitted; the formal review decides on one revision. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TeamMember> team = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AvoidedExpert> avoidedExperts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "proposal_budget_line", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<BudgetLine> budget = new ArrayList<>();

    protected Proposal() {
    }

    Proposal(long callId, long applicantId, Long organizationId, Instant now) {
        this.callId = callId;
        this.applicantId = applicantId;
        this.organizationId = organizationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the whole content with what the applicant entered (already checked). */
    void apply(ProposalContent c, Instant now) {
        title = c.title();
        field = c.field();
        summary = c.summary();
        objectives = c.objectives();
        outcomes = c.outcomes();
        startDate = c.startDate();
        endDate = c.endDate();
        declarationAccepted = c.declarationAccepted();
        team.clear();
        for (int i = 0; i < c.team().size(); i++) {
            team.add(new TeamMember(this, i, c.team().get(i)));
        }
        avoidedExperts.clear();
        for (int i = 0; i < c.avoidedExperts().size(); i++) {
            avoidedExperts.add(new AvoidedExpert(this, i, c.avoidedExperts().get(i)));
        }
        budget.clear();
        c.budgetByCategory().values().forEach(b -> budget.add(new BudgetLine(b.category(),
                b.requested() == null ? BigDecimal.ZERO : b.requested(),
                b.selfRaised() == null ? BigDecimal.ZERO : b.selfRaised())));
        updatedAt = now;
    }

    ProposalContent content() {
        return new ProposalContent(nz(title), field, nz(summary), nz(objectives), nz(outcomes), startDate, endDate,
                team.stream().map(TeamMember::toContent).toList(),
                avoidedExperts.stream().map(AvoidedExpert::toContent).toList(),
                budget.stream().map(b -> new ProposalContent.Budget(b.getCategory(), b.getRequested(),
                        b.getSelfRaised())).toList(),
                declarationAccepted);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    void submitted(String number, Instant now) {
        if (this.number == null) {
            this.number = number;
        }
        this.revision++;
        this.status = ProposalStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void setStatus(ProposalStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    long getCallId() {
        return callId;
    }

    long getApplicantId() {
        return applicantId;
    }

    Long getOrganizationId() {
        return organizationId;
    }

    String getNumber() {
        return number;
    }

    ProposalStatus getStatus() {
        return status;
    }

    String getTitle() {
        return title;
    }

    ResearchField getField() {
        return field;
    }

    int getRevision() {
        return revision;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    BigDecimal requestedTotal() {
        return budget.stream().map(BudgetLine::getRequested).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
