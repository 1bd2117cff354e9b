package org.lixiang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The check every task screen and step runs first ({@link TaskInbox#open}, {@code step},
 * {@code authorize}), read with one plain statement: it must answer as Flowable's own task and
 * process-instance queries would, and refuse as the inbox does.
 */
@IntegrationTest
class TaskInboxTest {

    @Autowired ApprovalProcess process;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired TestAccounts accounts;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void logout() {
        accounts.logout();
    }

    @Test
    void theTaskIsTheOfferedRolesUntilOneTakesItThenTheirsAlone() {
        AppPrincipal applicant = accounts.as("t_applicant");
        String instanceId = tx.execute(s -> process.start(4343L, "TEST-INBOX-1", "TEST-INBOX-1 城市内涝预警", applicant.userId()));
        Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        tasks.setDueDate(task.getId(), Date.from(due));

        // offered to officers, taken by none: every officer may open it, nobody else
        accounts.as("t_officer");
        TaskSummary offered = inbox.open(task.getId());
        assertThat(offered).isEqualTo(asFlowableReadsIt(task.getId(), false));
        assertThat(offered.due()).isEqualTo(due);
        assertThat(offered.subject()).isEqualTo("TEST-INBOX-1 城市内涝预警");
        assertThat(inbox.step(task.getId())).isEqualTo("formalReview");
        assertThat(inbox.authorize(task.getId())).isFalse();
        accounts.as("t_officer2");
        assertThat(inbox.open(task.getId()).assignedToMe()).isFalse();
        for (String other : new String[] {"t_applicant", "t_leader", "t_expert"}) {
            accounts.as(other);
            assertThatThrownBy(() -> inbox.open(task.getId())).as(other).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> inbox.step(task.getId())).as(other).isInstanceOf(NotAllowedException.class);
        }

        // one officer takes it: theirs; their colleague is told it is taken, the others still refused
        accounts.as("t_officer");
        tx.executeWithoutResult(s -> process.claim(task.getId()));
        assertThat(inbox.open(task.getId())).isEqualTo(asFlowableReadsIt(task.getId(), true));
        assertThat(inbox.authorize(task.getId())).isTrue();
        accounts.as("t_officer2");
        assertThatThrownBy(() -> inbox.open(task.getId())).isInstanceOf(TaskTakenException.class);
        assertThatThrownBy(() -> inbox.authorize(task.getId())).isInstanceOf(TaskTakenException.class);
        accounts.as("t_applicant");
        assertThatThrownBy(() -> inbox.open(task.getId())).isInstanceOf(NotAllowedException.class);

        // a suspended process's task is nobody's to work on
        runtime.suspendProcessInstanceById(instanceId);
        accounts.as("t_officer");
        assertThatThrownBy(() -> inbox.authorize(task.getId())).isInstanceOf(NotAllowedException.class);
        runtime.activateProcessInstanceById(instanceId);
        assertThat(inbox.authorize(task.getId())).isTrue();

        // completed: gone, for its officer and anyone else; an id that never existed likewise
        tx.executeWithoutResult(s -> process.complete(task.getId(), Map.of("formalDecision", "REJECT")));
        assertThatThrownBy(() -> inbox.open(task.getId())).isInstanceOf(TaskGoneException.class);
        accounts.as("t_applicant");
        assertThatThrownBy(() -> inbox.step(task.getId())).isInstanceOf(TaskGoneException.class);
        assertThatThrownBy(() -> inbox.open("no-such-task")).isInstanceOf(TaskGoneException.class);
    }

    /** The summary from Flowable's own queries, as the inbox's pages build it. */
    private TaskSummary asFlowableReadsIt(String taskId, boolean assignedToMe) {
        Task t = tasks.createTaskQuery().taskId(taskId).singleResult();
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
                .singleResult();
        return new TaskSummary(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getFormKey(), pi.getBusinessKey(),
                pi.getName(), t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                assignedToMe);
    }
}
