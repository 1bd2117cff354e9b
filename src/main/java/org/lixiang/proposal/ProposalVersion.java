package org.lixiang.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A submitted version of a proposal, kept as a JSON snapshot of its content and attachment list. */
@Entity
@Table(name = "proposal_version")
class ProposalVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false, length = 200000)
    private String snapshot;

    protected ProposalVersion() {
    }

    ProposalVersion(long proposalId, int revision, Instant submittedAt, String snapshot) {
        this.proposalId = proposalId;
        this.revision = revision;
        this.submittedAt = submittedAt;
        this.snapshot = snapshot;
    }

    int getRevision() {
        return revision;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSnapshot() {
        return snapshot;
    }
}
