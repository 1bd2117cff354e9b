package org.lixiang.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.lixiang.base.ConflictException;
import org.lixiang.base.Messages;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a user sees when an action fails after the screen was drawn (a click, not a navigation):
 * a step done meanwhile elsewhere, a concurrent edit, a refused access — each said plainly in the
 * user's language — and anything else as a short apology while the details go to the log.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);
    private final transient Messages messages;
    private final transient AuditLog audit;

    UiErrorHandler(Messages messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConflictException conflict) {
                show(conflict.messageKey());
                return;
            }
            if (t instanceof OptimisticLockingFailureException) {
                show("error.concurrentEdit");
                return;
            }
            if (t instanceof AccessDeniedException denied) {
                AppPrincipal user = CurrentUser.get().orElse(null);
                audit.securityEvent("ACCESS_DENIED", user == null ? null : user.userId(),
                        user == null ? null : user.getUsername(), "action (" + denied.getMessage() + ")", null);
                show("accessDenied.text");
                return;
            }
        }
        log.error("Unexpected error in the UI", cause);
        if (UI.getCurrent() != null) {
            show("error.unexpected");
        } else {
            new DefaultErrorHandler().error(event);
        }
    }

    private void show(String key) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(messages.getTranslation(key, ui.getLocale()));
        }
    }
}
