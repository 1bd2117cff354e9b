package org.lixiang.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserDraft;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.workflow.ApprovalProcess;
import org.lixiang.workflow.TaskGoneException;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The department opinion (处室意见) driven through the services and the BPMN on PostgreSQL. */
@IntegrationTest
@Import({ProposalFixtures.class, ReviewFixtures.class, ReviewedProposalFixtures.class})
class DepartmentOpinionServiceTest {

    static final String AGREE = "同意专家组评审意见，建议纳入本年度安排方案。";

    @Autowired ReviewedProposalFixtures fixtures;
    @Autowired DepartmentOpinionService opinions;
    @Autowired ProposalService proposals;
    @Autowired ApprovalProcess process;
    @Autowired TaskInbox inbox;
    @Autowired AuditLog audit;
    @Autowired UserAdminService users;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void logout() {
        accounts.logout();
    }

    int opinionRows(long proposalId) {
        return jdbc.queryForObject("select count(*) from department_opinion where proposal_id = ?", Integer.class,
                proposalId);
    }

    ProposalStatus status(long proposalId) {
        return ProposalStatus.valueOf(jdbc.queryForObject("select status from proposal where id = ?", String.class,
                proposalId));
    }

    String endActivity(String processInstance) {
        return jdbc.queryForObject("select end_act_id_ from act_hi_procinst where proc_inst_id_ = ?", String.class,
                processInstance);
    }

    boolean waitingAt(String processInstance, String activity) {
        return jdbc.queryForObject("select count(*) from act_ru_execution where proc_inst_id_ = ? and act_id_ = ?",
                Integer.class, processInstance, activity) > 0;
    }

    @Test
    void theLeaderGivesTheOpinionThenTheResultEndsTheProcessAsApproved() {
        long id = fixtures.reviewed("基于机器视觉的工业零部件表面缺陷检测系统研究");
        String number = fixtures.number(id);
        String pi = fixtures.processInstance(id);
        assertThat(status(id)).isEqualTo(ProposalStatus.REVIEWED);

        // offered to leaders only
        for (String other : List.of("t_officer", "t_admin", "t_applicant")) {
            accounts.as(other);
            assertThat(inbox.page(0, 1000)).as(other).noneMatch(t -> number.equals(t.businessKey())
                    && DepartmentOpinionService.STEP.equals(t.stepKey()));
        }
        long expert = fixtures.experts(id).get(0);
        accounts.asUserId(expert);
        assertThat(inbox.page(0, 1000)).noneMatch(t -> number.equals(t.businessKey()));

        String task = fixtures.opinionTask(id);
        TaskSummary summary = inbox.open(task);
        assertThat(summary.route()).isEqualTo("decision/opinion/" + task);
        OpinionCase c = opinions.open(task);
        assertThat(c.proposalId()).isEqualTo(id);
        assertThat(c.number()).isEqualTo(number);
        assertThat(c.outcome().aggregate().reviews()).isEqualTo(5);
        // trimmed mean of 80, 75, 84, 80, 78 without 84 and 75
        assertThat(c.outcome().aggregate().score()).isEqualByComparingTo("79.33");
        // the bureau sees each expert's real name (other tests may add experts to the shared pool)
        assertThat(c.outcome().reviews()).hasSize(5).allSatisfy(r -> assertThat(r.expertName()).isEqualTo(
                jdbc.queryForObject("select display_name from app_user where id = ?", String.class, r.expertId())));

        opinions.give(task, true, "  " + AGREE + "  ");
        assertThat(status(id)).isEqualTo(ProposalStatus.OPINION_GIVEN);
        assertThat(opinions.opinionOf(id)).hasValueSatisfying(o -> {
            assertThat(o.agrees()).isTrue();
            assertThat(o.comment()).isEqualTo(AGREE);
            assertThat(o.leaderName()).isEqualTo("测试t_leader");
        });
        assertThat(audit.forObject("proposal", id)).anyMatch(e -> "DEPARTMENT_OPINION".equals(e.getAction())
                && "t_leader".equals(e.getActorName()));
        assertThat(waitingAt(pi, "awaitResult")).isTrue();
        assertThat(inbox.page(0, 1000)).noneMatch(t -> number.equals(t.businessKey()));

        accounts.as("t_officer");
        assertThat(opinions.opinionOf(id)).isPresent();
        accounts.as("t_applicant");
        assertThatThrownBy(() -> opinions.opinionOf(id)).isInstanceOf(NotAllowedException.class);

        accounts.logout();
        tx.executeWithoutResult(s -> process.deliverResult(pi, true));
        assertThat(endActivity(pi)).isEqualTo("approved");
    }

