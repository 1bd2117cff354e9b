package org.lixiang.call;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.Dates;
import org.lixiang.base.SearchText;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Paging;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditChanges;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.notification.Notifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls: officers create, edit and publish them; open calls are visible to every logged-in user.
 * Once proposals exist a call's rules are fixed; only its deadline may still be extended, and
 * each extension is recorded.
 */
@Service
public class CallService {

    private final CallRepository calls;
    private final CallDeadlineChangeRepository deadlineChanges;
    private final ObjectProvider<CallUsage> usage;
    private final EntityManager entityManager;
    private final Clock clock;
    private final AuditLog audit;
    private final Notifier notifier;

    CallService(CallRepository calls, CallDeadlineChangeRepository deadlineChanges, ObjectProvider<CallUsage> usage,
                EntityManager entityManager, Clock clock, AuditLog audit, Notifier notifier) {
        this.calls = calls;
        this.deadlineChanges = deadlineChanges;
        this.usage = usage;
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
        this.notifier = notifier;
    }

    /** Creates a call in draft; officers only. Returns its id. */
    @Transactional
    public long create(CallDraft draft) {
        AppPrincipal officer = CurrentUser.requireAny(Role.OFFICER);
        CallDraft d = CallDraftCheck.check(draft);
        Call call = new Call(d.name(), d.year(), d.programme(), d.fields(), d.description(), d.opensAt(),
                d.closesAt(), d.maxBudget(), d.envelope());
        apply(call, d);
        call.setCreatedBy(officer.userId());
        calls.saveAndFlush(call);
        audit.record("CALL_CREATED", "call", call.getId(), summary(call));
        return call.getId();
    }

    /**
     * Changes a call's rules: freely while in draft, and after publication as long as no proposals
     * exist. {@code expectedVersion} is the version the form loaded; a change made meanwhile by
     * someone else fails with {@link ObjectOptimisticLockingFailureException}. Officers only.
     */
    @Transactional
    public void update(long callId, long expectedVersion, CallDraft draft) {
        CurrentUser.requireAny(Role.OFFICER);
        Call call = calls.findById(callId).orElseThrow(() -> new NotAllowedException("unknown call " + callId));
        if (call.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Call.class, callId);
        }
        try {
            // increments the version now, with "where version = expected": takes the row lock and
            // fails if another edit committed since the read above, even one that only touched criteria
            entityManager.lock(call, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException e) {
            throw new ObjectOptimisticLockingFailureException(Call.class, callId, e);
        }
        if (hasProposals(callId)) {
            throw InvalidInputException.of(null, "call.rulesLocked");
        }
        CallDraft d = CallDraftCheck.check(draft);
        if (call.getStatus() == CallStatus.PUBLISHED && !d.closesAt().isAfter(clock.instant())) {
            throw InvalidInputException.of("closesAt", "call.closesInPast");
        }
        java.util.Map<String, Object> before = auditedFields(call);
        apply(call, d);
        calls.flush();
        AuditChanges changes = AuditChanges.between(before, auditedFields(call));
        audit.record("CALL_UPDATED", "call", callId, call.getName() + ": " + changes.fieldNames(), changes);
    }

    /**
     * Makes a draft call visible to applicants; its deadline must still be ahead. Applicants who
     * opted in are told. Officers only.
     */
    @Transactional
    public void publish(long callId) {
        CurrentUser.requireAny(Role.OFFICER);
        Call call = calls.lockById(callId).orElseThrow(() -> new NotAllowedException("unknown call " + callId));
        if (call.getStatus() != CallStatus.DRAFT) {
            throw InvalidInputException.of(null, "call.alreadyPublished");
        }
        if (!call.getClosesAt().isAfter(clock.instant())) {
            throw InvalidInputException.of("closesAt", "call.closesInPast");
        }
        call.publish();
        calls.flush();
        audit.record("CALL_PUBLISHED", "call", callId, call.getName());
        notifier.notifyNewCallSubscribers("call:" + callId + ":published", "notification.callPublished",
                "calls/view/" + callId, call.getName(), Dates.format(call.getClosesAt(), clock));
    }

    /**
     * Moves a published call's deadline later, the one change allowed once proposals exist. The new
     * time must be after the current deadline and in the future; the reason is required. Officers only.
     */
    @Transactional
    public void extendDeadline(long callId, Instant newClosesAt, String reason) {
        AppPrincipal officer = CurrentUser.requireAny(Role.OFFICER);
        Call call = calls.lockById(callId).orElseThrow(() -> new NotAllowedException("unknown call " + callId));
        if (call.getStatus() != CallStatus.PUBLISHED) {
            throw InvalidInputException.of(null, "call.extendOnlyPublished");
        }
        Problems problems = new Problems();
        Instant now = clock.instant();
        Instant old = call.getClosesAt();
        if (newClosesAt == null) {
            problems.add("newClosesAt", "validation.required");
        } else if (!newClosesAt.isAfter(old)) {
            problems.add("newClosesAt", "call.extendOnlyLater");
        } else if (!newClosesAt.isAfter(now)) {
            problems.add("newClosesAt", "call.closesInPast");
        }
        String why = problems.text("reason", reason, 500, true);
        problems.throwIfAny();
        deadlineChanges.save(new CallDeadlineChange(callId, old, newClosesAt, why, officer.userId(), now));
        call.extendDeadline(newClosesAt);
        calls.flush();
        audit.record("CALL_DEADLINE_EXTENDED", "call", callId, old + " -> " + newClosesAt + ": " + why);
    }

