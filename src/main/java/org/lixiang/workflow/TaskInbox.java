package org.lixiang.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My tasks": the user tasks assigned to the current user or offered to one of their roles
 * (candidate group = role name), and the authorization check every task screen runs first.
 */
@Service
public class TaskInbox {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    TaskInbox(TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /** A step waiting for the current user, and how many of its tasks. */
    public record StepCount(String stepKey, long count) {
    }

    @Transactional(readOnly = true)
    public List<TaskSummary> page(int offset, int limit) {
        return page(null, offset, limit);
    }

    /** A page of the current user's tasks of one step (task definition key), or of all (null). */
    @Transactional(readOnly = true)
    public List<TaskSummary> page(String stepKey, int offset, int limit) {
        AppPrincipal user = CurrentUser.require();
        List<Task> page = mine(user, stepKey).orderByTaskDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit);
        return summarize(page, user);
    }

    @Transactional(readOnly = true)
    public long count() {
        return count(null);
    }

    @Transactional(readOnly = true)
    public long count(String stepKey) {
        return mine(CurrentUser.require(), stepKey).count();
    }

    /**
     * The steps waiting for the current user, with their counts, the step whose oldest task has
     * waited longest first: the inbox's filter. At a call's due date an officer finds hundreds of
     * overdue reviews among the formal reviews; a filter by step lets them work one kind at a
     * time. One aggregate query on the engine's tables, with the conditions of {@link #mine}:
     * active, and assigned to the user or unassigned and offered to one of their roles.
     */
    @Transactional(readOnly = true)
    public List<StepCount> steps() {
        AppPrincipal user = CurrentUser.require();
        List<String> groups = List.copyOf(groups(user));
        String offered = groups.isEmpty() ? "" : " or (t.ASSIGNEE_ is null and " + offeredToOneOf(groups) + ")";
        String sql = "select t.TASK_DEF_KEY_, count(*) from ACT_RU_TASK t where t.SUSPENSION_STATE_ = 1"
                + " and (t.ASSIGNEE_ = ?" + offered + ") group by t.TASK_DEF_KEY_ order by min(t.CREATE_TIME_)";
        List<Object> args = new ArrayList<>();
        args.add(String.valueOf(user.userId()));
        args.addAll(groups);
        return jdbc.query(sql, (rs, i) -> new StepCount(rs.getString(1), rs.getLong(2)), args.toArray());
    }

    /**
     * The task if the current user may work on it. A task that no longer exists raises
     * {@link TaskGoneException}; one that belongs to somebody else is refused.
     */
    @Transactional(readOnly = true)
    public TaskSummary open(String taskId) {
        AppPrincipal user = CurrentUser.require();
        TaskRow task = authorized(taskId, user);
        return new TaskSummary(task.id(), task.name(), task.stepKey(), task.formKey(), task.businessKey(),
                task.subject(), task.created(), task.due(), String.valueOf(user.userId()).equals(task.assignee()));
    }

    /**
     * The step (task definition key) of a task the current user may work on, with the refusals of
     * {@link #open}: one statement. For a service checking that the task it was handed is the step
     * it serves.
     */
    @Transactional(readOnly = true)
    public String step(String taskId) {
        return authorized(taskId, CurrentUser.require()).stepKey();
    }

    /**
     * The check of {@link #open} (one statement): whether the current user may work on the task,
     * with the same refusals; true if it is assigned to them, false if it is offered to one of
     * their roles. For a service about to complete the task or read its variables.
     */
    @Transactional(readOnly = true)
    boolean authorize(String taskId) {
        AppPrincipal user = CurrentUser.require();
        return String.valueOf(user.userId()).equals(authorized(taskId, user).assignee());
    }

    /**
     * The task, read with its process instance's key and name, if it is the user's as
     * {@link #mine} defines it: active, and assigned to them or unassigned and offered to one of
     * their roles. One plain statement, because every step runs this check once or twice: asked
     * through a task query it cost a quarter of the JVM's CPU time of a score submission and more
     * than half of an expert's acceptance, most of it evaluating the conditions of Flowable's generic
     * task-query SQL (docs/performance.md).
     */
    private TaskRow authorized(String taskId, AppPrincipal user) {
        List<String> groups = List.copyOf(groups(user));
        String offered = groups.isEmpty() ? "0" : "case when " + offeredToOneOf(groups) + " then 1 else 0 end";
        List<Object> args = new ArrayList<>(groups);
        args.add(taskId);
        TaskRow task = jdbc.query(TASK_FOR_USER.formatted(offered), (rs, i) -> new TaskRow(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)), rs.getInt(8) == 1, rs.getInt(9) == 1, rs.getString(10),
                rs.getString(11)), args.toArray()).stream().findFirst().orElseThrow(() -> new TaskGoneException(taskId));
        boolean assignedToMe = String.valueOf(user.userId()).equals(task.assignee());
        if (task.active() && (assignedToMe || task.assignee() == null && task.offered())) {
            return task;
        }
        if (task.assignee() != null && !assignedToMe && task.offered()) {
            // a colleague with the same role took it: not a security matter
            throw new TaskTakenException(taskId);
        }
        throw new NotAllowedException("task " + taskId);
    }

    private static final String TASK_FOR_USER = """
            select t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.FORM_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_,
                   t.SUSPENSION_STATE_, %s, p.BUSINESS_KEY_, p.NAME_
              from ACT_RU_TASK t left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
             where t.ID_ = ?""";

    /** A task as {@link #authorized} reads it; offered = offered to one of the user's roles. */
    private record TaskRow(String id, String name, String stepKey, String formKey, String assignee,
                           Instant created, Instant due, boolean active, boolean offered, String businessKey,
                           String subject) {
    }

    /** SQL: task {@code t} is offered to one of the groups (a parameter each), as Flowable's candidate links say. */
    private static String offeredToOneOf(List<String> groups) {
        return "exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'"
                + " and l.GROUP_ID_ in (" + String.join(", ", groups.stream().map(g -> "?").toList()) + "))";
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private TaskQuery mine(AppPrincipal user, String stepKey) {
        // assigned to me, or unassigned and offered to one of my roles (Flowable's candidate
        // query leaves out tasks someone has claimed)
        TaskQuery q = tasks.createTaskQuery().active()
                .or().taskAssignee(String.valueOf(user.userId())).taskCandidateGroupIn(groups(user)).endOr();
        return stepKey == null ? q : q.taskDefinitionKey(stepKey);
    }

    static Collection<String> groups(AppPrincipal user) {
        return user.roles().stream().map(Role::name).toList();
    }

    /** One query for the process instances' names of the whole page, not one per task. */
    private List<TaskSummary> summarize(List<Task> page, AppPrincipal user) {
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        String me = String.valueOf(user.userId());
        return page.stream().map(t -> {
            ProcessInstance pi = instances.get(t.getProcessInstanceId());
            return new TaskSummary(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getFormKey(),
                    pi == null ? null : pi.getBusinessKey(), pi == null ? null : pi.getName(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(), me.equals(t.getAssignee()));
        }).toList();
    }
}