    @Test
    void aMissingOrOverlongCommentIsRefusedAndNothingIsStored() {
        long id = fixtures.reviewed("高铁轨道扣件智能检测装置研制");
        String pi = fixtures.processInstance(id);
        String task = fixtures.opinionTask(id);
        for (String bad : new String[] {null, "   "}) {
            assertThatThrownBy(() -> opinions.give(task, false, bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.concerns("comment")).isTrue();
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.required");
                    });
        }
        assertThatThrownBy(() -> opinions.give(task, false, "长".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.tooLong"));
        assertThat(opinionRows(id)).isZero();
        assertThat(status(id)).isEqualTo(ProposalStatus.REVIEWED);
        assertThat(inbox.open(task).stepKey()).isEqualTo(DepartmentOpinionService.STEP);

        opinions.give(task, false, "经费测算依据不足，建议下一年度完善后再申报。");
        assertThat(opinions.opinionOf(id)).hasValueSatisfying(o -> assertThat(o.agrees()).isFalse());
        accounts.logout();
        tx.executeWithoutResult(s -> process.deliverResult(pi, false));
        assertThat(endActivity(pi)).isEqualTo("notApproved");
    }

    @Test
    void onlyLeadersOpenOrGiveTheOpinion() {
        long id = fixtures.reviewed("智能网联汽车路侧感知单元关键技术研究");
        String task = fixtures.opinionTask(id);
        long expert = fixtures.experts(id).get(0);
        for (String other : List.of("t_officer", "t_admin", "t_applicant", "t_expert")) {
            accounts.as(other);
            assertThatThrownBy(() -> opinions.open(task)).as(other).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> opinions.give(task, true, AGREE)).as(other).isInstanceOf(NotAllowedException.class);
        }
        accounts.asUserId(expert);
        assertThatThrownBy(() -> opinions.give(task, true, AGREE)).isInstanceOf(NotAllowedException.class);
        assertThat(opinionRows(id)).isZero();
        assertThat(status(id)).isEqualTo(ProposalStatus.REVIEWED);
    }

    @Test
    void aSecondLeaderFindsTheTaskGone() {
        long id = fixtures.reviewed("城市地下管网渗漏声学定位技术研究");
        String task = fixtures.opinionTask(id);
        String second = secondLeader();
        accounts.as(second);
        assertThat(opinions.open(task).proposalId()).isEqualTo(id);

        accounts.as("t_leader");
        opinions.give(task, true, AGREE);
        accounts.as(second);
        assertThatThrownBy(() -> opinions.give(task, false, "不同意。")).isInstanceOf(TaskGoneException.class);
        assertThat(opinionRows(id)).isEqualTo(1);
        assertThat(opinions.opinionOf(id)).hasValueSatisfying(o -> assertThat(o.agrees()).isTrue());
    }

    @Test
    void twoLeadersAtOnceLeaveExactlyOneOpinion() throws Exception {
        long id = fixtures.reviewed("装配式建筑构件智能吊装定位系统研究");
        String task = fixtures.opinionTask(id);
        String second = secondLeader();
        accounts.logout();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        try {
            for (String leader : List.of("t_leader", second)) {
                runs.add(pool.submit(() -> {
                    accounts.as(leader);
                    start.await();
                    opinions.give(task, true, AGREE);
                    return null;
                }));
            }
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).hasSize(1);
            Throwable failure = failures.get(0);
            if (failure instanceof InvalidInputException refused) {
                assertThat(refused.problems().get(0).messageKey()).isEqualTo("opinion.alreadyGiven");
            } else {
                assertThat(failure).isInstanceOf(TaskGoneException.class);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(opinionRows(id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo(ProposalStatus.OPINION_GIVEN);
        assertThat(waitingAt(fixtures.processInstance(id), "awaitResult")).isTrue();
    }

    private String secondLeader() {
        String username = "t_leader_" + System.nanoTime();
        accounts.as("t_admin");
        users.create(new UserDraft(username, TestAccounts.PASSWORD, "第二位处领导", username + "@example.org", null,
                TestAccounts.BUREAU, Set.of(Role.LEADER), true));
        accounts.logout();
        return username;
    }
}
