package org.lixiang.decision;

import java.util.Locale;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Messages;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallService;
import org.lixiang.export.ExportJob;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision feature's exports: a call's proposals with scores and ranking and its funding plan
 * (workbooks, for the bureau), and the public funding lists (公示名单, a PDF for anyone logged in:
 * the same lists the publicity page shows). Each method checks access and writes the audit entry
 * at once, in the caller's request, and returns the job that reads and writes the file — run off
 * the UI thread by the export runner, as the same user.
 */
@Service
public class DecisionExports {

    private final DecisionExportWriter writer;
    private final CallService calls;
    private final FundingPlanRepository plans;
    private final AuditLog audit;

    DecisionExports(DecisionExportWriter writer, CallService calls, FundingPlanRepository plans, AuditLog audit) {
        this.writer = writer;
        this.calls = calls;
        this.plans = plans;
        this.audit = audit;
    }

    /** Every submitted proposal of the call with its review numbers, rank by score and place in the plan (.xlsx). */
    @Transactional
    public ExportJob proposals(long callId, Locale locale) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        String callName = calls.details(callId).name();
        audit.record("EXPORT_PROPOSALS", "call", callId, "xlsx");
        Locale language = Messages.supported(locale);
        return progress -> writer.proposals(callId, callName, language, progress);
    }

    /** The call's funding plan: ranked rows, amounts, the funding line and the totals against the envelope (.xlsx). */
    @Transactional
    public ExportJob fundingPlan(long callId, Locale locale) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        String callName = calls.details(callId).name();
        if (plans.findByCallId(callId).isEmpty()) {
            throw InvalidInputException.of(null, "export.noPlan");
        }
        audit.record("EXPORT_FUNDING_PLAN", "call", callId, "xlsx");
        Locale language = Messages.supported(locale);
        return progress -> writer.fundingPlan(callId, callName, language, progress);
    }

    /**
     * The public funding lists in publicity and the final ones (.pdf): what the publicity page shows
     * anyone — all of them, or one call's when the page is filtered to a call ({@code callId}).
     */
    @Transactional
    public ExportJob publicList(Long callId, Locale locale) {
        CurrentUser.require();
        if (callId == null) {
            audit.record("EXPORT_PUBLIC_LIST", "publicity", null, "pdf");
        } else {
            audit.record("EXPORT_PUBLIC_LIST", "call", callId, "pdf");
        }
        Locale language = Messages.supported(locale);
        return progress -> writer.publicList(callId, language, progress);
    }
}
