package org.lixiang.decision;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ReviewFacts;
import org.lixiang.review.ReviewOutcomes;
import org.lixiang.workflow.ApprovalProcess;
import org.lixiang.workflow.TaskInbox;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department opinion (处室意见): after the expert review a leader reads the outcome and
 * agrees or disagrees, with a comment the bureau keeps (the applicant never sees it). One opinion
 * per proposal; the process then waits for the call's decision.
 */
@Service
public class DepartmentOpinionService {

    /** The user task of {@code proposal-approval.bpmn20.xml} this service handles. */
    static final String STEP = "departmentOpinion";
    static final int MAX_COMMENT = 2000;

    private final TaskInbox inbox;
    private final ApprovalProcess process;
    private final ProposalDirectory directory;
    private final ReviewOutcomes outcomes;
    private final DepartmentOpinionRepository opinions;
    private final AuditLog audit;
    private final Clock clock;

    DepartmentOpinionService(TaskInbox inbox, ApprovalProcess process, ProposalDirectory directory,
                             ReviewOutcomes outcomes, DepartmentOpinionRepository opinions, AuditLog audit,
                             Clock clock) {
        this.inbox = inbox;
        this.process = process;
        this.directory = directory;
        this.outcomes = outcomes;
        this.opinions = opinions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The opinion task: the proposal and its expert review outcome, for a leader the task is offered to. */
    @Transactional(readOnly = true)
    public OpinionCase open(String taskId) {
        CurrentUser.requireAny(Role.LEADER);
        long proposalId = opinionProposal(taskId);
        ReviewFacts facts = directory.facts(proposalId);
        return new OpinionCase(taskId, proposalId, facts.number(), facts.title(), facts.field(),
                facts.applicantName(), facts.applicantOrganization(), outcomes.outcome(proposalId));
    }

    /**
     * Gives the opinion and completes the task, in one transaction. A task completed meanwhile
     * raises the workflow's {@code TaskGoneException}; a second opinion on the same proposal (two
     * leaders at once) is refused by the database and reported as {@code opinion.alreadyGiven}.
     */
    @Transactional
    public void give(String taskId, boolean agrees, String comment) {
        AppPrincipal leader = CurrentUser.requireAny(Role.LEADER);
        long proposalId = opinionProposal(taskId);
        Problems problems = new Problems();
        String text = problems.text("comment", comment, MAX_COMMENT, true);
        problems.throwIfAny();
        try {
            opinions.saveAndFlush(new DepartmentOpinion(proposalId, agrees, text, leader.userId(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT)
                    .contains("uk_department_opinion")) {
                throw InvalidInputException.of(null, "opinion.alreadyGiven");
            }
            throw e;
        }
        directory.markOpinionGiven(proposalId);
        process.complete(taskId, Map.of());
        audit.record("DEPARTMENT_OPINION", "proposal", proposalId, (agrees ? "AGREES: " : "DISAGREES: ") + text);
    }

    /** The proposal's department opinion, once given; for the bureau (e.g. the funding plan). */
    @Transactional(readOnly = true)
    public Optional<Opinion> opinionOf(long proposalId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return opinions.opinionOf(proposalId);
    }

    private long opinionProposal(String taskId) {
        if (!STEP.equals(inbox.step(taskId))) {
            throw new NotAllowedException("task " + taskId + " is not a department opinion");
        }
        return process.proposalIdOf(taskId);
    }
}
