package org.lixiang.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.Messages;
import org.lixiang.proposal.BudgetCategory;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.ui.TaskTakenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(ProposalFixtures.class)
class FormalReviewViewTest extends KaribuTest {

    @Autowired ProposalFixtures fixtures;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired TaskInbox inbox;
    @Autowired FormalReviewService formal;
    @Autowired Clock clock;

    private String submitted(String title) {
        return fixtures.submitted(fixtures.openCall(30), title);
    }

    private String taskOf(String number) {
        return inbox.page(0, 500).stream().filter(t -> number.equals(t.businessKey())).findFirst().orElseThrow().id();
    }

    @Test
    void returningNeedsReasonsAndTheOfficerSeesTheProposalFromTheQueue() {
        String number = submitted("基于多种无线传输技术的机电设备监控系统构建方案研究");
        login("t_officer");
        UI.getCurrent().navigate("review/formal");
        FormalReviewQueueView queue = _get(FormalReviewQueueView.class);
        assertThat(queue.call.getValue()).isNotNull();

        String task = taskOf(number);
        UI.getCurrent().navigate("review/formal/" + task);
        FormalReviewView view = _get(FormalReviewView.class);
        assertThat(view.getElement().getTextRecursively()).contains("基于多种无线传输技术的机电设备监控系统构建方案研究");

        _setValue(view.decision, FormalDecision.RETURN);
        assertThat(view.reviseDue.isVisible()).isTrue();
        _click(view.confirm);
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Required");

        _setValue(view.reason, "请补充单位推荐意见。");
        _click(view.confirm);
        _get(FormalReviewQueueView.class);
        login("t_applicant");
        assertThat(proposals.mine(0, 100)).anyMatch(m -> number.equals(m.summary().number())
                && m.summary().status() == ProposalStatus.RETURNED);
    }

    @Test
    void aRevisionShowsWhatChangedInTheOfficersLanguage() {
        String number = submitted("沥青路面热再生关键技术研究");
        login("t_officer");
        String first = taskOf(number);
        formal.start(first);
        formal.decide(first, FormalDecision.RETURN, "请补充设备费明细。", clock.instant().plus(Duration.ofDays(7)));
        login("t_applicant");
        ProposalDetails d = proposals.mine(0, 100).stream().filter(m -> number.equals(m.summary().number()))
                .map(m -> proposals.details(m.summary().id())).findFirst().orElseThrow();
        ProposalContent c = d.content();
        submission.submit(d.id(), d.version(), new ProposalContent(c.title(), c.field(), c.summary(), c.objectives(),
                c.outcomes(), c.startDate(), c.endDate(),
                List.of(c.team().get(0), new ProposalContent.Member("李明", "测试申报单位甲", "高级工程师", "技术骨干", false)),
                List.of(new ProposalContent.Avoided("王五", "", "存在竞争关系")),
                List.of(new ProposalContent.Budget(BudgetCategory.EQUIPMENT, new BigDecimal("250000"), new BigDecimal("100000")),
                        new ProposalContent.Budget(BudgetCategory.LABOUR, new BigDecimal("100000.50"), new BigDecimal("50000"))),
                true));
        login("t_officer");
        String second = taskOf(number);

        useLocale(Messages.CHINESE);
        UI.getCurrent().navigate("review/formal/" + second);
        String zh = _get(Div.class, spec -> spec.withId("version-changes")).getElement().getTextRecursively();
        assertThat(zh).contains("项目组成员", "李明（测试申报单位甲，工程师，技术骨干）", "李明（测试申报单位甲，高级工程师，技术骨干）",
                "测试t_applicant（测试申报单位甲，高级工程师，项目负责人）", "王五（某竞争单位）：存在竞争关系", "王五：存在竞争关系",
                "设备费：申请财政经费 200,000.00，自筹经费 100,000.00", "设备费：申请财政经费 250,000.00，自筹经费 100,000.00")
                .doesNotContain("劳务费", "EQUIPMENT");

        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("review/formal/" + second);
        String en = _get(Div.class, spec -> spec.withId("version-changes")).getElement().getTextRecursively();
        assertThat(en).contains("Project team", "李明 (测试申报单位甲, 工程师, 技术骨干)",
                "测试t_applicant (测试申报单位甲, 高级工程师, Project lead)", "王五 (某竞争单位): 存在竞争关系", "王五: 存在竞争关系",
                "Equipment: requested 200,000.00, self-raised 100,000.00",
                "Equipment: requested 250,000.00, self-raised 100,000.00")
                .doesNotContain("（", "：", "Labour");
    }

    @Test
    void aSecondOfficerOpeningTheSameReviewIsToldAColleagueHasIt() {
        String number = submitted("预应力碳纤维在桥梁受弯构件加固中的应用研究");
        login("t_officer");
        String task = taskOf(number);
        UI.getCurrent().navigate("review/formal/" + task);
        _get(FormalReviewView.class);
        logout();
        login("t_officer2");
        UI.getCurrent().navigate("review/formal/" + task);
        _get(TaskTakenView.class);
    }
}
