package org.lixiang.base.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.TestClock;
import org.lixiang.base.audit.AuditChanges;
import org.lixiang.base.ui.AccessDeniedView;
import org.lixiang.call.CallDraftBuilder;
import org.lixiang.call.CallService;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(ProposalFixtures.class)
class AuditTrailViewTest extends KaribuTest {

    @Autowired CallService calls;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired ProposalFixtures fixtures;
    @Autowired TestClock clock;

    /** A call created and then renamed by an officer: two entries, the second with its change. */
    private long editedCall() {
        accounts.as("t_officer");
        long id = calls.create(new CallDraftBuilder(clock.instant()).build());
        CallDraftBuilder d = new CallDraftBuilder(clock.instant());
        d.name = "审计界面测试指南";
        calls.update(id, calls.details(id).version(), d.build());
        accounts.logout();
        return id;
    }

    @Test
    void officersSearchTheTrailAndSeeWhatAnEditChanged() {
        long call = editedCall();
        login("t_officer");
        UI.getCurrent().navigate("audit");
        AuditTrailView view = _get(AuditTrailView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getPath).contains("audit");

        _setValue(view.objectType, "call");
        _setValue(view.objectId, String.valueOf(call));
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.total.getText()).isEqualTo("2 entries");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("t_officer", "Call edited", "Call " + call);
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("Call created");

        _setValue(view.action, "CALL_UPDATED");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        GridKt._clickItem(view.grid, 0);
        AuditEntryDialog dialog = _get(AuditEntryDialog.class);
        @SuppressWarnings("unchecked")
        Grid<AuditChanges.Change> changes = _get(dialog, Grid.class, spec -> spec.withId("audit-changes"));
        assertThat(GridKt._findAll(changes)).extracting(AuditChanges.Change::field).containsExactly("name");
        assertThat(GridKt._get(changes, 0).after()).isEqualTo("审计界面测试指南");
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("User name: t_officer"));
        // in Chinese the label takes a full-width colon
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        GridKt._clickItem(view.grid, 0);
        assertThat(_find(_find(AuditEntryDialog.class).get(1), Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("用户名：t_officer"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        _setValue(view.actor, "t_leader");
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.total.getText()).isEqualTo("0 entries");
    }

    @Test
    void theOfficersProposalPageShowsItsTrailButTheApplicantsDoesNot() {
        long call = fixtures.openCall(30);
        accounts.as("t_applicant");
        long id = proposals.createDraft(call);
        submission.submit(id, proposals.details(id).version(), ProposalFixtures.complete("根茎类蔬菜标准化生产"));
        accounts.logout();

        login("t_officer");
        UI.getCurrent().navigate("proposals/" + id);
        @SuppressWarnings("unchecked")
        Grid<Object> trail = _get(Grid.class, spec -> spec.withId("proposal-audit"));
        assertThat(GridKt._size(trail)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(trail, 0)).contains("Proposal submitted", "t_applicant");
        assertThat(GridKt._getFormattedRow(trail, 1)).contains("Proposal created");
        logout();

        login("t_applicant");
        UI.getCurrent().navigate("proposals/" + id);
        assertThat(_find(Grid.class, spec -> spec.withId("proposal-audit"))).isEmpty();
    }

    @Test
    void applicantsAndExpertsCannotOpenTheTrail() {
        for (String user : List.of("t_applicant", "t_expert")) {
            login(user);
            UI.getCurrent().navigate("tasks");
            assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getPath).doesNotContain("audit");
            UI.getCurrent().navigate("audit");
            assertThat(_find(AuditTrailView.class)).isEmpty();
            _get(AccessDeniedView.class);
            logout();
        }
    }
}
