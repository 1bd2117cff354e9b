package org.lixiang.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.NotAllowedException;
import org.lixiang.proposal.DecidedProposal;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What the applicant sees of the final result: nothing before it is final, then anonymized comments only. */
@IntegrationTest
@Import({ProposalFixtures.class, ReviewFixtures.class, ReviewedProposalFixtures.class})
class ResultServiceTest {

    @Autowired ReviewedProposalFixtures fixtures;
    @Autowired DepartmentOpinionService opinions;
    @Autowired ResultService results;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void logout() {
        accounts.logout();
    }

    /** What the other developer's finalize step writes when the call's decision is final. */
    void finalResult(long proposalId, boolean approved, String amount) {
        // recorded and told, as the decision's last steps leave it
        jdbc.update("""
                insert into proposal_result (proposal_id, approved, funded_amount, finalized_at, announced_at)
                values (?, ?, ?, ?, ?)""", proposalId, approved, amount == null ? null : new BigDecimal(amount),
                Timestamp.from(clock.instant()), Timestamp.from(clock.instant()));
    }

    @Test
    void theApplicantSeesNothingBeforeTheResultThenTheResultScoreAndAnonymizedComments() {
        long id = fixtures.reviewed("农村生活污水一体化处理设备研制");
        opinions.give(fixtures.opinionTask(id), true, "同意专家组评审意见。");
        List<Long> experts = fixtures.experts(id);

        accounts.as("t_applicant");
        assertThat(results.resultOf(id)).isEmpty();

        finalResult(id, true, "300000.00");
        ApplicantResult r = results.resultOf(id).orElseThrow();
        assertThat(r.approved()).isTrue();
        assertThat(r.fundedAmount()).isEqualByComparingTo("300000");
        assertThat(r.number()).isEqualTo(fixtures.number(id));
        assertThat(r.score()).isEqualByComparingTo(jdbc.queryForObject(
                "select score from review_aggregate where proposal_id = ? order by round desc limit 1", BigDecimal.class, id));
        assertThat(r.comments()).extracting(ApplicantResult.ExpertComment::ordinal).containsExactly(1, 2, 3, 4, 5);
        assertThat(r.comments()).extracting(ApplicantResult.ExpertComment::comment).containsExactly(
                jdbc.queryForList("select comment_to_applicant from review where proposal_id = ? order by submitted_at, id",
                        String.class, id).toArray(String[]::new));
        assertThat(r.comments()).allMatch(c -> c.comment().startsWith("给申报人的意见"));
        // nothing that identifies an expert, nothing meant for the bureau
        String everything = r.toString();
        assertThat(everything).doesNotContain("仅供管理部门参考").doesNotContain("评审专家");
        for (long expert : experts) {
            String name = jdbc.queryForObject("select display_name from app_user where id = ?", String.class, expert);
            assertThat(everything).doesNotContain(name);
        }

        accounts.as("t_officer");
        assertThat(results.resultOf(id)).isPresent();
    }

    @Test
    void anotherApplicantAndTheExpertsAreRefused() {
        long id = fixtures.reviewed("废旧锂电池正极材料回收再生技术研究");
        finalResult(id, false, null);
        accounts.as("t_applicant");
        assertThat(results.resultOf(id)).hasValueSatisfying(r -> {
            assertThat(r.approved()).isFalse();
            assertThat(r.fundedAmount()).isNull();
        });
        for (String other : List.of("t_applicant2", "t_expert")) {
            accounts.as(other);
            assertThatThrownBy(() -> results.resultOf(id)).as(other).isInstanceOf(NotAllowedException.class);
        }
        accounts.asUserId(fixtures.experts(id).get(0));
        assertThatThrownBy(() -> results.resultOf(id)).isInstanceOf(NotAllowedException.class);
    }

    DecidedProposal decided(long id) {
        return new DecidedProposal(id, fixtures.number(id), jdbc.queryForObject(
                "select applicant_id from proposal where id = ?", Long.class, id), null);
    }

    @Test
    void theFinalizeStepAnnouncesTheResultToTheApplicant() {
        long id = fixtures.reviewed("智慧工地塔吊安全监测预警系统研究");
        long applicant = accounts.as("t_applicant").userId();
        accounts.logout();
        // nothing to announce before the result is written
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> results.announce(decided(id))))
                .isInstanceOf(IllegalStateException.class);
        finalResult(id, true, "200000.00");

        accounts.as("t_applicant");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> results.announce(decided(id))))
                .isInstanceOf(NotAllowedException.class);
        accounts.logout();
        tx.executeWithoutResult(s -> results.announce(decided(id)));
        assertThat(jdbc.queryForObject("""
                select count(*) from notification where user_id = ? and message_key = 'notification.resultFinal'
                and link = ? and args = ?""", Integer.class, applicant, "proposals/" + id + "/result",
                fixtures.number(id))).isEqualTo(1);
        accounts.as("t_leader");
        tx.executeWithoutResult(s -> results.announce(decided(id)));
    }
}
