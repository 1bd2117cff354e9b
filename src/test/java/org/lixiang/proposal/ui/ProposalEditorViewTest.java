package org.lixiang.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.ui.ForbiddenObjectView;
import org.lixiang.proposal.BudgetCategory;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(ProposalFixtures.class)
class ProposalEditorViewTest extends KaribuTest {

    @Autowired ProposalFixtures fixtures;
    @Autowired ProposalService proposals;

    private long newDraft() {
        long call = fixtures.openCall(30);
        login("t_applicant");
        return proposals.createDraft(call);
    }

    @Test
    void budgetTotalsAreLiveAndProblemsAppearNextToTheirFields() {
        long id = newDraft();
        UI.getCurrent().navigate("proposals/" + id + "/edit");
        ProposalEditorView view = _get(ProposalEditorView.class);
        ProposalForm form = view.form;

        _setValue(form.budget.requested.get(BudgetCategory.EQUIPMENT), new BigDecimal("300000"));
        _setValue(form.budget.requested.get(BudgetCategory.LABOUR), new BigDecimal("250000"));
        _setValue(form.budget.selfRaised.get(BudgetCategory.EQUIPMENT), new BigDecimal("100000"));
        assertThat(form.budget.totals.getText()).contains("550,000").contains("100,000").contains("650,000");
        assertThat(form.budget.totals.getClassNames()).contains("over-limit");

        _setValue(form.budget.requested.get(BudgetCategory.MATERIALS), new BigDecimal("-5"));
        _click(view.submit);
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Required");
        assertThat(form.budget.requested.get(BudgetCategory.MATERIALS).getErrorMessage())
                .isEqualTo("Amounts cannot be negative.");
        assertThat(form.declarationError.isVisible()).isTrue();
        assertThat(view.submit.isEnabled()).isTrue();
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void aSecondNavigationToTheOpenProposalKeepsWhatWasTyped() {
        long id = newDraft();
        UI.getCurrent().navigate("proposals/" + id + "/edit");
        ProposalEditorView view = _get(ProposalEditorView.class);
        _setValue(view.form.budget.requested.get(BudgetCategory.LABOUR), new BigDecimal("60000"));

        // what the browser's router sends after a forward (seen in Chromium after the revise step)
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("proposals/" + id + "/edit"), NavigationTrigger.HISTORY);

        ProposalEditorView after = _get(ProposalEditorView.class);
        assertThat(after).isSameAs(view);
        assertThat(after.form.budget.requested.get(BudgetCategory.LABOUR).getValue()).isEqualByComparingTo("60000");
        assertThat(after.form.budget.totals.getText()).contains("60,000");

        // another proposal in the same view is loaded afresh
        long other = proposals.createDraft(proposals.details(id).callId());
        UI.getCurrent().navigate("proposals/" + other + "/edit");
        assertThat(_get(ProposalEditorView.class).form.budget.requested.get(BudgetCategory.LABOUR).getValue()).isNull();
    }

    @Test
    void theLeadsRowHeadsTheTeamColumnsAndEveryBoxIsNamed() {
        long id = newDraft();
        UI.getCurrent().navigate("proposals/" + id + "/edit");
        ProposalForm form = _get(ProposalEditorView.class).form;
        _click(form.team.add);

        ProposalForm.TeamRow lead = form.team.items.get(0);
        ProposalForm.TeamRow added = form.team.items.get(1);
        assertThat(List.of(lead.name.getLabel(), lead.organization.getLabel(), lead.title.getLabel(), lead.role.getLabel()))
                .containsExactly("Name", "Organization", "Title", "Role in the project");
        assertThat(added.title.getLabel()).as("only the first row carries the column labels").isNull();
        assertThat(List.of(added.name, added.organization, added.title, added.role))
                .extracting(f -> f.getAriaLabel().orElse(null))
                .containsExactly("Name", "Organization", "Title", "Role in the project");
    }

    @Test
    void aCompleteProposalIsSubmittedAndShownReadOnly() {
        long id = newDraft();
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete("沥青热再生技术推广应用"));
        UI.getCurrent().navigate("proposals/" + id + "/edit");
        ProposalEditorView view = _get(ProposalEditorView.class);
        assertThat(view.form.title.getValue()).isEqualTo("沥青热再生技术推广应用");
        _click(view.submit);

        _get(ProposalView.class);
        assertThat(proposals.details(id).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposals.details(id).number()).startsWith("2026-KJ-");
        // the editor of a submitted proposal falls back to the read-only page
        UI.getCurrent().navigate("proposals/" + id + "/edit");
        _get(ProposalView.class);
    }

    @Test
    void anotherApplicantsProposalIdInTheUrlGetsTheAccessDeniedPage() {
        long id = newDraft();
        logout();
        login("t_applicant2");
        UI.getCurrent().navigate("proposals/" + id + "/edit");
        _get(ForbiddenObjectView.class);
        UI.getCurrent().navigate("proposals/" + id);
        _get(ForbiddenObjectView.class);
    }
}
