package org.lixiang.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A logged-in user refused by a URL rule (not by a screen, which audits itself): recorded as
 * {@code ACCESS_DENIED} with the path, then the usual 403.
 */
class AuditedAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditLog audit;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    AuditedAccessDeniedHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        AppPrincipal user = CurrentUser.get().orElse(null);
        String path = request.getRequestURI();
        audit.securityEvent("ACCESS_DENIED", user == null ? null : user.userId(),
                user == null ? null : user.getUsername(), (path.length() > 200 ? path.substring(0, 200) : path)
                        + " (url)", request.getRemoteAddr());
        forbidden.handle(request, response, refused);
    }
}
