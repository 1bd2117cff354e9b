package org.lixiang.proposal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.ResearchField;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;

/** Calls and complete proposal contents for proposal tests, made through the real services (imported, never scanned). */
public class ProposalFixtures {

    private final CallService calls;
    private final ProposalService proposals;
    private final ProposalSubmission submission;
    private final TestAccounts accounts;
    private final TestClock clock;

    ProposalFixtures(CallService calls, ProposalService proposals, ProposalSubmission submission, TestAccounts accounts,
                     TestClock clock) {
        this.calls = calls;
        this.proposals = proposals;
        this.submission = submission;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A complete proposal by {@code t_applicant} to the call, submitted; returns its number. Logs out. */
    public String submitted(long callId, String title) {
        accounts.as("t_applicant");
        long id = proposals.createDraft(callId);
        proposals.saveDraft(id, proposals.details(id).version(), complete(title));
        ProposalDetails d = proposals.details(id);
        String number = submission.submit(id, d.version(), d.content());
        accounts.logout();
        return number;
    }

    /** A published call open from yesterday for the given number of days (max 500,000 yuan). */
    public long openCall(int daysOpen) {
        accounts.as("t_officer");
        long id = calls.create(new CallDraft("测试指南 " + System.nanoTime(), 2026,
                org.lixiang.call.Programme.KEY_RD, EnumSet.of(ResearchField.EQUIPMENT, ResearchField.NEW_MATERIALS),
                "测试用申报指南。", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(daysOpen)), new BigDecimal("500000"), new BigDecimal("10000000")));
        calls.publish(id);
        accounts.logout();
        return id;
    }

    /** A published open call whose proposals each need {@code experts} experts (to provoke a shortage). */
    public long openCallNeeding(int experts, ResearchField field) {
        accounts.as("t_officer");
        long id = calls.create(new CallDraft("测试指南 " + System.nanoTime(), 2026, org.lixiang.call.Programme.KEY_RD,
                EnumSet.of(field), "测试用申报指南。", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(30)), new BigDecimal("500000"), new BigDecimal("10000000"),
                null, null, org.lixiang.call.CallCriterion.defaults(), experts, org.lixiang.call.AggregationRule.TRIMMED_MEAN,
                7, 14, false, new BigDecimal("20")));
        calls.publish(id);
        accounts.logout();
        return id;
    }

    public static ProposalContent complete(String title) {
        return new ProposalContent(title, ResearchField.EQUIPMENT,
                "研究隧道机电设施的运行现状，提出改造方案。",
                "一、研究目标：摸清现状。二、研究内容：监测、评估、改造。",
                "形成研究报告1份，申请发明专利2项。",
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31),
                List.of(new ProposalContent.Member("测试t_applicant", "测试申报单位甲", "高级工程师", "项目负责人", true),
                        new ProposalContent.Member("李明", "测试申报单位甲", "工程师", "技术骨干", false)),
                List.of(new ProposalContent.Avoided("王五", "某竞争单位", "存在竞争关系")),
                List.of(new ProposalContent.Budget(BudgetCategory.EQUIPMENT, new BigDecimal("200000"), new BigDecimal("100000")),
                        new ProposalContent.Budget(BudgetCategory.LABOUR, new BigDecimal("100000.50"), new BigDecimal("50000"))),
                true);
    }
}
