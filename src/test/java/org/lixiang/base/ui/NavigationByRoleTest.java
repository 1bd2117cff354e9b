package org.lixiang.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.ui.OpenCallsView;
import org.lixiang.identity.ui.LoginView;
import org.lixiang.identity.ui.UserAdminView;
import org.lixiang.workflow.ui.MyTasksView;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role sees its own menu, opens its views, and gets the access-denied page for the others. */
class NavigationByRoleTest extends KaribuTest {

    @Autowired AuditLog audit;

    private List<String> menu() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        UI.getCurrent().navigate("admin/users");
        _get(LoginView.class);
    }

    @Test
    void applicantSeesTheirMenuAndIsDeniedUserAdministration() {
        login("t_applicant");
        UI.getCurrent().navigate("calls");
        _get(OpenCallsView.class);
        assertThat(menu()).containsExactly("", "tasks", "notifications", "calls", "proposals", "publicity");

        UI.getCurrent().navigate("admin/users");
        assertThat(_find(UserAdminView.class)).isEmpty();
        _get(AccessDeniedView.class);
        accounts.as("t_officer"); // the bureau reads the trail
        assertThat(audit.latest("ACCESS_DENIED", 5))
                .anyMatch(e -> "t_applicant".equals(e.getActorName()) && e.getDetail().contains("admin/users"));
    }

    @Test
    void adminSeesUserAdministration() {
        login("t_admin");
        UI.getCurrent().navigate("admin/users");
        _get(UserAdminView.class);
        assertThat(menu()).contains("admin/users", "tasks");
    }

    @Test
    void officerLeaderAndExpertOpenTheirTasksButNotUserAdministration() {
        for (String user : List.of("t_officer", "t_leader", "t_expert")) {
            login(user);
            UI.getCurrent().navigate("tasks");
            _get(MyTasksView.class);
            assertThat(menu()).doesNotContain("admin/users");
            UI.getCurrent().navigate("admin/users");
            _get(AccessDeniedView.class);
            logout();
        }
    }
}
