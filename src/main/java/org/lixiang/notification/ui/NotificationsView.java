package org.lixiang.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Dates;
import org.lixiang.base.Role;
import org.lixiang.identity.UserPreferences;
import org.lixiang.notification.Notifier;
import org.lixiang.notification.UserNotification;

/**
 * The user's messages, newest first; a click opens the linked screen. Applicants also choose here
 * whether newly published calls are mailed to them.
 */
@Route("notifications")
@Menu(title = "menu.notifications", order = 6)
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserNotification> grid = new Grid<>();

    final Checkbox newCallMails = new Checkbox();

    public NotificationsView(Notifier notifier, UserPreferences preferences, Clock clock) {
        setSizeFull();
        grid.addColumn(n -> Dates.format(n.createdAt(), clock)).setHeader(getTranslation("notifications.when"))
                .setAutoWidth(true);
        grid.addColumn(n -> getTranslation(n.messageKey(), (Object[]) n.args()))
                .setHeader(getTranslation("notifications.message")).setFlexGrow(3);
        grid.addColumn(n -> n.read() ? "" : getTranslation("notifications.unread")).setAutoWidth(true);
        grid.setItems(q -> notifier.mine(q.getOffset(), q.getLimit()).stream(), q -> (int) notifier.countMine());
        grid.addItemClickListener(e -> {
            notifier.markRead(e.getItem().id());
            if (e.getItem().link() != null) {
                getUI().ifPresent(ui -> ui.navigate(e.getItem().link()));
            } else {
                grid.getDataProvider().refreshAll();
            }
        });
        grid.setEmptyStateText(getTranslation("notifications.none"));
        grid.setId("notifications");
        add(new H2(getTranslation("menu.notifications")));
        if (CurrentUser.require().has(Role.APPLICANT)) {
            newCallMails.setLabel(getTranslation("notifications.newCallMails"));
            newCallMails.setId("new-call-mails");
            newCallMails.setValue(preferences.newCallMails());
            newCallMails.addValueChangeListener(e -> preferences.saveNewCallMails(e.getValue()));
            add(newCallMails);
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.notifications") + " · " + getTranslation("app.name");
    }
}
