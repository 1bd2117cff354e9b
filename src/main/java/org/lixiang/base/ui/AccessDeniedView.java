package org.lixiang.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;

/**
 * Shown when a logged-in user opens a screen their roles do not allow. Unlike Vaadin's default
 * (which pretends the page does not exist) it says so plainly, and records the attempt.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final transient AuditLog audit;

    public AccessDeniedView(AuditLog audit) {
        this.audit = audit;
        addClassName("access-denied");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        render(this, event.getLocation().getPathWithQueryParameters());
        record(audit, event.getLocation().getPathWithQueryParameters(), "view");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    static void render(Div view, String path) {
        view.removeAll();
        view.add(new H2(view.getTranslation("accessDenied.title")),
                new Paragraph(view.getTranslation("accessDenied.text")));
    }

    static void record(AuditLog audit, String path, String reason) {
        AppPrincipal user = CurrentUser.get().orElse(null);
        audit.securityEvent("ACCESS_DENIED", user == null ? null : user.userId(),
                user == null ? null : user.getUsername(), "/" + path + " (" + reason + ")", null);
    }
}
