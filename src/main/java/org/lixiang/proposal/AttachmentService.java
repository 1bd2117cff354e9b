package org.lixiang.proposal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's attachments (附件). The applicant who owns the proposal adds and removes them while
 * it can be edited and may always read them; officers, leaders and admins read any proposal's
 * attachments; experts who accepted to review it read them through a {@link ProposalReadGrant};
 * nobody else sees them. Every method checks this itself, because a screen or a
 * download URL can be reached by anyone who has the link.
 */
@Service
public class AttachmentService {

    public static final long MAX_FILE_BYTES = CheckedFiles.MAX_FILE_BYTES;
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

    private final AttachmentRepository attachments;
    private final ProposalRepository proposals;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;
    private final java.util.List<ProposalReadGrant> grants;
    private final CheckedFiles checkedFiles;

    AttachmentService(AttachmentRepository attachments, ProposalRepository proposals, FileStore files,
                      AuditLog audit, Clock clock, java.util.List<ProposalReadGrant> grants,
                      CheckedFiles checkedFiles) {
        this.checkedFiles = checkedFiles;
        this.grants = grants;
        this.attachments = attachments;
        this.proposals = proposals;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds an uploaded file to the owner's editable proposal. The type is recognised from the
     * content; the name is only kept for display. The caller still owns (and deletes) the
     * uploaded temporary file.
     */
    @Transactional
    public AttachmentInfo add(long proposalId, String originalName, Path uploadedTempFile) {
        AppPrincipal user = caller();
        // the row lock serialises uploads to one proposal (the total stays under the limit) and
        // keeps a concurrent submission from slipping in between the check and the insert
        Proposal proposal = proposals.lockById(proposalId).orElseThrow(() -> unknown(proposalId));
        requireEditableByOwner(proposal, user);

        CheckedFiles.Checked checked = checkedFiles.check("attachments", originalName, uploadedTempFile);
        long used = attachments.totalSize(proposalId);
        if (used + checked.size() > MAX_TOTAL_BYTES) {
            throw InvalidInputException.of("attachments", "attachment.totalTooLarge", AttachmentName.clean(originalName),
                    CheckedFiles.megabytes(MAX_TOTAL_BYTES), Math.max(0, MAX_TOTAL_BYTES - used) / (1024 * 1024));
        }
        CheckedFiles.StoredFile stored = checkedFiles.store(checked);
        String name = stored.name();
        Attachment saved = attachments.save(new Attachment(proposalId, name, stored.contentType(), stored.size(),
                stored.sha256(), user.userId(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        audit.record("ATTACHMENT_ADDED", "proposal", proposalId, name);
        return saved.toInfo();
    }

    /**
     * Removes an attachment from the owner's editable proposal. The stored bytes stay: the same
     * content may belong to other attachments, and submitted versions may refer to it.
     */
    @Transactional
    public void remove(long attachmentId) {
        AppPrincipal user = caller();
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotAllowedException("unknown attachment " + attachmentId));
        Proposal proposal = proposals.lockById(attachment.getProposalId())
                .orElseThrow(() -> unknown(attachment.getProposalId()));
        requireEditableByOwner(proposal, user);
        attachments.delete(attachment);
        audit.record("ATTACHMENT_REMOVED", "proposal", proposal.getId(), attachment.getOriginalName());
    }

    /** The proposal's attachments in upload order (at most 100 MB of them, so a short list). */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(long proposalId) {
        AppPrincipal user = caller();
        requireReadable(proposals.findById(proposalId).orElseThrow(() -> unknown(proposalId)), user);
        return attachments.findByProposalIdOrderById(proposalId).stream().map(Attachment::toInfo).toList();
    }

    /** An attachment to send to the browser; its bytes are read when the response is written. */
    @Transactional(readOnly = true)
    public AttachmentDownload open(long attachmentId) {
        AppPrincipal user = caller();
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotAllowedException("unknown attachment " + attachmentId));
        requireReadable(proposals.findById(attachment.getProposalId())
                .orElseThrow(() -> unknown(attachment.getProposalId())), user);
        String key = attachment.getSha256();
        return new AttachmentDownload(attachment.getOriginalName(), attachment.getContentType(),
                attachment.getSizeBytes(), () -> files.open(key));
    }

    private static AppPrincipal caller() {
        return CurrentUser.get().orElseThrow(() -> new NotAllowedException("anonymous"));
    }

    private static void requireEditableByOwner(Proposal proposal, AppPrincipal user) {
        if (proposal.getApplicantId() != user.userId()) {
            throw new NotAllowedException("proposal " + proposal.getId() + " of another applicant");
        }
        if (!proposal.getStatus().editable()) {
            // the owner may simply have submitted it in another tab: say so rather than deny access
            throw InvalidInputException.of("attachments", "attachment.notEditable");
        }
    }

    private void requireReadable(Proposal proposal, AppPrincipal user) {
        if (proposal.getApplicantId() != user.userId() && !user.hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN)
                && grants.stream().noneMatch(g -> g.mayReadAttachments(user, proposal.getId()))) {
            throw new NotAllowedException("attachments of proposal " + proposal.getId());
        }
    }

    private static NotAllowedException unknown(long proposalId) {
        return new NotAllowedException("unknown proposal " + proposalId);
    }
}
