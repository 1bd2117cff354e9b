package org.lixiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The expert review driven through the services on PostgreSQL, timers executed by the test. */
@IntegrationTest
@Import({ProposalFixtures.class, ReviewFixtures.class})
class ReviewWorkflowTest {

    @Autowired ProposalFixtures proposalFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired AssignmentService assignment;
    @Autowired ReviewService reviews;
    @Autowired ReviewEscalations escalations;
    @Autowired ReviewOutcomes outcomes;
    @Autowired AttachmentService attachments;
    @Autowired TaskInbox inbox;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;

    @AfterEach
    void reset() {
        accounts.logout();
        clock.reset();
    }

    /** A proposal in the EQUIPMENT field that passed formal review; returns its id. */
    long passed(String title) {
        long call = proposalFixtures.openCall(30);
        accounts.as("t_applicant");
        long id = proposals.createDraft(call);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete(title));
        ProposalDetails d = proposals.details(id);
        String number = submission.submit(id, d.version(), d.content());
        String task = officerTask(number, "formalReview");
        formal.start(task);
        formal.decide(task, FormalDecision.PASS, null, null);
        return id;
    }

    String number(long proposalId) {
        return jdbc.queryForObject("select number from proposal where id = ?", String.class, proposalId);
    }

    String officerTask(String number, String step) {
        accounts.as("t_officer");
        return inbox.page(0, 1000).stream().filter(t -> number.equals(t.businessKey()) && t.stepKey().equals(step))
                .findFirst().map(TaskSummary::id).orElseThrow(() -> new AssertionError("no " + step + " for " + number));
    }

    String expertTask(long expertId, String number) {
        accounts.asUserId(expertId);
        return inbox.page(0, 100).stream().filter(t -> number.equals(t.businessKey()) && t.stepKey().equals("review"))
                .findFirst().map(TaskSummary::id).orElseThrow(() -> new AssertionError("no review task for " + expertId));
    }

    List<Long> invitedExperts(long proposalId) {
        return jdbc.queryForList("select expert_id from review_assignment where proposal_id = ? and status in ('INVITED', 'ACCEPTED') order by id",
                Long.class, proposalId);
    }

    void confirm(long proposalId) {
        String task = officerTask(number(proposalId), "confirmExperts");
        assignment.confirm(task);
    }

    static ScoreSheet sheet(int a, int b, int c, String budget) {
        return new ScoreSheet(List.of(BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(c)),
                new BigDecimal(budget), Recommendation.SUPPORT, "研究方案可行，建议加强示范应用环节。", "");
    }

    void acceptAndScore(long expertId, String number, ScoreSheet sheet) {
        String task = expertTask(expertId, number);
        reviews.accept(task);
        reviews.submit(task, sheet);
    }

    @Test
    void passDrawAcceptScoreAggregate() {
        reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        long id = passed("基于多种无线传输技术的机电设备监控系统构建方案研究");
        String number = number(id);
        accounts.as("t_officer");
        AssignmentService.DrawCase draw = assignment.open(officerTask(number, "confirmExperts"));
        assertThat(draw.assigned()).hasSize(5);
        assertThat(draw.wanted()).isEqualTo(5);
        confirm(id);
        List<Long> experts = invitedExperts(id);
        assertThat(experts).hasSize(5);

        // 24/30*30 + 24/30*30 + 32/40*40 = 80; and 70, 75, 85, 90 — trimmed: (75 + 80 + 85) / 3 = 80
        int[][] points = {{24, 24, 32}, {21, 21, 28}, {27, 27, 36}, {18, 21, 34}, {24, 24, 37}};
        for (int i = 0; i < experts.size(); i++) {
            acceptAndScore(experts.get(i), number, sheet(points[i][0], points[i][1], points[i][2], "300000"));
        }
        accounts.as("t_officer");
        ReviewOutcomes.Outcome outcome = outcomes.outcome(id);
        assertThat(outcome.reviews()).hasSize(5);
        assertThat(outcome.aggregate().ruleApplied()).isEqualTo(org.lixiang.call.AggregationRule.TRIMMED_MEAN);
        assertThat(outcome.aggregate().divergent()).isFalse();
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.REVIEWED);
        assertThat(jdbc.queryForObject("select count(*) from review_aggregate where proposal_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void aDeclineDrawsAReplacementAndTheDeclinedExpertLosesAccess() {
        reviewFixtures.experts(6, ResearchField.EQUIPMENT);
        long id = passed("地方道路隧道机电设施的现状与研究");
        String number = number(id);
        confirm(id);
        List<Long> experts = invitedExperts(id);
        long declining = experts.get(0);
        String task = expertTask(declining, number);
        assertThat(reviews.decline(task, "本人与申报单位有合作关系。", true)).isTrue();

        List<Long> now = invitedExperts(id);
        assertThat(now).hasSize(5).doesNotContain(declining);
        long replacement = now.get(now.size() - 1);
        assertThat(expertTask(replacement, number)).isNotNull();

        accounts.asUserId(declining);
        assertThat(inbox.page(0, 100)).noneMatch(t -> number.equals(t.businessKey()));
        assertThatThrownBy(() -> reviews.open(task)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> attachments.list(id)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void expertsSeeOnlyTheirOwnReviewTasksAndNoOtherScores() {
        reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        long id = passed("高精度汽车热交换零部件工艺研究");
        String number = number(id);
        confirm(id);
        List<Long> experts = invitedExperts(id);
        String first = expertTask(experts.get(0), number);
        accounts.asUserId(experts.get(1));
        assertThatThrownBy(() -> reviews.open(first)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> reviews.accept(first)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> reviews.submit(first, sheet(20, 20, 20, "1"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> outcomes.outcome(id)).isInstanceOf(NotAllowedException.class);
        // not yet accepted: no attachments either
        assertThatThrownBy(() -> attachments.list(id)).isInstanceOf(NotAllowedException.class);
        accounts.as("t_expert");
        assertThatThrownBy(() -> reviews.open(first)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposals.details(id)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void badScoresAreRefusedAndNothingIsStored() {
        reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        long id = passed("预应力碳纤维在桥梁受弯构件加固中的应用研究");
        String number = number(id);
        confirm(id);
        long expert = invitedExperts(id).get(0);
        String task = expertTask(expert, number);
        assertThatThrownBy(() -> reviews.saveDraft(task, sheet(20, 20, 20, "1")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("review.acceptFirst"));
        reviews.accept(task);
        assertThatThrownBy(() -> reviews.submit(task, new ScoreSheet(List.of(BigDecimal.valueOf(31), BigDecimal.valueOf(-1)),
                new BigDecimal("999999999"), null, "短", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("points.0", "points.1", "points.2", "recommendedBudget", "recommendation",
                                "commentToApplicant"));
        assertThat(jdbc.queryForObject("select count(*) from review where assignment_id in (select id from review_assignment where proposal_id = ?)",
                Integer.class, id)).isZero();
        reviews.submit(task, sheet(20, 20, 30, "250000"));
        assertThatThrownBy(() -> reviews.submit(task, sheet(20, 20, 30, "250000"))).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select count(*) from review where proposal_id = ? and status = 'SUBMITTED'",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void divergentScoresGiveTheOfficerATaskAndAnExtraExpertLoopsBack() {
        reviewFixtures.experts(7, ResearchField.EQUIPMENT);
        long id = passed("根茎类蔬菜标准化生产及加工关键技术集成与示范");
        String number = number(id);
        confirm(id);
        List<Long> experts = invitedExperts(id);
        int[][] points = {{30, 30, 40}, {10, 10, 10}, {25, 25, 35}, {20, 20, 30}, {28, 28, 38}};
        for (int i = 0; i < experts.size(); i++) {
            acceptAndScore(experts.get(i), number, sheet(points[i][0], points[i][1], points[i][2], "200000"));
        }
        String divergence = officerTask(number, "resolveDivergence");
        assertThat(outcomes.openDivergence(divergence).aggregate().divergent()).isTrue();
        outcomes.resolveDivergence(divergence, true, null);

        confirm(id);
        List<Long> extra = invitedExperts(id);
        assertThat(extra).hasSize(1).doesNotContainAnyElementsOf(experts);
        acceptAndScore(extra.get(0), number, sheet(24, 24, 32, "200000"));

        String again = officerTask(number, "resolveDivergence");
        assertThat(outcomes.openDivergence(again).reviews()).hasSize(6);
        assertThatThrownBy(() -> outcomes.resolveDivergence(again, false, "")).isInstanceOf(InvalidInputException.class);
        outcomes.resolveDivergence(again, false, "极差源于一位专家对应用前景的不同判断，经复核予以接受。");
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.REVIEWED);
        assertThat(jdbc.queryForObject("select count(*) from review_aggregate where proposal_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void reminderThenEscalationOfAnOverdueReviewAndExtension() {
        reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        long id = passed("沥青热再生技术推广应用");
        String number = number(id);
        confirm(id);
        long expert = invitedExperts(id).get(0);
        String processInstance = jdbc.queryForObject("select process_instance_id from proposal where id = ?",
                String.class, id);

        List<Job> timers = management.createTimerJobQuery().processInstanceId(processInstance).list();
        assertThat(timers).hasSize(10);
        Job reminder = timers.stream().filter(j -> j.getElementId().equals("reminderTimer")).findFirst().orElseThrow();
        List<Job> overdueTimers = timers.stream().filter(j -> j.getElementId().equals("overdueTimer")).toList();
        Job overdue = overdueTimers.get(0);
        assertThat(reminder.getDuedate()).isBefore(overdue.getDuedate());
        fire(reminder);
        assertThat(jdbc.queryForObject("select count(*) from notification where message_key = 'notification.reviewReminder'"
                + " and user_id in (select expert_id from review_assignment where proposal_id = ?)", Integer.class, id))
                .isEqualTo(1);

        fire(overdue);
        // the late expert is told, and every officer (the escalation task waits for them)
        assertThat(jdbc.queryForObject("""
                select count(*) from notification_outbox o join notification n on n.id = o.notification_id
                join review_assignment a on o.event_key like 'assignment:' || a.id || ':overdue:%'
                where a.proposal_id = ? and o.user_id = a.expert_id
                  and n.message_key = 'notification.reviewOverdueExpert'""", Integer.class, id)).isEqualTo(1);
        // every officer, once for the call and its due date: a second overdue review of the call tells only its expert
        fire(overdueTimers.get(1));
        assertThat(jdbc.queryForObject("""
                select count(*) from notification_outbox o join notification n on n.id = o.notification_id
                join review_assignment a on o.event_key like 'assignment:' || a.id || ':overdue:%'
                where a.proposal_id = ? and o.user_id = a.expert_id
                  and n.message_key = 'notification.reviewOverdueExpert'""", Integer.class, id)).isEqualTo(2);
        long call = jdbc.queryForObject("select call_id from proposal where id = ?", Long.class, id);
        assertThat(jdbc.queryForList("""
                select u.username from notification_outbox o join notification n on n.id = o.notification_id
                join app_user u on u.id = o.user_id join call_for_proposals c on c.id = ?
                where o.event_key like 'call:' || c.id || ':reviewsOverdue:%' and n.message_key = 'notification.reviewsOverdue'
                  and n.args like c.name || '%'""", String.class, call))
                .contains("t_officer", "t_officer2").doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from notification where message_key = 'notification.reviewOverdue'",
                Integer.class)).isZero();
        String escalation = officerTask(number, "handleOverdue");
        ReviewEscalations.OverdueCase c = escalations.open(escalation);
        clock.advance(Duration.ofDays(15));
        escalations.extend(escalation, clock.instant().plus(Duration.ofDays(5)));
        assertThat(management.createTimerJobQuery().processInstanceId(processInstance)
                .elementId("waitExtension").count()).isEqualTo(1);
        long overdueExpert = jdbc.queryForObject("select expert_id from review_assignment where id = ?", Long.class,
                c.assignmentId());
        accounts.asUserId(overdueExpert);
        TaskSummary review = inbox.page(0, 100).stream().filter(t -> number.equals(t.businessKey())).findFirst().orElseThrow();
        assertThat(review.due()).isEqualTo(clock.instant().plus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    }

    @Test
    void twoExpertsSubmittingAtOnceBothLandAndTheAggregationRunsOnce() throws Exception {
        reviewFixtures.experts(3, ResearchField.NEW_MATERIALS);
        long call = proposalFixtures.openCallNeeding(30, ResearchField.NEW_MATERIALS);
        accounts.as("t_applicant");
        long id = proposals.createDraft(call);
        var content = ProposalFixtures.complete("新型复合材料界面改性研究");
        content = new org.lixiang.proposal.ProposalContent(content.title(), ResearchField.NEW_MATERIALS, content.summary(),
                content.objectives(), content.outcomes(), content.startDate(), content.endDate(), content.team(),
                content.avoidedExperts(), content.budget(), true);
        proposals.saveDraft(id, proposals.details(id).version(), content);
        ProposalDetails d = proposals.details(id);
        String number = submission.submit(id, d.version(), d.content());
        String ft = officerTask(number, "formalReview");
        formal.start(ft);
        formal.decide(ft, FormalDecision.PASS, null, null);
        // thirty wanted, fewer eligible: the officer is told how many are missing, continues, confirms
        String shortage = officerTask(number, "resolveShortage");
        AssignmentService.DrawCase draw = assignment.open(shortage);
        assertThat(draw.drawnCount()).isGreaterThanOrEqualTo(3);
        assertThat(draw.missing()).isEqualTo(30 - draw.drawnCount());
        assignment.resolveShortage(shortage, false);
        confirm(id);
        List<Long> experts = invitedExperts(id);
        for (int i = 0; i < experts.size() - 2; i++) {
            acceptAndScore(experts.get(i), number, sheet(24, 24, 32, "300000"));
        }
        long a = experts.get(experts.size() - 2);
        long b = experts.get(experts.size() - 1);
        String ta = expertTask(a, number);
        reviews.accept(ta);
        String tb = expertTask(b, number);
        reviews.accept(tb);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> fa = pool.submit(() -> {
                accounts.asUserId(a);
                start.await();
                reviews.submit(ta, sheet(25, 25, 33, "300000"));
                return null;
            });
            Future<?> fb = pool.submit(() -> {
                accounts.asUserId(b);
                start.await();
                reviews.submit(tb, sheet(23, 23, 31, "300000"));
                return null;
            });
            start.countDown();
            fa.get();
            fb.get();
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from review where proposal_id = ? and status = 'SUBMITTED'",
                Integer.class, id)).isEqualTo(experts.size());
        assertThat(jdbc.queryForObject("select count(*) from review_aggregate where proposal_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    private void fire(Job timer) {
        accounts.logout(); // as the engine's job executor does: on behalf of nobody
        Job executable = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(executable.getId());
    }
}
