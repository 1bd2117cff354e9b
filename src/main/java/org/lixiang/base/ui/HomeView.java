package org.lixiang.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Role;

/** Where a user lands after login: a greeting and, per role, what they usually do next. */
@Route("")
@Menu(title = "menu.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView() {
        AppPrincipal user = CurrentUser.require();
        add(new H2(getTranslation("home.greeting", user.displayName())));
        for (Role role : Role.values()) {
            if (user.has(role)) {
                Paragraph hint = new Paragraph(getTranslation("home.hint." + role.name()));
                hint.addClassName("role-hint");
                add(hint);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · " + getTranslation("app.name");
    }
}
