package org.lixiang.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.Messages;
import org.lixiang.identity.ui.LoginView;

class LanguageSwitchTest extends KaribuTest {

    @Test
    void loginPageFollowsTheChosenLanguage() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).getElement().getTextRecursively()).contains("Project Approval");
        _setValue(_get(LanguageSelect.class), Messages.CHINESE);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Messages.CHINESE);
        // the switch reloads the page; a browser's new UI takes the session's locale (Karibu's mock does not)
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        UI.getCurrent().navigate("register");
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).getElement().getTextRecursively()).contains("立项");
    }

    @Test
    void aLoggedInUsersChoiceIsRememberedForTheirNextSession() {
        login("t_leader");
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).startsWith("Welcome");

        _setValue(_get(LanguageSelect.class), Messages.CHINESE);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Messages.CHINESE);

        // a new session, in English by the browser, switches to the remembered language at the first screen
        MockVaadin.tearDown();
        setUpVaadin();
        useLocale(Locale.ENGLISH);
        login("t_leader");
        UI.getCurrent().navigate("");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Messages.CHINESE);
        UI.getCurrent().navigate("tasks");
        assertThat(_get(SideNavItem.class, s -> s.withId("nav-tasks")).getLabel()).isEqualTo("我的待办");
        _setValue(_get(LanguageSelect.class), Messages.ENGLISH); // leave the account as it was
    }

    private static <V> void _setValue(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(field, value);
    }
}
