package org.lixiang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The actuator through the real security filter chain: health for anyone without details,
 * Prometheus metrics (with the process and job gauges) for admins only.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(OpsProcesses.class)
class OpsMetricsTest {

    @Autowired MockMvc mvc;
    @Autowired OpsProcesses ops;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired AuditLog audit;

    private OpsProcesses.DeadLetter dead;
    private String waiting1;
    private String waiting2;

    @BeforeEach
    void accountsExist() {
        accounts.ensureCreated();
        accounts.logout();
    }

    @AfterEach
    void cleanUp() {
        accounts.logout();
        for (String instance : new String[] {dead == null ? null : dead.processInstanceId(), waiting1, waiting2}) {
            if (instance != null) {
                ops.cancel(instance);
            }
        }
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("t_admin", TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The value of a sample whose name and labels contain the given texts. */
    private static double value(String body, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(body);
        while (m.find()) {
            if (label == null || m.group(1).contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError(name + " " + label + " not in\n" + body);
    }

    @Test
    void anAdminScrapesTheProcessAndJobGauges() throws Exception {
        dead = ops.deadLetter("OPS-" + System.nanoTime());
        waiting1 = ops.overdueTask();
        waiting2 = ops.overdueTask();
        scrape(); // a step deployed while running is registered by the first scrape after it
        String body = scrape();

        assertThat(value(body, "lixiang_process_tasks_open", "step=\"opsCheck\""))
                .isEqualTo(tasks.createTaskQuery().taskDefinitionKey("opsCheck").count()).isGreaterThanOrEqualTo(2);
        assertThat(value(body, "lixiang_process_tasks_open", "step=\"formalReview\""))
                .isEqualTo(tasks.createTaskQuery().taskDefinitionKey("formalReview").count());
        assertThat(value(body, "lixiang_process_tasks_overdue", null))
                .isEqualTo(tasks.createTaskQuery().active().taskDueBefore(Date.from(clock.instant())).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(value(body, "lixiang_jobs_deadletter", null))
                .isEqualTo(management.createDeadLetterJobQuery().count()).isGreaterThanOrEqualTo(1);
        assertThat(body).contains("lixiang_jobs_failing").contains("jvm_memory_used_bytes");

        ops.cancel(waiting2);
        assertThat(value(scrape(), "lixiang_process_tasks_open", "step=\"opsCheck\""))
                .isEqualTo(tasks.createTaskQuery().taskDefinitionKey("opsCheck").count());
    }

    @Test
    void metricsAreRefusedToAnonymousCallersAndToOtherRoles() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized()); // not exposed, still not Vaadin's
        for (String user : new String[] {"t_officer", "t_leader", "t_applicant", "t_expert"}) {
            mvc.perform(get("/actuator/prometheus").with(httpBasic(user, TestAccounts.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/actuator/prometheus").with(httpBasic("t_admin", "wrong-password-9")))
                .andExpect(status().isUnauthorized());

        accounts.as("t_admin");
        assertThat(audit.latest("ACCESS_DENIED", 10)).anyMatch(e -> "t_expert".equals(e.getActorName())
                && e.getDetail().contains("/actuator/prometheus"));
        assertThat(audit.latest("LOGIN_FAILED", 10)).anyMatch(e -> "t_admin".equals(e.getActorName()));
    }

    @Test
    void healthIsOpenForTheLoadBalancerButShowsNoDetails() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).startsWith("{\"status\":\"UP\"").doesNotContain("components").doesNotContain("details")
                .doesNotContain("db");
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }
}
