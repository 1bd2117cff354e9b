package org.lixiang.identity;

import org.lixiang.base.AppPrincipal;
import org.lixiang.base.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Logouts complete the login trail (logins and failures are audited where they are checked). */
@Component
class LogoutAudit {

    private final AuditLog audit;

    LogoutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppPrincipal user) {
            // no address given: the audit log takes the logout request's own
            audit.securityEvent("LOGOUT", user.userId(), user.getUsername(), null, null);
        }
    }
}
