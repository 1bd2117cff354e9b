package org.lixiang.decision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Dates;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallService;
import org.lixiang.notification.Notifier;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.DecidedProposal;
import org.lixiang.workflow.ApprovalProcess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision steps the call-decision process runs itself: publishing the list, the end of the
 * publicity period, the open objections, and the final results sent to each proposal's process.
 */
@Component("decisionSteps")
public class DecisionSteps {

    private final FundingPlanRepository plans;
    private final ObjectionRepository objections;
    private final ProposalResultRepository results;
    private final ProposalDirectory proposals;
    private final CallService calls;
    private final ApprovalProcess approval;
    private final AuditLog audit;
    private final Clock clock;
    private final ResultService resultService;
    private final Notifier notifier;
    /**
     * How many proposals one batch of {@link #announceResults} tells (lixiang.decision.results-per-batch,
     * default 100). Measured (docs/performance.md): within one transaction a proposal costs more the
     * more the transaction has already done (the engine's and Hibernate's per-transaction caches),
     * so bounded batches keep the cost per proposal flat; each batch is a job of its own.
     */
    private final int resultsPerBatch;

    DecisionSteps(FundingPlanRepository plans, ObjectionRepository objections, ProposalResultRepository results,
                  ProposalDirectory proposals, CallService calls, ApprovalProcess approval, AuditLog audit,
                  Clock clock, ResultService resultService, Notifier notifier,
                  @Value("${lixiang.decision.results-per-batch:100}") int resultsPerBatch) {
        if (resultsPerBatch < 1) {
            throw new IllegalArgumentException("lixiang.decision.results-per-batch must be at least 1");
        }
        this.resultsPerBatch = resultsPerBatch;
        this.notifier = notifier;
        this.resultService = resultService;
        this.plans = plans;
        this.objections = objections;
        this.results = results;
        this.proposals = proposals;
        this.calls = calls;
        this.approval = approval;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Publishes the approved plan's list for the call's publicity period and tells the applicants
     * of the plan's proposals (funded or not) that it is public.
     */
    @Transactional
    public void publish(long planId) {
        requireSystemOrBureau();
        FundingPlan plan = plans.lockById(planId).orElseThrow(() -> new NotAllowedException("plan " + planId));
        if (plan.getStatus() != PlanStatus.APPROVED) {
            throw new IllegalStateException("plan " + planId + " is " + plan.getStatus() + ", not approved");
        }
        Instant now = clock.instant();
        var call = calls.details(plan.getCallId());
        plan.published(now, now.plus(Duration.ofDays(call.publicityDays())));
        audit.record("PUBLICITY_STARTED", "call", plan.getCallId(), "until " + plan.getPublicityEndsAt());
        String event = "plan:" + planId + ":publicity:" + now.toEpochMilli();
        String until = Dates.format(plan.getPublicityEndsAt(), clock);
        // one message per applicant, however many of their proposals are on the list
        for (long applicant : plans.applicantsOf(planId)) {
            notifier.notify(event, applicant, "notification.publicityStarted", "publicity", call.name(), until);
        }
    }

    @Transactional(readOnly = true)
    public Date publicityEndsAt(long planId) {
        requireSystemOrBureau();
        return Date.from(plans.findById(planId).orElseThrow().getPublicityEndsAt());
    }

    @Transactional(readOnly = true)
    public long openObjections(long planId) {
        requireSystemOrBureau();
        return objections.countByPlanIdAndStatus(planId, Objection.Status.OPEN);
    }

    /**
     * Makes the results final, for the whole call in one transaction: each proposal of the plan is
     * approved with its funded amount or not approved, recorded once (the result table's key), and
     * the plan is final. The proposals themselves are told afterwards, in batches
     * ({@link #announceResults}): this transaction stays a handful of statements however large
     * the call.
     */
    @Transactional
    public void finalize(long planId) {
        requireSystemOrBureau();
        FundingPlan plan = plans.lockById(planId).orElseThrow(() -> new NotAllowedException("plan " + planId));
        Instant now = clock.instant();
        if (plan.getStatus() != PlanStatus.PUBLICITY || now.isBefore(plan.getPublicityEndsAt())) {
            throw new IllegalStateException("no result before the publicity period of plan " + planId + " ends");
        }
        int recorded = results.recordAll(planId, now);
        long approved = plan.getItems().stream().filter(FundingPlanItem::isFunded).count();
        plan.finalized(now);
        audit.record("RESULTS_FINAL", "call", plan.getCallId(), approved + " approved of " + recorded
                + ", funded " + plan.getFundedTotal());
    }

    /**
     * Tells the next batch of a final plan's proposals their result: the proposal's status, its
     * own process (which ends as approved or not approved) and the applicant's notification, all
     * in this transaction. Returns how many proposals are still waiting; the process repeats the
     * step until none is.
     */
    @Transactional
    public long announceResults(long planId) {
        requireSystemOrBureau();
        FundingPlan plan = plans.findById(planId).orElseThrow(() -> new NotAllowedException("plan " + planId));
        if (plan.getStatus() != PlanStatus.FINAL) {
            throw new IllegalStateException("plan " + planId + " is " + plan.getStatus() + ", not final");
        }
        Instant now = clock.instant();
        List<ProposalResultRow> batch = results.waiting(planId, Limit.of(resultsPerBatch));
        List<DecidedProposal> told = new ArrayList<>(batch.size());
        for (ProposalResultRow result : batch) {
            DecidedProposal decided = proposals.markResult(result.getProposalId(), result.isApproved(),
                    result.getFundedAmount());
            approval.deliverResult(decided.processInstanceId(), result.isApproved());
            result.announced(now);
            told.add(decided);
        }
        results.flush();
        told.forEach(resultService::announce);
        return batch.size() < resultsPerBatch ? 0 : results.countWaiting(planId);
    }

    private static void requireSystemOrBureau() {
        CurrentUser.get().ifPresent(u -> {
            if (!u.hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
                throw new NotAllowedException("decision step");
            }
        });
    }
}
