package org.lixiang.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.ui.ForbiddenObjectView;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** "Where the proposal stands" on the proposal's page: the deployed diagram with done and current steps. */
@Import(ProposalFixtures.class)
class ProcessDiagramPanelTest extends KaribuTest {

    @Autowired ProposalFixtures fixtures;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;

    private long draft() {
        long call = fixtures.openCall(30);
        login("t_applicant");
        long id = proposals.createDraft(call);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete("隧道机电设施监控系统研究"));
        return id;
    }

    private long submitted() {
        long id = draft();
        ProposalDetails d = proposals.details(id);
        submission.submit(id, d.version(), d.content());
        return id;
    }

    @Test
    void theApplicantSeesTheDiagramWithTheFormalReviewAsTheCurrentStep() {
        long id = submitted();
        UI.getCurrent().navigate("proposals/" + id);
        ProcessDiagramPanel panel = _get(ProcessDiagramPanel.class);
        assertThat(panel.getId()).hasValue("process-diagram");
        assertThat(panel.currentSteps.getText()).isEqualTo("Now: Formal review");
        ProcessDiagram diagram = _get(ProcessDiagram.class);
        assertThat(diagram.getElement().getProperty("xml")).contains("id=\"proposalApproval\"").contains("bpmndi:BPMNShape");
        assertThat(diagram.getElement().getProperty("current")).isEqualTo("[\"formalReview\"]");
        assertThat(diagram.getElement().getProperty("done")).contains("\"submitted\"").doesNotContain("formalReview");
        // the timeline is still there
        _get(TimelinePanel.class);
    }

    @Test
    void aDraftHasNoProcessYet() {
        long id = draft();
        UI.getCurrent().navigate("proposals/" + id);
        _get(ProcessDiagramPanel.class);
        assertThat(_find(ProcessDiagram.class)).isEmpty();
    }

    @Test
    void theBureauSeesItAndAnotherApplicantDoesNot() {
        long id = submitted();
        logout();
        login("t_officer");
        UI.getCurrent().navigate("proposals/" + id);
        assertThat(_get(ProcessDiagram.class).getElement().getProperty("current")).contains("formalReview");
        logout();
        login("t_applicant2");
        UI.getCurrent().navigate("proposals/" + id);
        _get(ForbiddenObjectView.class);
        assertThat(_find(ProcessDiagram.class)).isEmpty();
    }
}
