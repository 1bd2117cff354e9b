package org.lixiang.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.ui.AccessDeniedView;
import org.lixiang.workflow.FailedJob;
import org.lixiang.workflow.OpsProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(OpsProcesses.class)
class OpsFailedJobsViewTest extends KaribuTest {

    @Autowired OpsProcesses ops;
    private OpsProcesses.DeadLetter dead;

    @AfterEach
    void cancel() {
        if (dead != null) {
            ops.cancel(dead.processInstanceId());
        }
    }

    private int rowOf(FailedJobsView view, String jobId) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).id().equals(jobId)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anAdminSeesTheErrorAndStackTraceAndRetriesADeadLetter() {
        dead = ops.deadLetter("OPS-UI-" + System.nanoTime());
        login("t_admin");
        UI.getCurrent().navigate("admin/jobs");
        FailedJobsView view = _get(FailedJobsView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getPath).contains("admin/jobs");

        int row = rowOf(view, dead.jobId());
        assertThat(row).isNotNegative();
        assertThat(String.join(" | ", GridKt._getFormattedRow(view.grid, row))).contains("Dead letter",
                "opsFailing · OPS-UI-", "Failing step (failingStep)", "opsBeanThatDoesNotExist");

        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("details-" + dead.jobId())));
        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, Pre.class, spec -> spec.withId("job-stack-trace")).getText())
                .contains("opsBeanThatDoesNotExist");
        dialog.close();

        _click(_get(actions, Button.class, spec -> spec.withId("retry-" + dead.jobId())));
        int after = rowOf(view, dead.jobId());
        assertThat(after < 0 || GridKt._get(view.grid, after).kind() != FailedJob.Kind.DEAD_LETTER).isTrue();
    }

    @Test
    void othersCannotOpenTheJobsScreen() {
        for (String user : List.of("t_officer", "t_leader", "t_applicant")) {
            login(user);
            UI.getCurrent().navigate("admin/jobs");
            assertThat(_find(FailedJobsView.class)).isEmpty();
            _get(AccessDeniedView.class);
            logout();
        }
    }
}
