package org.lixiang.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.tracking.DashboardFigures.FieldCount;
import org.lixiang.tracking.DashboardFigures.OrganizationCount;
import org.lixiang.tracking.DashboardFigures.ReviewProgress;
import org.lixiang.tracking.DashboardFigures.Stage;
import org.lixiang.workflow.ProcessHistory;
import org.lixiang.workflow.ProcessHistory.StepTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The dashboard's figures on PostgreSQL, checked by hand against {@link DashboardDataSet}. */
@IntegrationTest
@Import({ProposalFixtures.class, ReviewFixtures.class, DashboardDataSet.class})
class DashboardTest {

    @Autowired DashboardDataSet data;
    @Autowired Dashboard dashboard;
    @Autowired ProcessHistory history;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired DashboardCalculation calculation;
    @Autowired ProposalFixtures proposalFixtures;

    @BeforeEach
    void dataSet() {
        data.build();
    }

    @AfterEach
    void reset() {
        accounts.logout();
        clock.reset();
    }

    @Test
    void proposalsByStateAndTheFunnel() {
        accounts.as("t_officer");
        DashboardFigures f = dashboard.figures(data.callId);
        assertThat(f.byStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ProposalStatus.DRAFT, 1L, ProposalStatus.SUBMITTED, 1L, ProposalStatus.RETURNED, 1L,
                ProposalStatus.REJECTED, 1L, ProposalStatus.EXPERT_REVIEW, 1L, ProposalStatus.APPROVED, 1L,
                ProposalStatus.NOT_APPROVED, 1L));
        // submitted: all but the draft; passed: in review, approved, not approved; reviewed: the last two
        assertThat(f.funnel()).extracting(Stage::stage, Stage::proposals).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FunnelStage.SUBMITTED, 6L),
                org.assertj.core.groups.Tuple.tuple(FunnelStage.PASSED_FORMAL_REVIEW, 3L),
                org.assertj.core.groups.Tuple.tuple(FunnelStage.REVIEWED, 2L),
                org.assertj.core.groups.Tuple.tuple(FunnelStage.APPROVED, 1L));
    }

    @Test
    void reviewProgressAndOverdueOnceTheDueDatePasses() {
        accounts.as("t_leader");
        // 3 + 3 submitted; in review: one declined, its replacement and another invited, one accepted
        assertThat(dashboard.figures(data.callId).reviews()).isEqualTo(new ReviewProgress(6, 3, 0, 1, 0));
        clock.advance(Duration.ofDays(15));
        assertThat(dashboard.figures(data.callId).reviews()).isEqualTo(new ReviewProgress(6, 0, 3, 1, 0));
    }

    @Test
    void amountsAgainstTheEnvelope() {
        accounts.as("t_admin");
        DashboardFigures.Amounts a = dashboard.figures(data.callId).amounts();
        assertThat(a.envelope()).isEqualByComparingTo("500000");
        // six submitted proposals of 200,000 + 100,000.50 each; the draft's budget does not count
        assertThat(a.requested()).isEqualByComparingTo("1800003.00");
        assertThat(a.recommended()).isEqualByComparingTo("530000");
        // the funding line: 280,000 fits, then 250,000 does not fit the 220,000 left
        assertThat(a.planned()).isEqualByComparingTo("280000");
        assertThat(a.funded()).isEqualByComparingTo("280000");
    }

    @Test
    void proposalsByFieldAndByOrganization() {
        accounts.as("t_officer");
        DashboardFigures f = dashboard.figures(data.callId);
        assertThat(f.byField()).containsExactly(new FieldCount(ResearchField.EQUIPMENT, 5, 3, 1),
                new FieldCount(ResearchField.NEW_MATERIALS, 1, 0, 0));
        assertThat(f.byOrganization()).containsExactly(new OrganizationCount("测试申报单位甲", 5, 1),
                new OrganizationCount("测试申报单位乙", 1, 0));
    }

    @Test
    void timeSpentInEachStepFromTheEngineHistory() {
        accounts.as("t_officer");
        Map<String, Long> completed = dashboard.figures(data.callId).steps().stream()
                .collect(Collectors.toMap(StepTime::stepKey, StepTime::completed));
        // formal review: returned, rejected, in review, high, low (the submitted one waits);
        // reviews: 3 + 3 submitted and the declined one; the accepted and invited ones are open
        assertThat(completed).containsExactlyInAnyOrderEntriesOf(Map.of("formalReview", 5L, "confirmExperts", 3L,
                "review", 7L, "departmentOpinion", 2L));
        assertThat(dashboard.figures(data.callId).steps()).allSatisfy(s -> {
            assertThat(s.average().isNegative()).isFalse();
            assertThat(s.longest()).isGreaterThanOrEqualTo(s.average());
        });
    }

    @Test
    void allCallsIncludeThisOne() {
        accounts.as("t_officer");
        DashboardFigures one = dashboard.figures(data.callId);
        DashboardFigures all = dashboard.figures(null);
        assertThat(all.callId()).isNull();
        for (int i = 0; i < one.funnel().size(); i++) {
            assertThat(all.funnel().get(i).proposals()).isGreaterThanOrEqualTo(one.funnel().get(i).proposals());
        }
        assertThat(all.amounts().requested()).isGreaterThanOrEqualTo(one.amounts().requested());
        assertThat(all.amounts().envelope()).isGreaterThanOrEqualTo(one.amounts().envelope());
        assertThat(all.reviews().submitted()).isGreaterThanOrEqualTo(6);
        assertThat(dashboard.calls()).extracting(Dashboard.CallOption::id).contains(data.callId);
    }

    @Test
    void onlyOfficersLeadersAndAdminsSeeTheDashboard() {
        for (String user : new String[] {"t_applicant", "t_expert"}) {
            accounts.as(user);
            assertThatThrownBy(() -> dashboard.figures(data.callId)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> dashboard.figures(null)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> dashboard.refreshedFigures(data.callId)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> dashboard.calls()).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> history.stepTimes(data.callId)).isInstanceOf(NotAllowedException.class);
        }
        accounts.logout();
        assertThatThrownBy(() -> dashboard.figures(data.callId)).isInstanceOf(RuntimeException.class);
        for (String user : new String[] {"t_officer", "t_leader", "t_admin"}) {
            accounts.as(user);
            assertThat(dashboard.figures(data.callId).callId()).isEqualTo(data.callId);
        }
    }

    @Test
    void refreshNowShowsAChangeAtOnce() {
        accounts.as("t_officer");
        java.math.BigDecimal envelopes = dashboard.figures(null).amounts().envelope();
        proposalFixtures.openCall(30);
        accounts.as("t_officer");
        // a new published call of 10,000,000 (a change that leaves the data set's own call alone)
        assertThat(dashboard.refreshedFigures(null).amounts().envelope())
                .isEqualByComparingTo(envelopes.add(new java.math.BigDecimal("10000000")));
    }

    /**
     * Snapshots as production keeps them (the test profile turns them off): the background pass
     * computes on the database as the last viewer, whose role the engine history checks again.
     */
    @Test
    void theBackgroundPassComputesAsTheLastViewerWithItsRoleChecked() {
        FigureSnapshots snapshots = new FigureSnapshots(calculation::compute, clock, Duration.ofSeconds(30), false);
        accounts.as("t_leader");
        DashboardFigures opened = snapshots.recent(null);
        proposalFixtures.openCall(30);
        accounts.logout();
        clock.advance(Duration.ofSeconds(30));
        snapshots.refreshWatched();
        accounts.as("t_leader");
        DashboardFigures refreshed = snapshots.recent(null);
        assertThat(refreshed.computedAt()).isEqualTo(clock.instant());
        assertThat(refreshed.amounts().envelope())
                .isEqualByComparingTo(opened.amounts().envelope().add(new java.math.BigDecimal("10000000")));

        // the service checks the role before any snapshot; here, past it, the last viewer lacks the
        // role: the background pass computes nothing and forgets the snapshot
        accounts.as("t_applicant");
        snapshots.recent(null);
        accounts.logout();
        clock.advance(Duration.ofSeconds(30));
        snapshots.refreshWatched();
        accounts.as("t_applicant");
        assertThatThrownBy(() -> snapshots.recent(null)).isInstanceOf(NotAllowedException.class);
    }
}
