package org.lixiang.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ui.LanguageSelect;
import org.lixiang.base.ui.Notifications;
import org.lixiang.identity.RegistrationService;

/** Self-registration for applicants (申报人) and their organization. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    final RegistrationForm form = new RegistrationForm();

    public RegistrationView(RegistrationService registration) {
        setMaxWidth("900px");
        getStyle().set("margin", "0 auto");
        form.addSubmitListener(e -> {
            try {
                registration.register(form.value());
                Notifications.success(getTranslation("registration.done"));
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (InvalidInputException problems) {
                form.showProblems(problems);
            }
        });
        add(new LanguageSelect(l -> { }), new H2(getTranslation("registration.title")), form,
                new Anchor("login", getTranslation("registration.backToLogin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " · " + getTranslation("app.name");
    }
}
