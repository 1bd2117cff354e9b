package org.lixiang.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.WrappedSession;
import org.lixiang.base.ui.LanguageSelect;
import org.lixiang.identity.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/**
 * Login. Spring Security processes the form post; a failure comes back as {@code ?error} and
 * always reads the same, whether or not the account exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("login-view");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(false));
        login.setId("login-form");

        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("register-link");
        add(new LanguageSelect(l -> { }), new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("app.tagline")), login, register);
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(throttled ? "login.throttled.text" : "login.error.text"));
        i18n.getErrorMessage().setUsername(getTranslation("validation.required"));
        i18n.getErrorMessage().setPassword(getTranslation("validation.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            WrappedSession session = VaadinSession.getCurrent().getSession();
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            boolean throttled = failure instanceof LoginThrottledException;
            login.setI18n(i18n(throttled));
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
