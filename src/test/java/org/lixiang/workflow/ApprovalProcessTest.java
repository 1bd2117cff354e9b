package org.lixiang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ApprovalProcessTest {

    @Autowired ApprovalProcess process;
    @Autowired TaskInbox inbox;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void logout() {
        accounts.logout();
    }

    @Test
    void flywayAndFlowableSchemasExistOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version = '1'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) in ('act_ru_task', 'act_re_procdef', 'act_hi_procinst')",
                Integer.class)).isEqualTo(3);
    }

    @Test
    void approvalProcessIsDeployedFromTheProcessesFolder() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ApprovalProcess.PROCESS_KEY)
                .latestVersion().singleResult()).isNotNull();
    }

    @Test
    void anInstanceRunsToFormalReviewWhichOfficersSeeAndApplicantsDoNot() {
        AppPrincipal applicant = accounts.as("t_applicant");
        String instanceId = tx.execute(s -> process.start(4242L, "TEST-0001", "TEST-0001 隧道机电设施研究", applicant.userId()));
        assertThat(runtime.getVariable(instanceId, "proposalId")).isEqualTo(4242L);

        assertThat(inbox.page(0, 50)).noneMatch(t -> "TEST-0001".equals(t.businessKey()));

        accounts.as("t_officer");
        TaskSummary task = inbox.page(0, 50).stream().filter(t -> "TEST-0001".equals(t.businessKey()))
                .findFirst().orElseThrow();
        assertThat(task.stepKey()).isEqualTo("formalReview");
        assertThat(task.formKey()).isEqualTo("review/formal");
        assertThat(task.subject()).isEqualTo("TEST-0001 隧道机电设施研究");
        assertThat(task.route()).isEqualTo("review/formal/" + task.id());

        accounts.as("t_applicant");
        assertThatThrownBy(() -> inbox.open(task.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> process.complete(task.id(), Map.of("formalDecision", "PASS"))))
                .isInstanceOf(NotAllowedException.class);

        accounts.as("t_officer");
        // the ids the step's screen and service work with, read from the process's variables
        assertThat(process.proposalIdOf(task.id())).isEqualTo(4242L);
        assertThatThrownBy(() -> process.assignmentIdOf(task.id())).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("not a review task");
        tx.executeWithoutResult(s -> process.complete(task.id(), Map.of("formalDecision", "REJECT")));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();

        accounts.as("t_officer2");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> process.complete(task.id(), Map.of("formalDecision", "PASS"))))
                .isInstanceOf(TaskGoneException.class);
        assertThatThrownBy(() -> process.proposalIdOf(task.id())).isInstanceOf(TaskGoneException.class);
    }
}
