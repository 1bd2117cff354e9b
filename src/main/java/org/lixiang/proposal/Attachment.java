package org.lixiang.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An attachment's catalogue entry. The bytes live in the {@link FileStore} under their SHA-256;
 * the original name is kept only for display and the download's file name.
 */
@Entity
@Table(name = "proposal_attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(long proposalId, String originalName, String contentType, long sizeBytes, String sha256,
               long uploadedBy, Instant uploadedAt) {
        this.proposalId = proposalId;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    long getProposalId() {
        return proposalId;
    }

    String getOriginalName() {
        return originalName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    AttachmentInfo toInfo() {
        return new AttachmentInfo(id, originalName, contentType, sizeBytes, sha256, uploadedAt);
    }
}
