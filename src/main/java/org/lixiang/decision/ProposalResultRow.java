package org.lixiang.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The final result of a proposal: one row per proposal, ever (its primary key). */
@Entity
@Table(name = "proposal_result")
class ProposalResultRow {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(nullable = false)
    private boolean approved;

    @Column(name = "funded_amount", precision = 14, scale = 2)
    private BigDecimal fundedAmount;

    @Column(name = "finalized_at", nullable = false)
    private Instant finalizedAt;

    /** When the proposal's status, process and applicant were told; null until then. */
    @Column(name = "announced_at")
    private Instant announcedAt;

    protected ProposalResultRow() {
    }

    ProposalResultRow(long proposalId, boolean approved, BigDecimal fundedAmount, Instant finalizedAt) {
        this.proposalId = proposalId;
        this.approved = approved;
        this.fundedAmount = fundedAmount;
        this.finalizedAt = finalizedAt;
    }

    long getProposalId() {
        return proposalId;
    }

    boolean isApproved() {
        return approved;
    }

    BigDecimal getFundedAmount() {
        return fundedAmount;
    }

    void announced(Instant at) {
        announcedAt = at;
    }
}
