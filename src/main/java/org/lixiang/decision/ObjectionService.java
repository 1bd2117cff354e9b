package org.lixiang.decision;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.proposal.AttachmentDownload;
import org.lixiang.proposal.CheckedFiles;
import org.lixiang.call.CallService;
import org.lixiang.notification.Notifier;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ReviewFacts;
import org.lixiang.workflow.ApprovalProcess;
import org.lixiang.workflow.CallDecisionProcess;
import org.lixiang.workflow.TaskInbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) during publicity (公示): any logged-in user may object to a proposal on the
 * public list ({@link PublicList}) while the period runs; each objection is an officer's task —
 * uphold (the proposal leaves the list and the plan goes back to the leader) or dismiss — with a
 * reply the objector sees.
 */
@Service
public class ObjectionService {

    private final FundingPlanRepository plans;
    private final ObjectionRepository objections;
    private final ProposalDirectory proposals;
    private final CallDecisionProcess decision;
    private final ApprovalProcess process;
    private final TaskInbox inbox;
    private final AuditLog audit;
    private final Notifier notifier;
    private final CallService calls;
    private final Clock clock;
    private final CheckedFiles files;

    ObjectionService(FundingPlanRepository plans, ObjectionRepository objections, ProposalDirectory proposals,
                     CallDecisionProcess decision, ApprovalProcess process, TaskInbox inbox, AuditLog audit,
                     Notifier notifier, CallService calls, Clock clock, CheckedFiles files) {
        this.files = files;
        this.notifier = notifier;
        this.calls = calls;
        this.plans = plans;
        this.objections = objections;
        this.proposals = proposals;
        this.decision = decision;
        this.process = process;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** An uploaded file offered as evidence: the name the browser sent and the temporary copy. */
    public record Evidence(String originalName, Path file) {
    }

    /**
     * Files an objection against a listed proposal during the publicity period, with an optional
     * file (checked like a proposal's attachments); returns its id.
     */
    @Transactional
    public long file(long planId, long proposalId, String reason, Evidence evidence) {
        AppPrincipal user = CurrentUser.require();
        Problems problems = new Problems();
        String text = problems.text("reason", reason, 2000, true);
        problems.throwIfAny();
        FundingPlan plan = plans.findById(planId).orElseThrow(() -> new NotAllowedException("plan " + planId));
        if (plan.getStatus() != PlanStatus.PUBLICITY || !clock.instant().isBefore(plan.getPublicityEndsAt())) {
            throw InvalidInputException.of(null, "objection.publicityOver");
        }
        if (!plans.isFunded(planId, proposalId)) {
            throw InvalidInputException.of(null, "objection.notListed");
        }
        Objection objection = new Objection(planId, proposalId, user.userId(), text, clock.instant());
        if (evidence != null) {
            objection.attach(files.store("attachment", evidence.originalName(), evidence.file()));
        }
        objection = objections.save(objection);
        ReviewFacts facts = org.lixiang.base.SystemContext.call(() -> proposals.facts(proposalId));
        decision.startObjection(objection.getId(), planId, facts.number() + " " + facts.title());
        audit.record("OBJECTION_FILED", "proposal", proposalId, text);
        notifier.notifyRole(Role.OFFICER, "objection:" + objection.getId() + ":filed", "notification.objectionFiled",
                "tasks", facts.number());
        return objection.getId();
    }

    /** What the officer's objection screen shows. */
    public record ObjectionCase(String taskId, long objectionId, String number, String title, String reason,
                                Instant filedAt, String status, String attachmentName) {
    }

    /**
     * An objection's file, for the one who filed it and for the bureau (officers, leaders,
     * admins); nobody else, not even the applicant of the proposal objected to.
     */
    @Transactional(readOnly = true)
    public AttachmentDownload attachment(long objectionId) {
        AppPrincipal user = CurrentUser.require();
        Objection o = objections.findById(objectionId)
                .filter(x -> x.getObjectorId() == user.userId() || user.hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN))
                .orElseThrow(() -> new NotAllowedException("objection " + objectionId));
        return files.download(o.getAttachment()
                .orElseThrow(() -> new NotAllowedException("objection " + objectionId + " has no file")));
    }

    @Transactional(readOnly = true)
    public ObjectionCase open(String taskId) {
        Objection o = objectionOf(taskId);
        ReviewFacts facts = proposals.facts(o.getProposalId());
        return new ObjectionCase(taskId, o.getId(), facts.number(), facts.title(), o.getReason(), o.getFiledAt(),
                o.getStatus().name(), o.getAttachment().map(CheckedFiles.StoredFile::name).orElse(null));
    }

    /** Upholds or dismisses an objection, with the reply the objector reads. */
    @Transactional
    public void decide(String taskId, boolean uphold, String reply) {
        AppPrincipal officer = CurrentUser.requireAny(Role.OFFICER);
        Objection o = objectionOf(taskId);
        Problems problems = new Problems();
        String text = problems.text("reply", reply, 2000, true);
        problems.throwIfAny();
        if (o.getStatus() != Objection.Status.OPEN) {
            throw InvalidInputException.of(null, "objection.alreadyDecided");
        }
        FundingPlan plan = plans.lockById(o.getPlanId()).orElseThrow();
        o.decide(uphold, text, officer.userId(), clock.instant());
        if (uphold) {
            plan.getItems().stream().filter(i -> i.getProposalId() == o.getProposalId()).forEach(FundingPlanItem::withdraw);
            plan.recomputeTotal();
            plan.backToLeader();
        }
        objections.flush();
        plans.flush();
        process.complete(taskId, Map.of());
        decision.tell(plan.getProcessInstanceId(),
                uphold ? CallDecisionProcess.OBJECTION_UPHELD : CallDecisionProcess.OBJECTION_DISMISSED);
        audit.record(uphold ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", "proposal", o.getProposalId(), text);
        String number = proposals.facts(o.getProposalId()).number();
        notifier.notify("objection:" + o.getId() + ":answered", o.getObjectorId(),
                uphold ? "notification.objectionUpheld" : "notification.objectionDismissed", "publicity", number);
        if (uphold) {
            notifier.notifyRole(Role.LEADER, "plan:" + plan.getId() + ":objectionUpheld:" + o.getId(),
                    "notification.planAwaitsApproval", "tasks", calls.details(plan.getCallId()).name());
        }
    }

    /** The objections the current user filed, with the replies. */
    public record MyObjection(long id, String number, String title, String reason, String status, String reply,
                              Instant filedAt, String attachmentName) {
    }

    @Transactional(readOnly = true)
    public List<MyObjection> mine() {
        AppPrincipal user = CurrentUser.require();
        return objections.findByObjectorIdOrderByIdDesc(user.userId()).stream().map(o -> {
            ReviewFacts facts = org.lixiang.base.SystemContext.call(() -> proposals.facts(o.getProposalId()));
            return new MyObjection(o.getId(), facts.number(), facts.title(), o.getReason(), o.getStatus().name(),
                    o.getReply(), o.getFiledAt(), o.getAttachment().map(CheckedFiles.StoredFile::name).orElse(null));
        }).toList();
    }

    private Objection objectionOf(String taskId) {
        CurrentUser.requireAny(Role.OFFICER);
        if (!"handleObjection".equals(inbox.step(taskId))) {
            throw new NotAllowedException("task " + taskId + " is not an objection");
        }
        long id = ((Number) process.variableOf(taskId, "objectionId")).longValue();
        return objections.findById(id).orElseThrow(() -> new NotAllowedException("objection " + id));
    }
}
