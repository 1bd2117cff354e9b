package org.lixiang.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.lixiang.base.ResearchField;
import org.lixiang.decision.DepartmentOpinionService;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.BudgetCategory;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.review.Recommendation;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.stereotype.Component;

/**
 * Demo proposals in every state of the formal review, the expert review and the department
 * opinion, each written, submitted and decided by
 * the demo user who would do it in real life, through the same services as the screens.
 */
@Component
class DemoProposals {

    private final ProposalService proposals;
    private final DemoReviews demoReviews;
    private final DepartmentOpinionService opinions;
    private final AttachmentService attachments;
    private final ProposalSubmission submission;
    private final FormalReviewService formal;
    private final TaskInbox inbox;
    private final DemoUsers demoUsers;
    private final Clock clock;

    DemoProposals(ProposalService proposals, AttachmentService attachments, ProposalSubmission submission,
                  FormalReviewService formal, TaskInbox inbox, DemoUsers demoUsers, Clock clock,
                  DemoReviews demoReviews, DepartmentOpinionService opinions) {
        this.demoReviews = demoReviews;
        this.opinions = opinions;
        this.attachments = attachments;
        this.proposals = proposals;
        this.submission = submission;
        this.formal = formal;
        this.inbox = inbox;
        this.demoUsers = demoUsers;
        this.clock = clock;
    }

    void load(long callId) {
        long passed = submitted("applicant", callId, content("地方道路隧道机电设施的现状与研究", ResearchField.EQUIPMENT,
                "张伟", "市交通工程研究院", 380000, 200000));
        decide(passed, FormalDecision.PASS, null);

        long draft = demoUsers.as("applicant", () -> proposals.createDraft(callId));
        demoUsers.as("applicant", () -> proposals.saveDraft(draft, proposals.details(draft).version(),
                partial("基于多种无线传输技术的机电设备监控系统构建方案研究", ResearchField.ELECTRONICS)));

        submitted("applicant2", callId, content("高精度汽车热交换零部件工艺研究", ResearchField.EQUIPMENT,
                "刘洋", "华东精密热交换科技有限公司", 450000, 450000));

        long inReview = submitted("applicant2", callId, content("预应力碳纤维在桥梁受弯构件加固中的应用研究",
                ResearchField.NEW_MATERIALS, "刘洋", "华东精密热交换科技有限公司", 300000, 150000));
        demoUsers.as("officer", () -> formal.start(taskOf(inReview)));

        long returned = submitted("applicant3", callId, content("根茎类蔬菜标准化生产及加工关键技术集成与示范",
                ResearchField.AGRICULTURE, "赵丽", "东海农业大学", 420000, 100000));
        decide(returned, FormalDecision.RETURN, "自筹经费比例低于指南要求的1:1，请调整经费预算并补充单位推荐意见。");

        long rejected = submitted("applicant4", callId, content("利用酶工程法制备低分子硫酸皮肤素",
                ResearchField.BIOMEDICINE, "孙浩", "康元生物制药股份有限公司", 480000, 500000));
        decide(rejected, FormalDecision.REJECT, "申报单位未在本市注册，不符合申报条件。");

        // expert review (专家评审) in each of its states
        reviewStates(callId, passed);

        long withdrawn = submitted("applicant3", callId, content("沥青热再生技术推广应用", ResearchField.ENVIRONMENT,
                "赵丽", "东海农业大学", 200000, 200000));
        demoUsers.as("applicant3", () -> {
            proposals.withdraw(withdrawn);
            return null;
        });
    }

