package org.lixiang.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.lixiang.base.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when a service refuses an object during navigation: a proposal, review or task id in the
 * URL that is not the user's. Same page as {@link AccessDeniedView}, same audit entry.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ForbiddenObjectView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final transient AuditLog audit;

    public ForbiddenObjectView(AuditLog audit) {
        this.audit = audit;
        addClassName("access-denied");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AccessDeniedView.render(this, event.getLocation().getPathWithQueryParameters());
        AccessDeniedView.record(audit, event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException().getMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
