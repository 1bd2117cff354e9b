package org.lixiang.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal-approval process ({@code processes/proposal-approval.bpmn20.xml}). Callers pass
 * ids and gateway inputs; Flowable joins the caller's transaction, so the business change and
 * the process step commit or fail together.
 */
@Service
public class ApprovalProcess {

    public static final String PROCESS_KEY = "proposalApproval";
    static final String REVIEW_ACTIVITY = "expertReview";
    static final String ASSIGNMENT_VARIABLE = "assignmentId";
    /** The message by which the call's decision reaches each proposal's process. */
    public static final String RESULT_MESSAGE = "decisionFinal";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskInbox inbox;
    private final JdbcTemplate jdbc;

    ApprovalProcess(RuntimeService runtime, TaskService tasks, TaskInbox inbox, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    /** Starts the approval of a submitted proposal; returns the process instance id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String start(long proposalId, String proposalNumber, String subject, long applicantId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("proposalId", proposalId);
        variables.put("applicantId", String.valueOf(applicantId));
        ProcessInstance instance = runtime.createProcessInstanceBuilder()
                .processDefinitionKey(PROCESS_KEY)
                .businessKey(proposalNumber)
                .name(subject)
                .variables(variables)
                .start();
        return instance.getId();
    }

    /**
     * Completes a task the current user may work on, with the variables its gateway reads.
     * A task completed meanwhile by someone else raises {@link TaskGoneException}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String taskId, Map<String, Object> variables) {
        boolean assignedToMe = inbox.authorize(taskId);
        try {
            if (!assignedToMe) {
                // claiming inside the transaction: a second officer's completion now fails cleanly
                tasks.claim(taskId, String.valueOf(CurrentUser.require().userId()));
            }
            tasks.complete(taskId, variables);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException
                 | FlowableTaskAlreadyClaimedException e) {
            throw new TaskGoneException(taskId);
        }
    }

    /**
     * The current user takes an offered task (the officer starts the formal review). Idempotent
     * for the same user; a task another user took raises {@link TaskTakenException}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(String taskId) {
        if (!inbox.authorize(taskId)) {
            try {
                tasks.claim(taskId, String.valueOf(CurrentUser.require().userId()));
            } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException e) {
                throw new TaskTakenException(taskId);
            } catch (FlowableObjectNotFoundException e) {
                throw new TaskGoneException(taskId);
            }
        }
    }

    /** Ends a proposal's process because the applicant withdrew it before the formal review began. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(String processInstanceId) {
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtime.deleteProcessInstance(processInstanceId, "withdrawn by the applicant");
        }
    }

    /** The applicant resubmits: completes their revise task in the proposal's process. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void completeRevision(String processInstanceId) {
        String me = String.valueOf(CurrentUser.require().userId());
        org.flowable.task.api.Task revise = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("revise").taskAssignee(me).singleResult();
        if (revise == null) {
            throw new TaskGoneException("revise@" + processInstanceId);
        }
        complete(revise.getId(), Map.of());
    }

    /**
     * The open steps of the given processes (one query), keyed by process instance id. Callers
     * pass only the processes of objects they have already authorized.
     */
    @Transactional(readOnly = true)
    public Map<String, List<OpenStep>> openSteps(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return tasks.createTaskQuery().processInstanceIdIn(processInstanceIds).list().stream()
                .collect(Collectors.groupingBy(org.flowable.task.api.TaskInfo::getProcessInstanceId,
                        Collectors.mapping(t -> new OpenStep(t.getId(), t.getTaskDefinitionKey(),
                                t.getAssignee() == null ? null : Long.valueOf(t.getAssignee()),
                                t.getDueDate() == null ? null : t.getDueDate().toInstant()), Collectors.toList())));
    }

    /** An open user task: its id, step (task definition key), who took it and when it is due. */
    public record OpenStep(String taskId, String stepKey, Long assigneeId, java.time.Instant due) {
    }

    /**
     * Adds one expert's review (an instance of the multi-instance "expertReview") to a running
     * process: a replacement for a decline or an overdue expert.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addReviewer(String processInstanceId, long assignmentId) {
        runtime.addMultiInstanceExecution(REVIEW_ACTIVITY, processInstanceId,
                Map.of(ASSIGNMENT_VARIABLE, String.valueOf(assignmentId)));
    }

    /** The assignment a review-phase task (review, overdue) belongs to, after checking the task is the user's. */
    @Transactional(readOnly = true)
    public long assignmentIdOf(String taskId) {
        inbox.authorize(taskId);
        String id = idVariable(taskId, ASSIGNMENT_VARIABLE);
        if (id == null) {
            throw new NotAllowedException("task " + taskId + " is not a review task");
        }
        return Long.parseLong(id);
    }

    /** Moves the due date of an expert's open review task (an officer extended it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setReviewDue(String processInstanceId, long expertId, java.time.Instant due) {
        tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("review")
                .taskAssignee(String.valueOf(expertId)).list()
                .forEach(t -> tasks.setDueDate(t.getId(), java.util.Date.from(due)));
    }

    /**
     * Tells a proposal's process its final result (the call's decision is final): the process
     * waiting at its "decisionFinal" message catch event ends as approved or not approved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deliverResult(String processInstanceId, boolean approved) {
        String waiting = WaitingForMessage.execution(runtime, processInstanceId, RESULT_MESSAGE)
                .orElseThrow(() -> new TaskGoneException("result@" + processInstanceId));
        runtime.messageEventReceived(RESULT_MESSAGE, waiting, Map.of("approved", approved));
    }

    /** A process variable of a task the current user may work on (e.g. the plan of a funding-plan task). */
    @Transactional(readOnly = true)
    public Object variableOf(String taskId, String name) {
        inbox.authorize(taskId);
        return tasks.getVariable(taskId, name);
    }

    /** The proposal a task belongs to (its process variable), for the screen that opens it. */
    @Transactional(readOnly = true)
    public long proposalIdOf(String taskId) {
        inbox.authorize(taskId);
        String id = idVariable(taskId, "proposalId");
        if (id == null) {
            throw new NotAllowedException("task " + taskId + " is not a proposal's task");
        }
        return Long.parseLong(id);
    }

    /**
     * An id a task's process holds as a variable (a string or a long), resolved as Flowable
     * resolves it from the task: the nearest execution, from the task's own up through its
     * parents, that holds it (for a review, the expert's instance of the multi-instance
     * sub-process; for the proposal id, the process instance). Null if no scope holds it; a task
     * completed since the caller's check (a colleague was faster) is gone.
     * <p>
     * One statement where {@code TaskService.getVariable} runs up to six (the task, its local
     * variable, the execution tree, then each scope in turn), and every step on a proposal's
     * task asks for one of these ids.
     */
    private String idVariable(String taskId, String name) {
        List<String> scopes = jdbc.query(ID_VARIABLE_OF_TASK, (rs, i) -> rs.getString(1), taskId, name);
        if (scopes.isEmpty()) {
            throw new TaskGoneException(taskId);
        }
        return scopes.stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The task's execution and its parents, nearest first, each with the variable if it holds it.
     * Each scope's variable is a sub-query by execution id, so PostgreSQL must use the index on
     * it: joined as a table, or with Flowable's own "task id is null" in the condition, a
     * database without fresh statistics (a new install on its first busy day) chose to read every
     * variable, or every index entry without a task, on each call (86 ms and 6 ms instead of
     * 0.1 ms with 60,000 variables; docs/performance.md). Task-local variables are left out, as
     * Flowable leaves them out of a scope's variables.
     */
    private static final String ID_VARIABLE_OF_TASK = """
            with recursive scope (ID_, PARENT_ID_, DEPTH_) as (
                select e.ID_, e.PARENT_ID_, 0 from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.EXECUTION_ID_
                 where t.ID_ = ?
                union all
                select e.ID_, e.PARENT_ID_, s.DEPTH_ + 1 from ACT_RU_EXECUTION e join scope s on e.ID_ = s.PARENT_ID_
            )
            select (select min(coalesce(v.TEXT_, cast(v.LONG_ as varchar(20)))) filter (where v.TASK_ID_ is null)
                      from ACT_RU_VARIABLE v where v.EXECUTION_ID_ = s.ID_ and v.NAME_ = ?)
              from scope s order by s.DEPTH_""";
}