    private void reviewStates(long callId, long awaitingAcceptance) {
        demoReviews.confirm(number(awaitingAcceptance));

        long partly = submitted("applicant2", callId, content("新能源汽车动力电池梯次利用关键技术研究",
                ResearchField.ENVIRONMENT, "刘洋", "华东精密热交换科技有限公司", 400000, 400000));
        decide(partly, FormalDecision.PASS, null);
        List<Long> partlyExperts = demoReviews.confirm(number(partly));
        demoReviews.review(partlyExperts.get(0), number(partly), new int[] {25, 24, 33}, true,
                Recommendation.SUPPORT, "技术路线清晰，梯次利用场景选择合理，建议补充安全评估方案。");
        demoReviews.review(partlyExperts.get(1), number(partly), new int[] {27, 25, 35}, true,
                Recommendation.STRONGLY_SUPPORT, "项目具有较强的产业化前景，团队基础较好。");
        demoReviews.review(partlyExperts.get(2), number(partly), new int[] {22, 23, 30}, false,
                Recommendation.SUPPORT, "草稿：待进一步阅读附件后完善。");

        long complete = submitted("applicant3", callId, content("基于机器视觉的农产品质量无损检测技术",
                ResearchField.AGRICULTURE, "赵丽", "东海农业大学", 350000, 350000));
        decide(complete, FormalDecision.PASS, null);
        int[][] consistent = {{26, 25, 34}, {24, 26, 33}, {27, 24, 35}, {25, 25, 32}, {23, 24, 31}};
        List<Long> completeExperts = demoReviews.confirm(number(complete));
        for (int i = 0; i < completeExperts.size(); i++) {
            int[] p = consistent[i % consistent.length];
            demoReviews.review(completeExperts.get(i), number(complete), p, true, Recommendation.SUPPORT,
                    "检测模型思路可行，建议扩大样本覆盖的品种与产地，细化示范应用计划。");
        }

        // the same complete review, then the leader's department opinion (处室意见)
        long opinionGiven = submitted("applicant", callId, content("城市轨道交通机电设备智能运维平台研究",
                ResearchField.ELECTRONICS, "张伟", "市交通工程研究院", 300000, 300000));
        decide(opinionGiven, FormalDecision.PASS, null);
        List<Long> opinionExperts = demoReviews.confirm(number(opinionGiven));
        for (int i = 0; i < opinionExperts.size(); i++) {
            int[] p = consistent[(i + 2) % consistent.length];
            demoReviews.review(opinionExperts.get(i), number(opinionGiven), p, true,
                    i == 0 ? Recommendation.STRONGLY_SUPPORT : Recommendation.SUPPORT,
                    "运维数据采集与故障预测方案合理，建议明确与既有调度系统的接口，补充示范线路的实施计划。");
        }
        opinion(opinionGiven, "同意专家组评审意见。项目面向轨道交通运维降本需求，技术路线成熟，"
                + "建议纳入本年度安排方案，经费按专家建议额度核定。");

        long divergent = submitted("applicant4", callId, content("肿瘤早期筛查多组学标志物研究",
                ResearchField.BIOMEDICINE, "孙浩", "康元生物制药股份有限公司", 480000, 480000));
        decide(divergent, FormalDecision.PASS, null);
        int[][] spread = {{29, 28, 39}, {12, 10, 14}, {25, 24, 33}, {27, 26, 36}, {20, 22, 28}};
        List<Long> divergentExperts = demoReviews.confirm(number(divergent));
        for (int i = 0; i < divergentExperts.size(); i++) {
            int[] p = spread[i % spread.length];
            demoReviews.review(divergentExperts.get(i), number(divergent), p, true,
                    p[0] < 15 ? Recommendation.NOT_SUPPORT : Recommendation.SUPPORT,
                    p[0] < 15 ? "研究内容与已有成果重复较多，创新性不足。" : "选题具有临床意义，研究方案总体可行。");
        }
    }

    /** The leader gives the department opinion on a reviewed proposal. */
    void opinion(long proposalId, String comment) {
        demoUsers.as("leader", () -> {
            String number = proposals.details(proposalId).number();
            String task = inbox.page(0, 500).stream()
                    .filter(t -> number.equals(t.businessKey()) && "departmentOpinion".equals(t.stepKey()))
                    .map(TaskSummary::id).findFirst().orElseThrow();
            opinions.give(task, true, comment);
            return null;
        });
    }

