package org.lixiang.workflow;

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

    TaskInbox(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Transactional(readOnly = true)
    public List<TaskSummary> page(int offset, int limit) {
        AppPrincipal user = CurrentUser.require();
        List<Task> page = mine(user).orderByTaskDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit);
        return summarize(page, user);
    }

    @Transactional(readOnly = true)
    public long count() {
        return mine(CurrentUser.require()).count();
    }

    /**
     * The task if the current user may work on it. A task that no longer exists raises
     * {@link TaskGoneException}; one that belongs to somebody else is refused.
     */
    @Transactional(readOnly = true)
    public TaskSummary open(String taskId) {
        AppPrincipal user = CurrentUser.require();
        return summarize(List.of(authorized(taskId, user)), user).get(0);
    }

    /**
     * The step (task definition key) of a task the current user may work on, with the refusals of
     * {@link #open} but without its summary: one query. For a service checking that the task it
     * was handed is the step it serves.
     */
    @Transactional(readOnly = true)
    public String step(String taskId) {
        return authorized(taskId, CurrentUser.require()).getTaskDefinitionKey();
    }

    /**
     * The check of {@link #open} without the summary (one query): whether the current user may work
     * on the task, with the same refusals; true if it is assigned to them, false if it is offered
     * to one of their roles. For a service about to complete the task or read its variables.
     */
    @Transactional(readOnly = true)
    boolean authorize(String taskId) {
        AppPrincipal user = CurrentUser.require();
        return String.valueOf(user.userId()).equals(authorized(taskId, user).getAssignee());
    }

    private Task authorized(String taskId, AppPrincipal user) {
        Task task = mine(user).taskId(taskId).singleResult();
        if (task == null) {
            Task any = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (any == null) {
                throw new TaskGoneException(taskId);
            }
            if (any.getAssignee() != null && offeredToMyRoles(taskId, user)) {
                // a colleague with the same role took it: not a security matter
                throw new TaskTakenException(taskId);
            }
            throw new NotAllowedException("task " + taskId);
        }
        return task;
    }

    private boolean offeredToMyRoles(String taskId, AppPrincipal user) {
        Collection<String> mine = groups(user);
        return tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType()) && mine.contains(link.getGroupId()));
    }

    private TaskQuery mine(AppPrincipal user) {
        // assigned to me, or unassigned and offered to one of my roles (Flowable's candidate
        // query leaves out tasks someone has claimed)
        return tasks.createTaskQuery().active()
                .or().taskAssignee(String.valueOf(user.userId())).taskCandidateGroupIn(groups(user)).endOr();
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
