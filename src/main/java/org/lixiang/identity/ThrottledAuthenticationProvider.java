package org.lixiang.identity;

import org.lixiang.base.audit.AuditLog;
import org.lixiang.base.AppPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with throttling and an audit entry for every attempt. Unknown user and wrong
 * password fail the same way (Spring hides "user not found" as bad credentials), and take the
 * same time, because the DAO provider hashes a dummy password for unknown users.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final boolean auditSuccess;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
        this(delegate, throttle, audit, true);
    }

    /**
     * {@code auditSuccess} false for the metrics scraper's HTTP Basic login, which repeats every few
     * seconds: its failures and throttling are still audited, its routine successes would drown the trail.
     */
    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit,
                                    boolean auditSuccess) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
        this.auditSuccess = auditSuccess;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        if (throttle.isBlocked(username, address)) {
            audit.securityEvent("LOGIN_THROTTLED", null, truncate(username), null, address);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(username);
            AppPrincipal principal = (AppPrincipal) result.getPrincipal();
            if (auditSuccess) {
                audit.securityEvent("LOGIN", principal.userId(), principal.getUsername(), null, address);
            }
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, address);
            audit.securityEvent("LOGIN_FAILED", null, truncate(username), e.getClass().getSimpleName(), address);
            throw e instanceof BadCredentialsException ? e : new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String truncate(String name) {
        return name == null ? null : name.length() > 100 ? name.substring(0, 100) : name;
    }
}
