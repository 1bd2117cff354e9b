package org.lixiang.decision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Dates;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallService;
import org.lixiang.notification.Notifier;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ReviewFacts;
import org.lixiang.workflow.ApprovalProcess;
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

    DecisionSteps(FundingPlanRepository plans, ObjectionRepository objections, ProposalResultRepository results,
                  ProposalDirectory proposals, CallService calls, ApprovalProcess approval, AuditLog audit,
                  Clock clock, ResultService resultService, Notifier notifier) {
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
        for (FundingPlanItem item : plan.getItems()) {
            // one message per applicant, however many of their proposals are on the list
            notifier.notify(event, proposals.facts(item.getProposalId()).applicantId(),
                    "notification.publicityStarted", "publicity", call.name(), until);
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
     * Makes the results final: each proposal of the plan is approved with its funded amount or not
     * approved, recorded once (the result table's key), and its own process is told.
     */
    @Transactional
    public void finalize(long planId) {
        requireSystemOrBureau();
        FundingPlan plan = plans.lockById(planId).orElseThrow(() -> new NotAllowedException("plan " + planId));
        Instant now = clock.instant();
        if (plan.getStatus() != PlanStatus.PUBLICITY || now.isBefore(plan.getPublicityEndsAt())) {
            throw new IllegalStateException("no result before the publicity period of plan " + planId + " ends");
        }
        int approved = 0;
        for (FundingPlanItem item : plan.getItems()) {
            boolean funded = item.isFunded();
            BigDecimal amount = funded ? item.getFundedAmount() : null;
            results.save(new ProposalResultRow(item.getProposalId(), funded, amount, now));
            proposals.markResult(item.getProposalId(), funded, amount);
            ReviewFacts facts = proposals.facts(item.getProposalId());
            approval.deliverResult(facts.processInstanceId(), funded);
            resultService.announce(item.getProposalId());
            approved += funded ? 1 : 0;
        }
        plan.finalized(now);
        results.flush();
        audit.record("RESULTS_FINAL", "call", plan.getCallId(), approved + " approved of " + plan.getItems().size()
                + ", funded " + plan.getFundedTotal());
    }

    private static void requireSystemOrBureau() {
        CurrentUser.get().ifPresent(u -> {
            if (!u.hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
                throw new NotAllowedException("decision step");
            }
        });
    }
}
