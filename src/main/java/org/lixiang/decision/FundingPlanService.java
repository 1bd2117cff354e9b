package org.lixiang.decision;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditChanges;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallService;
import org.lixiang.notification.Notifier;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.proposal.ProposalSummary;
import org.lixiang.review.AggregateView;
import org.lixiang.review.ReviewOutcomes;
import org.lixiang.workflow.ApprovalProcess;
import org.lixiang.workflow.CallDecisionProcess;
import org.lixiang.workflow.TaskInbox;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call's decision round: the officer opens it, ranks the proposals that have their
 * department opinion and sets the funded amounts within the envelope; the leader approves or
 * returns the plan.
 *
 * <p>Ranking (ties broken in this order): higher expert score; more "strongly support"
 * recommendations; lower requested amount; earlier proposal number.
 */
@Service
public class FundingPlanService {

    static final Set<ProposalStatus> READY = EnumSet.of(ProposalStatus.OPINION_GIVEN);
    static final Set<ProposalStatus> UNFINISHED = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.IN_FORMAL_REVIEW,
            ProposalStatus.RETURNED, ProposalStatus.EXPERT_REVIEW, ProposalStatus.REVIEWED);

    private final FundingPlanRepository plans;
    private final FundingPlanItemWriter items;
    private final ProposalDirectory proposals;
    private final ReviewOutcomes reviews;
    private final CallService calls;
    private final CallDecisionProcess decision;
    private final ApprovalProcess process;
    private final TaskInbox inbox;
    private final AuditLog audit;
    private final Notifier notifier;
    private final Clock clock;

    FundingPlanService(FundingPlanRepository plans, FundingPlanItemWriter items, ProposalDirectory proposals, ReviewOutcomes reviews,
                       CallService calls, CallDecisionProcess decision, ApprovalProcess process, TaskInbox inbox,
                       AuditLog audit, Notifier notifier, Clock clock) {
        this.plans = plans;
        this.items = items;
        this.proposals = proposals;
        this.reviews = reviews;
        this.calls = calls;
        this.decision = decision;
        this.process = process;
        this.inbox = inbox;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The call's proposals not yet ready for the decision, so the officer sees what closing the round leaves out. */
    @Transactional(readOnly = true)
    public List<ProposalSummary> unfinished(long callId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return all(callId, UNFINISHED);
    }

    /**
     * Opens the decision round of a call and starts its process. When proposals are still on
     * their way, the officer must close the round explicitly ({@code closeUnfinished}).
     */
    @Transactional
    public long openRound(long callId, boolean closeUnfinished) {
        AppPrincipal officer = CurrentUser.requireAny(Role.OFFICER);
        CallDetails call = calls.details(callId);
        if (plans.findByCallId(callId).isPresent()) {
            throw InvalidInputException.of(null, "plan.roundAlreadyOpen");
        }
        List<ProposalSummary> ready = all(callId, READY);
        if (ready.isEmpty()) {
            throw InvalidInputException.of(null, "plan.nothingReady");
        }
        List<ProposalSummary> unfinished = all(callId, UNFINISHED);
        if (!unfinished.isEmpty() && !closeUnfinished) {
            throw InvalidInputException.of(null, "plan.unfinished", unfinished.size());
        }
        FundingPlan plan = new FundingPlan(callId, call.envelope(), officer.userId(), clock.instant());
        List<FundingPlanItem> ranked = rank(plan, ready);
        plan.openedWith(ranked);
        plans.saveAndFlush(plan);
        items.insert(plan.getId(), ranked);
        plan.setProcessInstanceId(decision.start(callId, plan.getId(), call.name()));
        audit.record("DECISION_ROUND_OPENED", "call", callId, ready.size() + " proposals"
                + (unfinished.isEmpty() ? "" : ", closed with " + unfinished.size() + " unfinished"));
        return plan.getId();
    }

    /** Ranks the proposals and draws the first funding line: recommended amounts in rank order while the envelope lasts. */
    private List<FundingPlanItem> rank(FundingPlan plan, List<ProposalSummary> ready) {
        List<Long> ids = ready.stream().map(ProposalSummary::id).toList();
        Map<Long, ReviewOutcomes.Progress> progress = reviews.progress(ids);
        Map<Long, BigDecimal> requested = proposals.requestedTotals(ids);
        Comparator<ProposalSummary> order = Comparator
                .comparing((ProposalSummary p) -> score(progress.get(p.id())), Comparator.reverseOrder())
                .thenComparing(p -> strong(progress.get(p.id())), Comparator.reverseOrder())
                .thenComparing(p -> requested.getOrDefault(p.id(), BigDecimal.ZERO))
                .thenComparing(ProposalSummary::number);
        List<ProposalSummary> ranked = new ArrayList<>(ready);
        ranked.sort(order);
        BigDecimal left = plan.getEnvelope();
        int rank = 1;
        List<FundingPlanItem> items = new ArrayList<>(ranked.size());
        for (ProposalSummary p : ranked) {
            AggregateView g = progress.get(p.id()) == null ? null : progress.get(p.id()).aggregate();
            BigDecimal req = requested.getOrDefault(p.id(), BigDecimal.ZERO);
            BigDecimal recommended = g == null || g.meanRecommendedBudget() == null ? req
                    : g.meanRecommendedBudget().min(req);
            BigDecimal funded = recommended.signum() > 0 && recommended.compareTo(left) <= 0 ? recommended : null;
            if (funded != null) {
                left = left.subtract(funded);
            }
            items.add(new FundingPlanItem(plan, p, rank++, g == null ? null : g.score(), req, recommended,
                    funded));
        }
        return items;
    }

    private static BigDecimal score(ReviewOutcomes.Progress p) {
        return p == null || p.aggregate() == null ? BigDecimal.ZERO : p.aggregate().score();
    }

    private static int strong(ReviewOutcomes.Progress p) {
        return p == null || p.aggregate() == null ? 0 : p.aggregate().stronglySupport();
    }

    private List<ProposalSummary> all(long callId, Set<ProposalStatus> states) {
        List<ProposalSummary> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<ProposalSummary> page = proposals.inStates(callId, states, offset, 500);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
        }
    }

    @Transactional(readOnly = true)
    public PlanView plan(long planId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return view(plans.findById(planId).orElseThrow(() -> new NotAllowedException("plan " + planId)));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<PlanView> planOfCall(long callId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return plans.findByCallId(callId).map(this::view);
    }

    /** The plan of a funding-plan or approval task the current user may work on. */
    @Transactional(readOnly = true)
    public PlanView planOfTask(String taskId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER);
        return plan(planIdOf(taskId));
    }

    PlanView view(FundingPlan plan) {
        CallDetails call = calls.details(plan.getCallId());
        List<Long> ids = plan.getItems().stream().map(FundingPlanItem::getProposalId).toList();
        Map<Long, ProposalSummary> summaries = new HashMap<>();
        proposals.summaries(ids).forEach(s -> summaries.put(s.id(), s));
        List<PlanView.Row> rows = plan.getItems().stream().map(i -> {
            ProposalSummary s = summaries.get(i.getProposalId());
            return new PlanView.Row(i.getProposalId(), i.getRankPosition(), s == null ? "" : s.number(),
                    s == null ? "" : s.title(), s == null ? "" : s.organizationName(), i.getScore(), i.getRequested(),
                    i.getRecommended(), i.getFundedAmount(), i.isWithdrawn());
        }).toList();
        return new PlanView(plan.getId(), plan.getVersion(), plan.getCallId(), call.name(), plan.getStatus(),
                plan.getRevision(), plan.getEnvelope(), plan.getFundedTotal(), plan.getLeaderComment(),
                plan.getPublicityStartsAt(), plan.getPublicityEndsAt(), rows);
    }

    /**
     * Sets the funded amounts (null: below the line). Each amount is positive and at most what was
     * requested; their sum never exceeds the envelope. {@code expectedVersion} detects a concurrent edit.
     */
    @Transactional
    public long update(String taskId, long expectedVersion, Map<Long, BigDecimal> funded) {
        CurrentUser.requireAny(Role.OFFICER);
        FundingPlan plan = lockedPlan(taskId, "prepareFundingPlan");
        if (plan.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FundingPlan.class, plan.getId());
        }
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw InvalidInputException.of(null, "plan.notEditable");
        }
        Problems problems = new Problems();
        BigDecimal total = BigDecimal.ZERO;
        for (FundingPlanItem item : plan.getItems()) {
            if (item.isWithdrawn()) {
                continue;
            }
            BigDecimal amount = funded.get(item.getProposalId());
            String field = "funded." + item.getProposalId();
            if (amount != null) {
                if (amount.signum() <= 0) {
                    problems.add(field, "validation.positive");
                } else if (amount.compareTo(item.getRequested()) > 0) {
                    problems.add(field, "plan.overRequested", item.getRequested());
                } else if (amount.stripTrailingZeros().scale() > 2) {
                    problems.add(field, "proposal.amountCents");
                } else {
                    total = total.add(amount);
                }
            }
        }
        if (total.compareTo(plan.getEnvelope()) > 0) {
            problems.add("envelope", "plan.overEnvelope", total, plan.getEnvelope());
        }
        problems.throwIfAny();
        String before = plan.getFundedTotal().toPlainString();
        Map<String, Object> amountsBefore = fundedAmounts(plan);
        plan.getItems().stream().filter(i -> !i.isWithdrawn()).forEach(i -> i.fund(funded.get(i.getProposalId())));
        plan.recomputeTotal();
        plans.saveAndFlush(plan);
        audit.record("FUNDING_PLAN_EDITED", "call", plan.getCallId(), "total " + before + " -> " + plan.getFundedTotal(),
                AuditChanges.between(amountsBefore, fundedAmounts(plan)));
        return plan.getVersion();
    }

    /** The officer submits the plan to the leader; a second click finds the task done. */
    @Transactional
    public void submit(String taskId, long expectedVersion) {
        CurrentUser.requireAny(Role.OFFICER);
        FundingPlan plan = lockedPlan(taskId, "prepareFundingPlan");
        if (plan.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FundingPlan.class, plan.getId());
        }
        if (plan.getItems().stream().noneMatch(FundingPlanItem::isFunded)) {
            throw InvalidInputException.of(null, "plan.nothingFunded");
        }
        plan.submitted(clock.instant());
        process.complete(taskId, Map.of());
        audit.record("FUNDING_PLAN_SUBMITTED", "call", plan.getCallId(), "revision " + plan.getRevision()
                + ", total " + plan.getFundedTotal());
        notifier.notifyRole(Role.LEADER, "plan:" + plan.getId() + ":submitted:" + plan.getRevision(),
                "notification.planAwaitsApproval", "tasks", calls.details(plan.getCallId()).name());
    }

    /** The leader approves the plan, or returns it with comments (required). */
    @Transactional
    public void approve(String taskId, boolean approve, String comment) {
        CurrentUser.requireAny(Role.LEADER);
        FundingPlan plan = lockedPlan(taskId, "approveFundingPlan");
        Problems problems = new Problems();
        String text = problems.text("comment", comment, 2000, !approve);
        problems.throwIfAny();
        if (plan.getStatus() != PlanStatus.SUBMITTED) {
            throw InvalidInputException.of(null, "plan.notSubmitted");
        }
        if (approve) {
            plan.approved(text.isEmpty() ? null : text, clock.instant());
        } else {
            plan.returned(text);
        }
        process.complete(taskId, Map.of("planDecision", approve ? "APPROVED" : "RETURNED"));
        audit.record(approve ? "FUNDING_PLAN_APPROVED" : "FUNDING_PLAN_RETURNED", "call", plan.getCallId(), text);
    }

    long planIdOf(String taskId) {
        Object id = process.variableOf(taskId, "planId");
        if (id == null) {
            throw new NotAllowedException("task " + taskId + " has no plan");
        }
        return ((Number) id).longValue();
    }

    private FundingPlan lockedPlan(String taskId, String step) {
        if (!step.equals(inbox.step(taskId))) {
            throw new NotAllowedException("task " + taskId + " is not " + step);
        }
        long planId = planIdOf(taskId);
        return plans.lockById(planId).orElseThrow(() -> new NotAllowedException("plan " + planId));
    }

    /** A call's final numbers. */
    public record CallNumbers(long received, long screenedOut, long reviewed, long approved, BigDecimal funded,
                              BigDecimal envelope) {
    }

    @Transactional(readOnly = true)
    public CallNumbers numbers(long callId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        Map<ProposalStatus, Long> counts = proposals.countByStatus(callId);
        long received = counts.entrySet().stream().filter(e -> e.getKey() != ProposalStatus.DRAFT)
                .mapToLong(Map.Entry::getValue).sum();
        long reviewed = counts.entrySet().stream().filter(e -> EnumSet.of(ProposalStatus.REVIEWED,
                ProposalStatus.OPINION_GIVEN, ProposalStatus.APPROVED, ProposalStatus.NOT_APPROVED).contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        BigDecimal funded = plans.findByCallId(callId).filter(p -> p.getStatus() == PlanStatus.FINAL)
                .map(FundingPlan::getFundedTotal).orElse(BigDecimal.ZERO);
        return new CallNumbers(received, counts.getOrDefault(ProposalStatus.REJECTED, 0L), reviewed,
                counts.getOrDefault(ProposalStatus.APPROVED, 0L), funded, calls.details(callId).envelope());
    }

    /** Each proposal's funded amount and the total, as the audit trail compares them around an edit. */
    private static Map<String, Object> fundedAmounts(FundingPlan plan) {
        Map<String, Object> amounts = new java.util.LinkedHashMap<>();
        plan.getItems().forEach(i -> amounts.put("funded.proposal" + i.getProposalId(), i.getFundedAmount()));
        amounts.put("fundedTotal", plan.getFundedTotal());
        return amounts;
    }
}