    /**
     * A call's details. Published calls are visible to every logged-in user; drafts only to
     * officers, leaders and admins.
     */
    @Transactional(readOnly = true)
    public CallDetails details(long callId) {
        AppPrincipal user = CurrentUser.require();
        Call call = calls.findById(callId).orElseThrow(() -> new NotAllowedException("unknown call " + callId));
        if (call.getStatus() != CallStatus.PUBLISHED && !user.hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
            throw new NotAllowedException("draft call " + callId);
        }
        return CallDetails.of(call);
    }

    /**
     * The published call an applicant starts a proposal for, share-locked until the transaction
     * ends: an officer's rule change (which locks the row exclusively and then checks for
     * proposals) cannot slip in between and change the rules under the new proposal.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public CallDetails detailsForNewProposal(long callId) {
        CurrentUser.requireAny(Role.APPLICANT);
        Call call = calls.lockShared(callId).orElseThrow(() -> new NotAllowedException("unknown call " + callId));
        if (call.getStatus() != CallStatus.PUBLISHED) {
            throw new NotAllowedException("draft call " + callId);
        }
        return CallDetails.of(call);
    }

    /**
     * A call's name, for a message a process step sends: to the process engine (nobody logged in,
     * as when a timer fires) and to the bureau. One query.
     */
    @Transactional(readOnly = true)
    public String name(long callId) {
        CurrentUser.get().ifPresent(u -> {
            if (!u.hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
                throw new NotAllowedException("call name " + callId);
            }
        });
        return calls.findById(callId).map(Call::getName).orElseThrow(() -> new NotAllowedException("unknown call " + callId));
    }

    /** Whether proposals exist, which fixes the call's rules (all but the deadline). */
    @Transactional(readOnly = true)
    public boolean rulesLocked(long callId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return hasProposals(callId);
    }

    /** The call's deadline extensions, oldest first. */
    @Transactional(readOnly = true)
    public List<DeadlineChange> deadlineChanges(long callId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return deadlineChanges.findByCallIdOrderByIdAsc(callId).stream().map(DeadlineChange::of).toList();
    }

    /** Every call, drafts too, newest year first, filtered by name; for officers, leaders and admins. */
    @Transactional(readOnly = true)
    public List<CallSummary> page(String filter, int offset, int limit) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return calls.search(SearchText.containsPattern(filter), Paging.of(offset, limit)).stream().map(CallSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public long count(String filter) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return calls.countSearch(SearchText.containsPattern(filter));
    }

    /** Published calls accepting proposals now, by the server's clock, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<CallSummary> openCalls(int offset, int limit) {
        CurrentUser.require();
        return calls.findOpen(clock.instant(), Paging.of(offset, limit)).stream()
                .map(CallSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public long countOpenCalls() {
        CurrentUser.require();
        return calls.countOpen(clock.instant());
    }

    /** Without a {@link CallUsage} (no proposal feature in this build) no call has proposals. */
    private boolean hasProposals(long callId) {
        return usage.stream().anyMatch(u -> u.hasProposals(callId));
    }

    private static void apply(Call call, CallDraft d) {
        call.setRules(d.name(), d.year(), d.programme(), d.fields(), d.description(), d.opensAt(), d.closesAt(),
                d.maxBudget(), d.envelope(), d.projectEarliestStart(), d.projectLatestEnd(), d.expertsPerProposal(),
                d.aggregationRule(), d.publicityDays(), d.reviewDays(), d.blindReview(), d.divergenceThreshold());
        call.replaceCriteria(d.criteria());
    }

    /** The rules in one line for the audit trail (the guide's text is left out: too long). */
    /** The rules of a call as the audit trail compares them before and after an edit. */
    private static java.util.Map<String, Object> auditedFields(Call c) {
        java.util.Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("name", c.getName());
        f.put("year", c.getYear());
        f.put("programme", c.getProgramme());
        f.put("fields", new java.util.TreeSet<>(c.getFields()));
        f.put("description", c.getDescription());
        f.put("opensAt", c.getOpensAt());
        f.put("closesAt", c.getClosesAt());
        f.put("maxBudget", c.getMaxBudget());
        f.put("envelope", c.getEnvelope());
        f.put("projectEarliestStart", c.getProjectEarliestStart());
        f.put("projectLatestEnd", c.getProjectLatestEnd());
        f.put("criteria", c.getCriteria().stream()
                .map(k -> k.getName() + " " + k.getWeight().stripTrailingZeros().toPlainString() + "%/" + k.getMaxPoints())
                .collect(Collectors.joining(", ")));
        f.put("expertsPerProposal", c.getExpertsPerProposal());
        f.put("aggregationRule", c.getAggregationRule());
        f.put("publicityDays", c.getPublicityDays());
        f.put("reviewDays", c.getReviewDays());
        f.put("blindReview", c.isBlindReview());
        f.put("divergenceThreshold", c.getDivergenceThreshold());
        return f;
    }

    private static String summary(Call c) {
        return c.getName() + " | " + c.getYear() + " " + c.getProgramme() + " " + c.getFields()
                + " | " + c.getOpensAt() + " .. " + c.getClosesAt()
                + " | max " + c.getMaxBudget().toPlainString() + " of " + c.getEnvelope().toPlainString()
                + " | period " + c.getProjectEarliestStart() + " .. " + c.getProjectLatestEnd()
                + " | " + c.getCriteria().stream()
                        .map(k -> k.getName() + " " + k.getWeight().stripTrailingZeros().toPlainString()
                                + "%/" + k.getMaxPoints())
                        .collect(Collectors.joining(", "))
                + " | experts " + c.getExpertsPerProposal() + " " + c.getAggregationRule()
                + " | publicity " + c.getPublicityDays() + "d, review " + c.getReviewDays() + "d, blind "
                + c.isBlindReview() + ", divergence " + c.getDivergenceThreshold().stripTrailingZeros().toPlainString();
    }

}
