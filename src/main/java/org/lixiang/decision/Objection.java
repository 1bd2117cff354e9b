package org.lixiang.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.lixiang.base.AbstractEntity;
import org.lixiang.proposal.CheckedFiles;

/** An objection (异议) to a listed proposal during publicity, and the officer's answer. */
@Entity
@Table(name = "objection")
class Objection extends AbstractEntity {

    enum Status { OPEN, UPHELD, DISMISSED }

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "objector_id", nullable = false)
    private long objectorId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "attachment_name", length = 255)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment_size")
    private Long attachmentSize;

    @Column(name = "attachment_sha256", length = 64)
    private String attachmentSha256;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(length = 2000)
    private String reply;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Objection() {
    }

    Objection(long planId, long proposalId, long objectorId, String reason, Instant now) {
        this.planId = planId;
        this.proposalId = proposalId;
        this.objectorId = objectorId;
        this.reason = reason;
        this.filedAt = now;
    }

    void attach(CheckedFiles.StoredFile file) {
        this.attachmentName = file.name();
        this.attachmentType = file.contentType();
        this.attachmentSize = file.size();
        this.attachmentSha256 = file.sha256();
    }

    Optional<CheckedFiles.StoredFile> getAttachment() {
        return attachmentSha256 == null ? Optional.empty()
                : Optional.of(new CheckedFiles.StoredFile(attachmentName, attachmentType, attachmentSize, attachmentSha256));
    }

    void decide(boolean uphold, String reply, long officerId, Instant now) {
        this.status = uphold ? Status.UPHELD : Status.DISMISSED;
        this.reply = reply;
        this.decidedBy = officerId;
        this.decidedAt = now;
    }

    long getPlanId() {
        return planId;
    }

    long getProposalId() {
        return proposalId;
    }

    long getObjectorId() {
        return objectorId;
    }

    String getReason() {
        return reason;
    }

    Status getStatus() {
        return status;
    }

    String getReply() {
        return reply;
    }

    Instant getFiledAt() {
        return filedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
