package org.lixiang.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.stream.Collectors;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Inbox;
import org.lixiang.base.LocalePreference;

/**
 * The shell around every screen after login: the side navigation lists exactly the views the
 * user's roles may open (Vaadin filters {@code @Menu} entries by their access annotations), the
 * header shows the notification bell, who is logged in, the language switch and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String LOCALE_APPLIED = MainLayout.class.getName() + ".localeApplied";

    private final SideNav nav = new SideNav();
    private final NotificationBell bell;

    public MainLayout(AuthenticationContext authentication, LocalePreference localePreference, Inbox inbox,
                      Clock clock) {
        AppPrincipal user = CurrentUser.require();
        applyPreferredLocale(user, localePreference);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");

        Span who = new Span(user.displayName() + " · " + user.roles().stream()
                .map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(" / ")));
        who.addClassName("current-user");
        who.setId("current-user");

        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        LanguageSelect language = new LanguageSelect(l -> localePreference.savePreferredLocale(user.userId(), l));

        bell = new NotificationBell(inbox, clock);

        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, spacer, bell, language, who, logout);
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        addToNavbar(header);

        nav.setId("side-nav");
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** The first screen after login switches to the language the user chose last time. */
    private static void applyPreferredLocale(AppPrincipal user, LocalePreference preference) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(LOCALE_APPLIED) == null) {
            session.setAttribute(LOCALE_APPLIED, Boolean.TRUE);
            preference.preferredLocale(user.userId()).ifPresent(l -> {
                session.setLocale(l);
                session.getUIs().forEach(ui -> ui.setLocale(l));
            });
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        bell.refresh();
        // built here, not in the constructor: the menu depends on the locale applied above
        if (nav.getItems().isEmpty()) {
            for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
                SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
                item.setId("nav-" + entry.path().replace('/', '-').replaceFirst("^-", ""));
                nav.addItem(item);
            }
        }
    }
}
