package org.lixiang.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.proposal.FormalDecision;
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

    private String submitted(String title) {
        long call = fixtures.openCall(30);
        login("t_applicant");
        long id = proposals.createDraft(call);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete(title));
        ProposalDetails d = proposals.details(id);
        String number = submission.submit(id, d.version(), d.content());
        logout();
        return number;
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
