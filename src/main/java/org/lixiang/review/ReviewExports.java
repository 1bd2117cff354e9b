package org.lixiang.review;

import java.util.Locale;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Messages;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallService;
import org.lixiang.export.ExportJob;
import org.lixiang.proposal.ProposalDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review feature's exports, for the bureau only (they name the experts): the review progress
 * of a call as a workbook, and a proposal's review summary as a PDF. Each method checks access
 * and writes the audit entry at once, in the caller's request, and returns the job that reads
 * and writes the file — run off the UI thread by the export runner, as the same user.
 */
@Service
public class ReviewExports {

    private final ReviewExportWriter writer;
    private final CallService calls;
    private final ProposalDirectory proposals;
    private final AuditLog audit;

    ReviewExports(ReviewExportWriter writer, CallService calls, ProposalDirectory proposals, AuditLog audit) {
        this.writer = writer;
        this.calls = calls;
        this.proposals = proposals;
        this.audit = audit;
    }

    /** The review progress of a call's proposals, per proposal and per invited expert (.xlsx). */
    @Transactional
    public ExportJob progress(long callId, Locale locale) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        String callName = calls.details(callId).name();
        audit.record("EXPORT_REVIEW_PROGRESS", "call", callId, "xlsx");
        Locale language = Messages.supported(locale);
        return progress -> writer.progress(callId, callName, language, progress);
    }

    /**
     * A proposal's review summary (.pdf): aggregate, spread, recommendations, budget, and every
     * submitted review with the expert's name and both comments — a bureau document. Applicants
     * read their anonymized result on the result page instead.
     */
    @Transactional
    public ExportJob summary(long proposalId, Locale locale) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        String number = proposals.facts(proposalId).number();
        audit.record("EXPORT_REVIEW_SUMMARY", "proposal", proposalId, "pdf " + number);
        Locale language = Messages.supported(locale);
        return progress -> writer.summary(proposalId, language, progress);
    }
}
