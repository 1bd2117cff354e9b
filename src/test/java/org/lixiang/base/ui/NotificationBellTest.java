package org.lixiang.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.Role;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserPreferences;
import org.lixiang.notification.NotificationUsers;
import org.lixiang.notification.Notifier;
import org.lixiang.notification.ui.NotificationsView;
import org.lixiang.workflow.ui.MyTasksView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The header's bell: unread count, the newest unread ones, each opening its screen and read from then on. */
class NotificationBellTest extends KaribuTest {

    @Autowired Notifier notifier;
    @Autowired UserAdminService admin;
    @Autowired UserPreferences preferences;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    private void notify(long userId, String event, String link, String number) {
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                notifier.notify(event, userId, "notification.proposalRejected", link, number));
    }

    @Test
    void theBellCountsUnreadAndOpensTheLinkedScreen() {
        NotificationUsers.User user = new NotificationUsers(admin, accounts).create("bell", Role.APPLICANT);
        login(user.username());
        UI.getCurrent().navigate("");
        assertThat(_find(Span.class, s -> s.withId("bell-count"))).as("no badge without unread").isEmpty();
        _click(_get(Button.class, s -> s.withId("bell")));
        assertThat(_get(Span.class, s -> s.withId("bell-none")).getText()).isEqualTo("No unread messages.");

        notify(user.id(), "test:bell1:" + user.id(), "tasks", "2026-KJ-0101");
        notify(user.id(), "test:bell2:" + user.id(), null, "2026-KJ-0102");
        UI.getCurrent().navigate("calls");
        Span count = _get(Span.class, s -> s.withId("bell-count"));
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("2");

        _click(_get(Button.class, s -> s.withId("bell")));
        var items = _find(Button.class, s -> s.withClasses("bell-item"));
        assertThat(items).extracting(Button::getText).containsExactly(
                "Your proposal 2026-KJ-0102 was not accepted in the formal review. Open it to read the reason.",
                "Your proposal 2026-KJ-0101 was not accepted in the formal review. Open it to read the reason.");

        // the older one links to the task list: opening it goes there and reads it
        _click(items.get(1));
        assertThat(_get(MyTasksView.class)).isNotNull();
        assertThat(_get(Span.class, s -> s.withId("bell-count")).getText()).isEqualTo("1");
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
                Integer.class, user.id())).isEqualTo(1);

        // one without a link opens the full list
        _click(_get(Button.class, s -> s.withId("bell")));
        _click(_get(Button.class, s -> s.withClasses("bell-item")));
        assertThat(_get(NotificationsView.class)).isNotNull();
        assertThat(_find(Span.class, s -> s.withId("bell-count"))).isEmpty();

        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withId("bell-all")));
        assertThat(_get(NotificationsView.class)).isNotNull();
    }

    @Test
    void anApplicantOptsInToNewCallsOnTheMessagesPage() {
        NotificationUsers.User user = new NotificationUsers(admin, accounts).create("optin", Role.APPLICANT);
        login(user.username());
        UI.getCurrent().navigate("notifications");
        Checkbox optIn = _get(Checkbox.class, s -> s.withId("new-call-mails"));
        assertThat(optIn.getValue()).isFalse();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(optIn, true);
        assertThat(preferences.newCallMails()).isTrue();

        MockVaadin.tearDown();
        setUpVaadin();
        login("t_officer");
        UI.getCurrent().navigate("notifications");
        assertThat(_find(Checkbox.class, s -> s.withId("new-call-mails"))).as("applicants only").isEmpty();
    }
}
