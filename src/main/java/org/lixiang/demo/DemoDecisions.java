package org.lixiang.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lixiang.base.ResearchField;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.decision.ObjectionService;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.review.Recommendation;
import org.lixiang.workflow.CallDecisionProcess;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo calls at the decision stage: one whose funding plan waits for the leader's approval, one in
 * publicity with an objection waiting for the officer, one finished with its results — all
 * through the real services.
 */
@Component
class DemoDecisions {

    private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

    private final DemoProposals proposals;
    private final DemoReviews reviews;
    private final DemoUsers demoUsers;
    private final FundingPlanService plans;
    private final ObjectionService objections;
    private final TaskInbox inbox;
    private final CallDecisionProcess decisionProcess;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoDecisions(DemoProposals proposals, DemoReviews reviews, DemoUsers demoUsers, FundingPlanService plans,
                  ObjectionService objections, TaskInbox inbox, CallDecisionProcess decisionProcess,
                  JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.decisionProcess = decisionProcess;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.proposals = proposals;
        this.reviews = reviews;
        this.demoUsers = demoUsers;
        this.plans = plans;
        this.objections = objections;
        this.inbox = inbox;
    }

    /** A call whose funding plan the officer has submitted: it waits in the leader's tasks. */
    void planUnderApproval(long callId) {
        decided(callId, "applicant", "智能网联汽车车路协同通信关键技术研究", "张伟", "市交通工程研究院", new int[] {26, 25, 35});
        decided(callId, "applicant2", "工业物联网边缘计算网关研制", "刘洋", "华东精密热交换科技有限公司", new int[] {24, 24, 32});
        demoUsers.as("officer", () -> {
            long planId = plans.openRound(callId, false);
            String task = task("CALL-" + callId, "prepareFundingPlan");
            plans.submit(task, plans.plan(planId).version());
            return null;
        });
    }

    /** A call whose approved plan is in publicity, with an objection the officer has still to answer. */
    void inPublicityWithObjection(long callId) {
        long first = decided(callId, "applicant3", "畜禽养殖废弃物资源化利用技术集成与示范", "赵丽", "东海农业大学",
                new int[] {27, 26, 36});
        decided(callId, "applicant2", "工业余热回收高效换热器研制", "刘洋", "华东精密热交换科技有限公司", new int[] {25, 24, 33});
        long planId = demoUsers.as("officer", () -> {
            long id = plans.openRound(callId, false);
            plans.submit(task("CALL-" + callId, "prepareFundingPlan"), plans.plan(id).version());
            return id;
        });
        demoUsers.as("leader", () -> {
            plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, "同意安排方案，按程序公示。");
            return null;
        });
        demoUsers.as("applicant4", () -> withEvidence(evidence -> objections.file(planId, first,
                "该项目的示范基地与申报单位往年已立项项目重叠，建议核实是否重复申报。", evidence)));
    }

    /**
     * A finished call: two proposals approved with their amounts, one below the funding line.
     * Everything runs through the real services up to publicity; then, because a demo cannot wait
     * for the publicity period to pass, the period is moved into the past (as if the call had been
     * decided last month) and its timer made due, so the portal's job executor finalizes the
     * results exactly as it would at the real end of the period — shortly after start-up.
     */
    void finished(long callId) {
        long first = decided(callId, "applicant", "城市生活垃圾智能分拣与资源化成套装备研发", "张伟", "市交通工程研究院",
                new int[] {28, 27, 37});
        long second = decided(callId, "applicant3", "农田退水生态拦截与氮磷回用技术示范", "赵丽", "东海农业大学",
                new int[] {26, 25, 34});
        decided(callId, "applicant2", "工业窑炉烟气余热梯级利用装置研制", "刘洋", "华东精密热交换科技有限公司",
                new int[] {20, 19, 27});
        long planId = demoUsers.as("officer", () -> {
            long id = plans.openRound(callId, false);
            String task = task("CALL-" + callId, "prepareFundingPlan");
            // the funding line falls above the third: its score is clearly the lowest
            long version = plans.update(task, plans.plan(id).version(), java.util.Map.of(
                    first, new java.math.BigDecimal("300000.00"), second, new java.math.BigDecimal("260000.00")));
            plans.submit(task, version);
            return id;
        });
        demoUsers.as("leader", () -> {
            plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, "同意安排方案，按程序公示。");
            return null;
        });
        Instant ended = clock.instant().minus(Duration.ofDays(3));
        tx.executeWithoutResult(status -> {
            String process = jdbc.queryForObject(
                    "select process_instance_id from funding_plan where id = ? and status = 'PUBLICITY'", String.class, planId);
            jdbc.update("update funding_plan set approved_at = ?, publicity_starts_at = ?, publicity_ends_at = ? where id = ?",
                    Timestamp.from(ended.minus(Duration.ofDays(8))), Timestamp.from(ended.minus(Duration.ofDays(7))),
                    Timestamp.from(ended), planId);
            decisionProcess.makePublicityEndDue(process);
        });
        log.info("demo call {} decided; its results become final once the job executor runs the publicity timer",
                callId);
    }

    /** Runs the work with a small PDF as the evidence file, removed afterwards. */
    private <T> T withEvidence(java.util.function.Function<ObjectionService.Evidence, T> work) {
        try {
            Path file = Files.createTempFile("lixiang-demo-evidence", ".pdf");
            try {
                Files.write(file, DemoPdf.withText("Evidence", "Project 2023-S-0117, final report, page 3"));
                return work.apply(new ObjectionService.Evidence("往年立项项目结题报告摘录.pdf", file));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long decided(long callId, String applicant, String title, String lead, String organization, int[] points) {
        long id = proposals.submitted(applicant, callId, proposals.content(title, ResearchField.ENVIRONMENT, lead,
                organization, 300000, 300000));
        proposals.decide(id, FormalDecision.PASS, null);
        String number = proposals.number(id);
        List<Long> experts = reviews.confirm(number);
        for (Long expert : experts) {
            reviews.review(expert, number, points, true, Recommendation.SUPPORT,
                    "技术路线清晰，示范方案可行，建议细化经费测算依据。");
        }
        proposals.opinion(id, "同意专家组评审意见，建议纳入安排方案。");
        return id;
    }

    private String task(String businessKey, String step) {
        return inbox.page(0, 500).stream().filter(t -> businessKey.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElseThrow();
    }

}
