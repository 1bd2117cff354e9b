package org.lixiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.audit.AuditEntry;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.decision.ReviewedProposalFixtures;
import org.lixiang.export.ExportFile;
import org.lixiang.export.ExportFiles;
import org.lixiang.export.ExportProgress;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review exports opened as their readers would: the progress workbook per proposal and per
 * expert (statuses, due dates, overdue), the review summary PDF with Chinese text, the experts'
 * names and both comments; bureau only, audited.
 */
@IntegrationTest
@Import({ProposalFixtures.class, ReviewFixtures.class, ReviewedProposalFixtures.class})
class ReviewExportsTest {

    @Autowired ReviewedProposalFixtures fixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired AssignmentService assignments;
    @Autowired ReviewService reviews;
    @Autowired ReviewExports exports;
    @Autowired AuditLog audit;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        accounts.logout();
        clock.reset();
    }

    @Test
    void theProgressWorkbookShowsEachExpertsStateDueDateAndWhatIsOverdue() throws Exception {
        long reviewed = fixtures.reviewed("利用酶工程法制备低分子硫酸皮肤素");
        long callId = jdbc.queryForObject("select call_id from proposal where id = ?", Long.class, reviewed);
        // a second proposal of the call: experts invited, one declines, nobody scores
        reviewFixtures.experts(6, ResearchField.EQUIPMENT);
        accounts.as("t_applicant");
        long waiting = proposals.createDraft(callId);
        proposals.saveDraft(waiting, proposals.details(waiting).version(), ProposalFixtures.complete("=1+2 公式注入测试"));
        ProposalDetails d = proposals.details(waiting);
        String number = submission.submit(waiting, d.version(), d.content());
        String formalTask = fixtures.task("t_officer", number, "formalReview");
        formal.start(formalTask);
        formal.decide(formalTask, FormalDecision.PASS, null, null);
        assignments.confirm(fixtures.task("t_officer", number, "confirmExperts"));
        long decliner = fixtures.experts(waiting).get(0);
        accounts.asUserId(decliner);
        reviews.decline(fixtures.task(null, number, "review"), "出差在外，无法按时完成评审。", false);
        clock.advance(Duration.ofDays(40));

        accounts.as("t_officer");
        ExportFile file = exports.progress(callId, Locale.SIMPLIFIED_CHINESE).write(ExportProgress.NONE);
        try (Workbook book = ExportFiles.workbook(file)) {
            ExportFiles.assertNoFormula(book);
            Sheet perProposal = book.getSheet("申报项目");
            List<List<String>> rows = ExportFiles.rows(perProposal);
            assertThat(rows.get(0).get(0)).contains("专家评审进度");
            Row done = ExportFiles.rowWith(perProposal, fixtures.number(reviewed));
            assertThat(rows.get(done.getRowNum())).startsWith(fixtures.number(reviewed), "利用酶工程法制备低分子硫酸皮肤素",
                    "专家评审完成", "5", "0", "0", "0");
            List<String> open = rows.get(ExportFiles.rowWith(perProposal, number).getRowNum());
            assertThat(open.get(1)).isEqualTo("=1+2 公式注入测试");
            assertThat(open.subList(3, 7)).as("in, open, overdue, declined").containsExactly("0", "5", "5", "1");

            Sheet perExpert = book.getSheet("评审专家");
            List<List<String>> experts = ExportFiles.rows(perExpert);
            assertThat(experts.get(0)).containsExactly("项目编号", "项目名称", "评审专家", "状态", "轮次", "邀请时间",
                    "截止时间", "答复时间", "提交时间", "是否逾期", "谢绝理由");
            String declinerName = jdbc.queryForObject("select display_name from app_user where id = ?", String.class, decliner);
            assertThat(experts).filteredOn(r -> r.size() > 2 && r.get(0).equals(number) && r.get(2).equals(declinerName))
                    .singleElement().satisfies(r -> {
                        assertThat(r.get(3)).isEqualTo("已拒绝");
                        assertThat(r.get(9)).isEqualTo("否");
                        assertThat(r.get(10)).isEqualTo("出差在外，无法按时完成评审。");
                    });
            assertThat(experts).filteredOn(r -> r.size() > 3 && r.get(0).equals(number) && r.get(3).equals("已邀请"))
                    .hasSize(5).allSatisfy(r -> {
                        assertThat(r.get(6)).as("due date").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
                        assertThat(r.get(9)).isEqualTo("是");
                    });
            assertThat(experts).filteredOn(r -> r.size() > 3 && r.get(0).equals(fixtures.number(reviewed)))
                    .hasSize(5).allSatisfy(r -> {
                        assertThat(r.get(3)).isEqualTo("已提交");
                        assertThat(r.get(8)).isNotEmpty();
                        assertThat(r.get(9)).isEqualTo("否");
                    });
        }
        assertThat(audit.forObject("call", callId)).extracting(AuditEntry::getAction).contains("EXPORT_REVIEW_PROGRESS");
        for (String user : List.of("t_applicant", "t_expert")) {
            accounts.as(user);
            assertThatThrownBy(() -> exports.progress(callId, Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void theReviewSummaryNamesTheExpertsForTheBureauOnly() throws Exception {
        long id = fixtures.reviewed("根茎类蔬菜标准化生产及加工关键技术集成与示范");
        List<Long> experts = fixtures.experts(id);
        for (String user : List.of("t_applicant", "t_expert")) {
            accounts.as(user);
            assertThatThrownBy(() -> exports.summary(id, Locale.SIMPLIFIED_CHINESE)).isInstanceOf(NotAllowedException.class);
        }
        accounts.asUserId(experts.get(0));
        assertThatThrownBy(() -> exports.summary(id, Locale.SIMPLIFIED_CHINESE)).isInstanceOf(NotAllowedException.class);

        accounts.as("t_leader");
        ExportFile file = exports.summary(id, Locale.SIMPLIFIED_CHINESE).write(ExportProgress.NONE);
        assertThat(file.fileName()).isEqualTo("评审汇总_" + fixtures.number(id) + ".pdf");
        String text = ExportFiles.pdfText(file);
        String flat = text.replaceAll("\\s+", "");
        String score = jdbc.queryForObject("select score from review_aggregate where proposal_id = ? order by round desc"
                + " fetch first 1 rows only", java.math.BigDecimal.class, id).toPlainString();
        assertThat(text).contains("专家评审汇总", fixtures.number(id), "测试申报单位甲", score, "大力支持 0，支持 5，不支持 0",
                "300,000.50", "250,000.00");
        assertThat(flat).contains("根茎类蔬菜标准化生产及加工关键技术集成与示范");
        for (int i = 0; i < experts.size(); i++) {
            String name = jdbc.queryForObject("select display_name from app_user where id = ?", String.class, experts.get(i));
            assertThat(text).contains(name);
        }
        assertThat(flat).contains(ReviewedProposalFixtures.COMMENT_TO_APPLICANT.formatted(1),
                ReviewedProposalFixtures.COMMENT_TO_BUREAU.formatted(5));
        assertThat(audit.forObject("proposal", id)).filteredOn(e -> e.getAction().equals("EXPORT_REVIEW_SUMMARY"))
                .singleElement().satisfies(e -> assertThat(e.getActorName()).isEqualTo("t_leader"));

        accounts.as("t_officer");
        String english = ExportFiles.pdfText(exports.summary(id, Locale.ENGLISH).write(ExportProgress.NONE));
        assertThat(english).contains("Expert review summary", "strongly support 0, support 5, do not support 0");
    }
}
