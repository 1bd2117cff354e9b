package org.lixiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.Role;
import org.lixiang.call.CallService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's run command: with no database configured the portal starts on the embedded H2
 * file database, deploys the processes and loads the demo data. (The only test on H2.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultBootTest {

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        // a fresh directory per run, as on a newcomer's machine
        registry.add("lixiang.data-dir", () -> "./target/h2-boot-test/" + UUID.randomUUID());
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired RepositoryService repository;
    @Autowired CallService calls;
    @Autowired org.lixiang.tracking.Dashboard dashboard;

    @Test
    void startsOnH2WithDemoDataAndServesTheLoginPage() throws Exception {
        assertThat(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())).isEqualToIgnoringCase("H2");
        for (String demo : new String[] {"admin", "officer", "leader", "applicant", "expert"}) {
            assertThat(users.loadUserByUsername(demo)).isNotNull();
        }
        // the demo expert pool: every field covered, two experts paused
        assertThat(jdbc.queryForObject("select count(*) from expert_profile", Integer.class)).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForObject("select count(distinct field) from expert_field", Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from expert_profile where paused_until is not null",
                Integer.class)).isEqualTo(2);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("proposalApproval").count())
                .isPositive();

        // one complete expert review waits for the leader's opinion, another has it
        assertThat(jdbc.queryForObject("select status from proposal where title = ?", String.class,
                "基于机器视觉的农产品质量无损检测技术")).isEqualTo("REVIEWED");
        assertThat(jdbc.queryForObject("select status from proposal where title = ?", String.class,
                "城市轨道交通机电设备智能运维平台研究")).isEqualTo("OPINION_GIVEN");
        assertThat(jdbc.queryForObject("select count(*) from department_opinion", Integer.class)).isEqualTo(8);
        // decision stage: a plan with the leader, a list in publicity with an open objection (and its
        // file), and a finished call whose results the job executor makes final shortly after start
        // (final: the results recorded, then every proposal told, in a job of its own)
        for (int i = 0; i < 120 && (!"FINAL".equals(jdbc.queryForObject(
                "select status from funding_plan order by id desc limit 1", String.class))
                || jdbc.queryForObject("select count(*) from proposal_result where announced_at is null", Integer.class) > 0); i++) {
            Thread.sleep(500);
        }
        assertThat(jdbc.queryForList("select status from funding_plan order by id", String.class))
                .containsExactly("SUBMITTED", "PUBLICITY", "FINAL");
        assertThat(jdbc.queryForObject("select count(*) from objection where status = 'OPEN' and attachment_sha256 is not null",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select p.status from proposal p join funding_plan_item i on i.proposal_id = p.id "
                + "join funding_plan f on f.id = i.plan_id where f.status = 'FINAL' order by p.status", String.class))
                .containsExactly("APPROVED", "APPROVED", "NOT_APPROVED");

        AppPrincipal applicant = (AppPrincipal) users.loadUserByUsername("applicant");
        assertThat(applicant.has(Role.APPLICANT)).isTrue();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(applicant, null, applicant.getAuthorities()));
        try {
            assertThat(calls.openCalls(0, 10)).extracting(c -> c.name()).contains("2026年度市科技计划项目（第一批）");
        } finally {
            SecurityContextHolder.clearContext();
        }

        // the dashboard's aggregate SQL runs on H2 too (its default mode), with the engine's history
        AppPrincipal officer = (AppPrincipal) users.loadUserByUsername("officer");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        try {
            org.lixiang.tracking.DashboardFigures all = dashboard.figures(null);
            assertThat(all.funnel().get(0).proposals()).isPositive();
            assertThat(all.steps()).extracting(s -> s.stepKey()).contains("formalReview", "review");
            assertThat(all.byOrganization()).isNotEmpty();
            assertThat(dashboard.figures(dashboard.calls().get(0).id()).amounts().envelope()).isPositive();
        } finally {
            SecurityContextHolder.clearContext();
        }

        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<body");
    }
}
