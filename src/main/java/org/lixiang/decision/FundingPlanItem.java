package org.lixiang.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.lixiang.proposal.ProposalSummary;

/** One proposal in the plan: its rank, the numbers behind it, and the amount proposed (null: below the line). */
@Entity
@Table(name = "funding_plan_item")
class FundingPlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private FundingPlan plan;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    /** The proposal's number, fixed since its submission: the public list sorts by it without reading proposals (V13). */
    @Column(name = "proposal_number", nullable = false, length = 20)
    private String proposalNumber;

    /** The proposal's title and organization, fixed before it is ranked: the public list shows and searches them (V15). */
    @Column(name = "proposal_title", nullable = false, length = 200)
    private String proposalTitle;

    @Column(name = "organization_name", length = 200)
    private String organizationName;

    @Column(name = "rank_position", nullable = false)
    private int rankPosition;

    @Column(precision = 6, scale = 2)
    private BigDecimal score;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal requested;

    @Column(precision = 14, scale = 2)
    private BigDecimal recommended;

    @Column(name = "funded_amount", precision = 14, scale = 2)
    private BigDecimal fundedAmount;

    @Column(nullable = false)
    private boolean withdrawn;

    protected FundingPlanItem() {
    }

    FundingPlanItem(FundingPlan plan, ProposalSummary proposal, int rankPosition, BigDecimal score,
                    BigDecimal requested, BigDecimal recommended, BigDecimal fundedAmount) {
        this.plan = plan;
        this.proposalId = proposal.id();
        this.proposalNumber = proposal.number();
        this.proposalTitle = proposal.title() == null ? "" : proposal.title();
        this.organizationName = proposal.organizationName();
        this.rankPosition = rankPosition;
        this.score = score;
        this.requested = requested;
        this.recommended = recommended;
        this.fundedAmount = fundedAmount;
    }

    void fund(BigDecimal amount) {
        this.fundedAmount = amount;
    }

    void withdraw() {
        this.withdrawn = true;
        this.fundedAmount = null;
    }

    long getProposalId() {
        return proposalId;
    }

    String getProposalNumber() {
        return proposalNumber;
    }

    String getProposalTitle() {
        return proposalTitle;
    }

    String getOrganizationName() {
        return organizationName;
    }

    int getRankPosition() {
        return rankPosition;
    }

    BigDecimal getScore() {
        return score;
    }

    BigDecimal getRequested() {
        return requested;
    }

    BigDecimal getRecommended() {
        return recommended;
    }

    BigDecimal getFundedAmount() {
        return fundedAmount;
    }

    boolean isWithdrawn() {
        return withdrawn;
    }

    boolean isFunded() {
        return !withdrawn && fundedAmount != null;
    }
}
