package org.lixiang.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.Clock;
import org.lixiang.base.Dates;
import org.lixiang.base.Inbox;

/**
 * The header's bell: the number of unread notifications, and on click the newest of them, each
 * opening the screen it links to (its task, the proposal, the result) and counting as read; the
 * full list is one click further. The count is refreshed on every navigation, not pushed.
 */
class NotificationBell extends Div {

    static final int SHOWN = 8;

    private final Inbox inbox;
    private final Clock clock;
    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    private final Div items = new Div();

    NotificationBell(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        bell.setId("bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> showRecent());

        count.setId("bell-count");
        count.getStyle().set("position", "absolute").set("top", "0").set("right", "0")
                .set("min-width", "1.1em").set("padding", "0 0.3em").set("border-radius", "1em")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("font-size", "var(--lumo-font-size-xxs)").set("line-height", "1.5em")
                .set("text-align", "center").set("pointer-events", "none");
        getStyle().set("position", "relative").set("display", "inline-flex");
        add(bell, count);

        items.setId("bell-items");
        items.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        Button all = new Button(getTranslation("notifications.all"), e -> open(null));
        all.setId("bell-all");
        all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        popover.setId("bell-popover");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.setAriaLabel(getTranslation("notifications.bell"));
        popover.add(items, all);
    }

    /** Re-reads the unread count (called after each navigation). */
    void refresh() {
        long unread = inbox.unread();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notifications.bell") + ", "
                + getTranslation("notifications.bellUnread", unread));
    }

    /** Fills the popover (which the click opens in the browser) with the newest unread notifications. */
    void showRecent() {
        items.removeAll();
        var recent = inbox.recentUnread(SHOWN);
        if (recent.isEmpty()) {
            Span none = new Span(getTranslation("notifications.noneUnread"));
            none.setId("bell-none");
            items.add(none);
        }
        for (Inbox.Item item : recent) {
            Button entry = new Button(getTranslation(item.messageKey(), (Object[]) item.args()), e -> {
                inbox.markRead(item.id());
                open(item.link());
            });
            entry.setId("bell-item-" + item.id());
            entry.addClassName("bell-item");
            entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            entry.setTooltipText(Dates.format(item.createdAt(), clock));
            entry.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto")
                    .set("padding", "var(--lumo-space-xs) 0");
            items.add(entry);
        }
        refresh();
    }

    /** Goes to the linked screen, or to the full list when the notification links nowhere. */
    private void open(String link) {
        popover.close();
        refresh();
        getUI().ifPresent(ui -> ui.navigate(link == null || link.isBlank() ? "notifications" : link));
    }
}