    String number(long proposalId) {
        return demoUsers.as("officer", () -> proposals.details(proposalId).number());
    }

    long submitted(String applicant, long callId, ProposalContent content) {
        return demoUsers.as(applicant, () -> {
            long id = proposals.createDraft(callId);
            attach(id, "申报书正文.pdf", "Lixiang demo proposal", "Project proposal, full text",
                    "Proposal id " + id);
            attach(id, "单位推荐意见.pdf", "Lixiang demo attachment", "Endorsement of the applicant organization");
            ProposalDetails d = proposals.details(id);
            submission.submit(id, d.version(), content);
            return id;
        });
    }

    private void attach(long proposalId, String name, String... lines) {
        try {
            Path file = Files.createTempFile("lixiang-demo", ".pdf");
            try {
                Files.write(file, DemoPdf.withText(lines));
                attachments.add(proposalId, name, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void decide(long proposalId, FormalDecision decision, String reason) {
        demoUsers.as("officer", () -> {
            String task = taskOf(proposalId);
            formal.start(task);
            formal.decide(task, decision, reason,
                    decision == FormalDecision.RETURN ? clock.instant().plus(Duration.ofDays(7)) : null);
            return null;
        });
    }

    private String taskOf(long proposalId) {
        String number = proposals.details(proposalId).number();
        return inbox.page(0, 500).stream().filter(t -> number.equals(t.businessKey()))
                .map(TaskSummary::id).findFirst().orElseThrow();
    }


    private static ProposalContent partial(String title, ResearchField field) {
        return new ProposalContent(title, field, "面向机电设备远程监控需求，比较LoRa、NB-IoT与5G等传输技术。", "", "",
                null, null, List.of(new ProposalContent.Member("张伟", "市交通工程研究院", "高级工程师", "", true)),
                List.of(), List.of(), false);
    }

    ProposalContent content(String title, ResearchField field, String lead, String organization,
                                           int requested, int selfRaised) {
        BigDecimal req = BigDecimal.valueOf(requested);
        BigDecimal self = BigDecimal.valueOf(selfRaised);
        return new ProposalContent(title, field,
                "本项目针对" + title + "中的关键问题开展研究，形成可推广的技术方案。",
                "一、研究目标：解决行业共性技术难题。\n二、研究内容：现状调研、关键技术攻关、示范应用。",
                "形成研究报告1份；申请发明专利2项；在2家以上单位示范应用。",
                projectStart(), projectStart().plusYears(2).minusDays(1),
                List.of(new ProposalContent.Member(lead, organization, "高级工程师", "", true),
                        new ProposalContent.Member("陈静", organization, "工程师", "技术骨干", false),
                        new ProposalContent.Member("马骏", organization, "助理研究员", "数据分析", false)),
                List.of(new ProposalContent.Avoided("黄强", "某同行企业", "存在直接竞争关系")),
                List.of(new ProposalContent.Budget(BudgetCategory.EQUIPMENT, percent(req, 40), percent(self, 50)),
                        new ProposalContent.Budget(BudgetCategory.MATERIALS, percent(req, 20), percent(self, 20)),
                        new ProposalContent.Budget(BudgetCategory.TESTING, percent(req, 15), percent(self, 10)),
                        new ProposalContent.Budget(BudgetCategory.LABOUR, percent(req, 15), percent(self, 20)),
                        new ProposalContent.Budget(BudgetCategory.INDIRECT, percent(req, 10), BigDecimal.ZERO)),
                true);
    }

    /** Two-year projects starting on the first day of the month three months from now, as the demo call allows. */
    private LocalDate projectStart() {
        return LocalDate.now(clock).plusMonths(3).withDayOfMonth(1);
    }

    private static BigDecimal percent(BigDecimal total, int percent) {
        return total.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100));
    }
}
