package org.lixiang.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.ProcessJobs;
import org.lixiang.base.audit.AuditChanges;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.Programme;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.review.AssignmentService;
import org.lixiang.review.Recommendation;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.review.ReviewService;
import org.lixiang.review.ScoreSheet;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The whole approval path to the final result, for a call of several proposals, on PostgreSQL. */
@IntegrationTest
@Import({ProposalFixtures.class, ReviewFixtures.class, DecidedProposalFixtures.class})
class DecisionWorkflowTest {

    @Autowired ReviewFixtures reviewFixtures;
    @Autowired CallService calls;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired AssignmentService assignments;
    @Autowired ReviewService reviews;
    @Autowired DepartmentOpinionService opinions;
    @Autowired FundingPlanService plans;
    @Autowired AuditLog audit;
    @Autowired ObjectionService objections;
    @Autowired TaskInbox inbox;
    @Autowired TestAccounts accounts;
    @Autowired DecidedProposalFixtures decided;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;

    @AfterEach
    void reset() {
        accounts.logout();
        clock.reset();
    }

    long decided(long callId, String title, int a, int b, int c, String recommended) {
        return decided.decided(callId, title, a, b, c, recommended);
    }

    long call(BigDecimal envelope) {
        accounts.as("t_officer");
        long id = calls.create(new CallDraft("决策测试指南 " + System.nanoTime(), 2026, Programme.KEY_RD,
                EnumSet.of(ResearchField.EQUIPMENT), "测试。", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(30)), new BigDecimal("500000"), envelope, null, null,
                CallCriterion.defaults(), 3, AggregationRule.MEAN, 7, 14, false, new BigDecimal("20")));
        calls.publish(id);
        return id;
    }

    /** The officer opens the call's round and submits the first plan as drawn; the leader approves it: the list is public. */
    long inPublicity(long callId) {
        accounts.as("t_officer");
        long planId = plans.openRound(callId, false);
        plans.submit(task("CALL-" + callId, "prepareFundingPlan"), plans.plan(planId).version());
        accounts.as("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, null);
        return planId;
    }

    String task(String businessKey, String step) {
        return inbox.page(0, 1000).stream().filter(t -> businessKey.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElse(null);
    }

    String number(long id) {
        return jdbc.queryForObject("select number from proposal where id = ?", String.class, id);
    }

    /** Ends the publicity period and runs what follows; returns how many batches told the proposals. */
    int endPublicity(long planId) {
        String pi = jdbc.queryForObject("select process_instance_id from funding_plan where id = ?", String.class, planId);
        Job timer = management.createTimerJobQuery().processInstanceId(pi).elementId("publicityEnds").singleResult();
        assertThat(timer).isNotNull();
        clock.advance(Duration.ofDays(8));
        // as the engine's job executor does: on behalf of nobody
        accounts.logout();
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        return ProcessJobs.runAll(management, pi);
    }

    /** Runs the call's waiting jobs (the batches telling its proposals their results), as the executor would. */
    void tellProposals(long planId) {
        accounts.logout();
        ProcessJobs.runAll(management, jdbc.queryForObject(
                "select process_instance_id from funding_plan where id = ?", String.class, planId));
    }

    /** The notification sent for the event to the named user: its message key, or null if none. */
    String notified(String event, String username) {
        return jdbc.query("""
                select n.message_key from notification_outbox o join notification n on n.id = o.notification_id
                join app_user u on u.id = o.user_id where o.event_key = ? and u.username = ?""",
                rs -> rs.next() ? rs.getString(1) : null, event, username);
    }

    String endOf(long proposalId) {
        return jdbc.queryForObject("select h.end_act_id_ from act_hi_procinst h join proposal p on p.process_instance_id = h.id_"
                + " where p.id = ?", String.class, proposalId);
    }

    @Test
    void fromSubmissionToFinalResultWithAPlanSentBackOnce() {
        long callId = call(new BigDecimal("550000"));
        long high = decided(callId, "高分项目：隧道机电设施研究", 27, 27, 36, "280000");   // 90
        long tieA = decided(callId, "并列项目甲：沥青热再生", 24, 24, 32, "250000");      // 80
        long tieB = decided(callId, "并列项目乙：桥梁加固", 24, 24, 32, "250000");        // 80
        accounts.as("t_applicant");
        assertThatThrownBy(() -> plans.openRound(callId, false)).isInstanceOf(NotAllowedException.class);

        accounts.as("t_officer");
        long planId = plans.openRound(callId, false);
        PlanView plan = plans.plan(planId);
        assertThat(plan.rows()).extracting(PlanView.Row::proposalId).first().isEqualTo(high);
        // equal scores, equal requested: the earlier number first
        assertThat(plan.rows().get(1).number()).isLessThan(plan.rows().get(2).number());
        // first line: recommended amounts in rank order while the envelope lasts (280000 + 250000 <= 550000)
        assertThat(plan.rows()).extracting(PlanView.Row::funded).containsExactly(
                new BigDecimal("280000.00"), new BigDecimal("250000.00"), null);
        assertThat(plan.fundedTotal()).isEqualByComparingTo("530000");

        String prepare = task("CALL-" + callId, "prepareFundingPlan");
        Map<Long, BigDecimal> over = new HashMap<>();
        over.put(high, new BigDecimal("280000"));
        over.put(tieA, new BigDecimal("250000"));
        over.put(tieB, new BigDecimal("100000"));
        assertThatThrownBy(() -> plans.update(prepare, plan.version(), over)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("plan.overEnvelope"));
        Map<Long, BigDecimal> fits = new HashMap<>(over);
        fits.put(tieA, new BigDecimal("170000"));
        long version = plans.update(prepare, plan.version(), fits);
        // the trail keeps the changed amounts only: the top project's 280000 stayed and is not listed
        assertThat(audit.forObject("call", callId)).filteredOn(e -> "FUNDING_PLAN_EDITED".equals(e.getAction()))
                .singleElement().satisfies(e -> assertThat(e.getChanges()).containsExactlyInAnyOrder(
                        new AuditChanges.Change("funded.proposal" + tieA, "250000", "170000"),
                        new AuditChanges.Change("funded.proposal" + tieB, "", "100000"),
                        new AuditChanges.Change("fundedTotal", "530000", "550000")));
        assertThatThrownBy(() -> plans.update(prepare, plan.version(), fits))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        plans.submit(prepare, version);
        assertThatThrownBy(() -> plans.submit(prepare, version)).isInstanceOf(RuntimeException.class);

        accounts.as("t_officer");
        assertThatThrownBy(() -> plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, null))
                .isInstanceOf(RuntimeException.class);
        accounts.as("t_leader");
        String approval = task("CALL-" + callId, "approveFundingPlan");
        assertThatThrownBy(() -> plans.approve(approval, false, "")).isInstanceOf(InvalidInputException.class);
        plans.approve(approval, false, "请优先保障排名第一的项目足额资助。");

        accounts.as("t_officer");
        String again = task("CALL-" + callId, "prepareFundingPlan");
        assertThat(plans.planOfTask(again).leaderComment()).contains("足额");
        plans.submit(again, plans.planOfTask(again).version());
        accounts.as("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, "同意。");
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.PUBLICITY);
        assertThat(jdbc.queryForObject("select count(*) from proposal_result where proposal_id in (?, ?, ?)",
                Integer.class, high, tieA, tieB)).as("no result before publicity ends").isZero();

        int items = jdbc.queryForObject("select count(*) from funding_plan_item where plan_id = ?", Integer.class, planId);
        // the test profile tells the proposals two at a time: the process loops until all are told
        assertThat(endPublicity(planId)).isEqualTo((items + 1) / 2).isGreaterThan(1);
        assertThat(jdbc.queryForObject("select count(*) from proposal_result r join funding_plan_item i "
                + "on i.proposal_id = r.proposal_id where i.plan_id = ? and r.announced_at is not null", Integer.class, planId))
                .isEqualTo(items);
        accounts.as("t_officer");
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.FINAL);
        accounts.as("t_applicant");
        assertThat(proposals.details(high).status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(proposals.details(tieB).status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(endOf(high)).isEqualTo("approved");
        assertThat(jdbc.queryForObject("select funded_amount from proposal_result where proposal_id = ?",
                BigDecimal.class, tieA)).isEqualByComparingTo("170000");
        accounts.as("t_officer");
        FundingPlanService.CallNumbers numbers = plans.numbers(callId);
        assertThat(numbers.approved()).isEqualTo(3);
        assertThat(numbers.funded()).isEqualByComparingTo("550000");
    }

    @Test
    void anUpheldObjectionSendsThePlanBackAndTheProposalIsNotApproved() {
        long callId = call(new BigDecimal("2000000"));
        long objected = decided(callId, "被异议项目：热交换零部件", 25, 25, 34, "250000");
        long other = decided(callId, "其他项目：道路监测", 26, 26, 35, "250000");
        accounts.as("t_officer");
        long planId = plans.openRound(callId, false);
        String prepare = task("CALL-" + callId, "prepareFundingPlan");
        plans.submit(prepare, plans.plan(planId).version());
        assertThat(notified("plan:" + planId + ":submitted:1", "t_leader")).isEqualTo("notification.planAwaitsApproval");
        accounts.as("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, null);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification_outbox o join notification n on n.id = o.notification_id
                join app_user u on u.id = o.user_id
                where o.event_key like ? and u.username = 't_applicant' and n.message_key = 'notification.publicityStarted'""",
                Integer.class, "plan:" + planId + ":publicity:%")).as("one message for both proposals").isEqualTo(1);

        accounts.as("t_applicant2");
        long objectionId = objections.file(planId, objected, "该项目与申报单位已结题项目内容重复。", null);
        assertThat(notified("objection:" + objectionId + ":filed", "t_officer2")).isEqualTo("notification.objectionFiled");
        accounts.as("t_officer");
        String handle = inbox.page(0, 1000).stream().filter(t -> t.stepKey().equals("handleObjection")
                && ("OBJECTION-" + objectionId).equals(t.businessKey())).map(TaskSummary::id).findFirst().orElseThrow();
        assertThatThrownBy(() -> objections.decide(handle, true, "")).isInstanceOf(InvalidInputException.class);
        objections.decide(handle, true, "经核实，异议成立。");
        assertThat(notified("objection:" + objectionId + ":answered", "t_applicant2")).isEqualTo("notification.objectionUpheld");
        assertThat(notified("plan:" + planId + ":objectionUpheld:" + objectionId, "t_leader"))
                .isEqualTo("notification.planAwaitsApproval");
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.SUBMITTED);
        accounts.as("t_applicant2");
        assertThat(objections.mine()).anyMatch(o -> o.reply().equals("经核实，异议成立。"));

        accounts.as("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, "同意调整后的方案。");
        endPublicity(planId);
        accounts.as("t_applicant");
        assertThat(proposals.details(objected).status()).isEqualTo(ProposalStatus.NOT_APPROVED);
        assertThat(proposals.details(other).status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(endOf(objected)).isEqualTo("notApproved");
    }

    @Test
    void anObjectionIsFiledOnlyAgainstAProposalListedWithAnAmount() {
        long callId = call(new BigDecimal("500000"));
        // 280000 is funded; the 220000 left cannot fund the second's 280000: it stays below the line
        long funded = decided(callId, "线上项目：港口装卸调度", 27, 27, 36, "280000");
        long below = decided(callId, "线下项目：堆场监测", 22, 22, 30, "280000");
        long planId = inPublicity(callId);

        accounts.as("t_applicant2");
        for (long notListed : List.of(below, Long.MAX_VALUE)) {
            assertThatThrownBy(() -> objections.file(planId, notListed, "该项目不应列入。", null)).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("objection.notListed"));
        }
        assertThat(jdbc.queryForObject("select count(*) from objection where plan_id = ?", Integer.class, planId)).isZero();
        assertThat(objections.file(planId, funded, "该项目与往年项目重复。", null)).isPositive();
    }

    @Test
    void aDismissedObjectionStillOpenAtTheEndOfPublicityHoldsTheResultUntilAnswered() {
        long callId = call(new BigDecimal("2000000"));
        long listed = decided(callId, "公示项目：机电设备监控", 25, 25, 34, "250000");
        long planId = inPublicity(callId);
        accounts.as("t_expert");
        long objectionId = objections.file(planId, listed, "对预算合理性有疑问。", null);
        endPublicity(planId);
        accounts.as("t_officer");
        assertThat(plans.plan(planId).status()).as("waits for the open objection").isEqualTo(PlanStatus.PUBLICITY);
        accounts.as("t_applicant2");
        assertThatThrownBy(() -> objections.file(planId, listed, "再提一条", null)).isInstanceOf(InvalidInputException.class);
        accounts.as("t_officer");
        String handle = inbox.page(0, 1000).stream().filter(t -> ("OBJECTION-" + objectionId).equals(t.businessKey()))
                .map(TaskSummary::id).findFirst().orElseThrow();
        objections.decide(handle, false, "预算经专家审核，符合规定。");
        assertThat(notified("objection:" + objectionId + ":answered", "t_expert")).isEqualTo("notification.objectionDismissed");
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.FINAL);
        // the results are recorded; the proposals are told by the process's next, asynchronous step
        assertThat(notified("proposal:" + listed + ":result", "t_applicant")).isNull();
        tellProposals(planId);
        assertThat(notified("proposal:" + listed + ":result", "t_applicant")).isEqualTo("notification.resultFinal");
        accounts.as("t_applicant");
        assertThat(proposals.details(listed).status()).isEqualTo(ProposalStatus.APPROVED);
    }

    @Test
    void theDatabaseRefusesAPlanOverItsEnvelopeAndASecondResult() {
        long callId = call(new BigDecimal("1000000"));
        long p = decided(callId, "约束测试项目", 25, 25, 34, "250000");
        accounts.as("t_officer");
        long planId = plans.openRound(callId, false);
        String prepare = task("CALL-" + callId, "prepareFundingPlan");
        long version = plans.plan(planId).version();
        // only officers edit plans, only leaders approve; applicants and experts see nothing of the decision
        for (String user : List.of("t_applicant", "t_expert")) {
            accounts.as(user);
            assertThatThrownBy(() -> plans.plan(planId)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> plans.numbers(callId)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> plans.update(prepare, version, Map.of())).isInstanceOf(NotAllowedException.class);
        }
        accounts.as("t_leader");
        assertThatThrownBy(() -> plans.update(prepare, version, Map.of(p, new BigDecimal("1"))))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> plans.submit(prepare, version)).isInstanceOf(NotAllowedException.class);
        accounts.as("t_officer");
        assertThatThrownBy(() -> jdbc.update("update funding_plan set funded_total = envelope + 1 where id = ?", planId))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update funding_plan set publicity_starts_at = now() where id = ?", planId))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into proposal_result (proposal_id, approved, funded_amount, finalized_at) values (?, false, null, now())", p);
        assertThatThrownBy(() -> jdbc.update(
                "insert into proposal_result (proposal_id, approved, funded_amount, finalized_at) values (?, true, 1, now())", p))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
