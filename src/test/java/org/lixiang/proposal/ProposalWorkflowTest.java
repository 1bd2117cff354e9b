package org.lixiang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.InvalidInputException;
import org.lixiang.workflow.TaskGoneException;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.lixiang.workflow.TaskTakenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The approval process driven through the services, on PostgreSQL. */
@IntegrationTest
@Import(ProposalFixtures.class)
class ProposalWorkflowTest {

    @Autowired ProposalFixtures fixtures;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired TaskInbox inbox;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        accounts.logout();
        clock.reset();
    }

    private long draft(long callId, String title) {
        accounts.as("t_applicant");
        long id = proposals.createDraft(callId);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete(title));
        return id;
    }

    private String submit(long id) {
        accounts.as("t_applicant");
        ProposalDetails d = proposals.details(id);
        return submission.submit(id, d.version(), d.content());
    }

    private TaskSummary formalTask(String number) {
        accounts.as("t_officer");
        return inbox.page(0, 500).stream().filter(t -> number.equals(t.businessKey()) && t.stepKey().equals("formalReview"))
                .findFirst().orElseThrow();
    }

    @Test
    void submitThenPass() {
        long call = fixtures.openCall(30);
        long id = draft(call, "地方道路隧道机电设施的现状与研究");
        String number = submit(id);
        assertThat(number).matches("2026-KJ-\\d{4}");
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.SUBMITTED);

        TaskSummary task = formalTask(number);
        FormalReviewService.Case opened = formal.start(task.id());
        assertThat(opened.proposal().number()).isEqualTo(number);
        assertThat(formal.decide(task.id(), FormalDecision.PASS, null, null)).isEqualTo(ProposalStatus.EXPERT_REVIEW);

        accounts.as("t_applicant");
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.EXPERT_REVIEW);
        assertThat(proposals.timeline(id)).extracting(TimelineEntry::whatKey)
                .containsExactly("timeline.CREATED", "timeline.SUBMITTED", "timeline.FORMAL_REVIEW_STARTED",
                        "timeline.PASSED");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?", Integer.class,
                number)).isPositive();
    }

    /** The notification sent for the event to the named user: its message key, or null if none. */
    String notified(String event, String username) {
        return jdbc.query("""
                select n.message_key from notification_outbox o join notification n on n.id = o.notification_id
                join app_user u on u.id = o.user_id where o.event_key = ? and u.username = ?""",
                rs -> rs.next() ? rs.getString(1) : null, event, username);
    }

    @Test
    void submitReturnReviseResubmitPassKeepsEveryVersionAndShowsWhatChanged() {
        long call = fixtures.openCall(30);
        long id = draft(call, "基于多种无线传输技术的机电设备监控系统构建方案研究");
        String number = submit(id);

        TaskSummary review = formalTask(number);
        formal.start(review.id());
        clock.advance(Duration.ofHours(1));
        assertThat(formal.decide(review.id(), FormalDecision.RETURN, "预算说明不完整，请补充设备费明细。",
                clock.instant().plus(Duration.ofDays(7)))).isEqualTo(ProposalStatus.RETURNED);
        assertThat(notified("proposal:" + id + ":returned:1", "t_applicant")).isEqualTo("notification.proposalReturned");

        accounts.as("t_applicant");
        ProposalService.MyProposal mine = proposals.mine(0, 50).stream()
                .filter(m -> m.summary().id() == id).findFirst().orElseThrow();
        assertThat(mine.summary().status()).isEqualTo(ProposalStatus.RETURNED);
        assertThat(mine.stepKey()).isEqualTo("revise");
        assertThat(mine.due()).isEqualTo(clock.instant().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        assertThat(mine.myTaskId()).isNotNull();
        assertThat(proposals.timeline(id)).anyMatch(e -> e.whatKey().equals("timeline.RETURNED")
                && e.comment().contains("设备费明细"));

        ProposalDetails d = proposals.details(id);
        ProposalContent revised = new ProposalContent(d.content().title(), d.content().field(), d.content().summary(),
                d.content().objectives(), d.content().outcomes(), d.content().startDate(), d.content().endDate(),
                d.content().team(), d.content().avoidedExperts(),
                List.of(new ProposalContent.Budget(BudgetCategory.EQUIPMENT, new BigDecimal("250000"), new BigDecimal("100000"))),
                true);
        assertThat(submission.submit(id, d.version(), revised)).isEqualTo(number);

        TaskSummary again = formalTask(number);
        FormalReviewService.Case second = formal.start(again.id());
        assertThat(second.changes()).extracting(VersionChange::partKey).containsExactly("proposal.budget");
        // only the categories that changed, amounts as on screens; outside a screen in English
        assertThat(second.changes().get(0).before()).isEqualTo("""
                Equipment: requested 200,000.00, self-raised 100,000.00
                Labour: requested 100,000.50, self-raised 50,000.00""");
        assertThat(second.changes().get(0).after()).isEqualTo("""
                Equipment: requested 250,000.00, self-raised 100,000.00
                Labour: requested 0.00, self-raised 0.00""");
        assertThat(second.history()).extracting(FormalReviewService.PastDecision::decision)
                .containsExactly(FormalDecision.RETURN);
        formal.decide(again.id(), FormalDecision.PASS, null, null);
        assertThat(jdbc.queryForObject("select count(*) from proposal_version where proposal_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void submitThenRejectEndsTheProcessWithTheReasonForTheApplicant() {
        long call = fixtures.openCall(30);
        long id = draft(call, "沥青热再生技术推广应用");
        String number = submit(id);
        TaskSummary task = formalTask(number);
        formal.start(task.id());
        assertThatThrownBy(() -> formal.decide(task.id(), FormalDecision.REJECT, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("reason")).isTrue());
        formal.decide(task.id(), FormalDecision.REJECT, "申报单位不符合申报条件。", null);
        assertThat(notified("proposal:" + id + ":rejected", "t_applicant")).isEqualTo("notification.proposalRejected");

        accounts.as("t_applicant");
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(proposals.timeline(id)).last().satisfies(e -> assertThat(e.comment()).isEqualTo("申报单位不符合申报条件。"));
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?", Integer.class,
                number)).isZero();
        // and a second officer who still had the screen open is told it is done
        accounts.as("t_officer2");
        assertThatThrownBy(() -> formal.decide(task.id(), FormalDecision.PASS, null, null))
                .isInstanceOf(TaskGoneException.class);
    }

    @Test
    void withdrawBeforeTheReviewStartsButNotAfter() {
        long call = fixtures.openCall(30);
        long id = draft(call, "预应力碳纤维在桥梁受弯构件加固中的应用研究");
        String number = submit(id);
        accounts.as("t_applicant");
        proposals.withdraw(id);
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?", Integer.class,
                number)).isZero();

        assertThat(submit(id)).as("keeps its number").isEqualTo(number);
        TaskSummary task = formalTask(number);
        formal.start(task.id());
        accounts.as("t_applicant");
        assertThatThrownBy(() -> proposals.withdraw(id)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.cannotWithdraw"));
        // a colleague cannot take over a review already started
        accounts.as("t_officer2");
        assertThatThrownBy(() -> formal.start(task.id())).isInstanceOf(TaskTakenException.class);
    }

    @Test
    void submissionAfterTheDeadlineIsRefusedByTheServerClock() {
        long call = fixtures.openCall(2);
        long id = draft(call, "根茎类蔬菜标准化生产及加工关键技术集成与示范");
        clock.advance(Duration.ofDays(3));
        assertThatThrownBy(() -> submit(id)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.deadlinePassed"));
        accounts.as("t_applicant");
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposals.details(id).number()).isNull();
    }

    @Test
    void doubleSubmitFromTwoTabsGivesOneSubmissionAndOneProcess() throws Exception {
        long call = fixtures.openCall(30);
        long id = draft(call, "利用酶工程法制备低分子硫酸皮肤素");
        accounts.as("t_applicant");
        ProposalDetails d = proposals.details(id);
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> tab = () -> {
            accounts.as("t_applicant");
            start.await();
            try {
                return submission.submit(id, d.version(), d.content());
            } catch (InvalidInputException | ObjectOptimisticLockingFailureException e) {
                return "refused";
            } finally {
                accounts.logout();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(tab);
            Future<String> b = pool.submit(tab);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).filteredOn(r -> r.startsWith("2026-KJ-")).hasSize(1);
            assertThat(List.of(a.get(), b.get())).contains("refused");
        } finally {
            pool.shutdown();
        }
        accounts.as("t_applicant");
        String number = proposals.details(id).number();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ? and parent_id_ is null",
                Integer.class, number)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from proposal_version where proposal_id = ?", Integer.class, id))
                .isEqualTo(1);
    }
}
