package org.lixiang.base;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling a service: read from Spring Security, never from a parameter the UI passes in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AppPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AppPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The caller, or an authentication error when nobody is logged in. */
    public static AppPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not logged in"));
    }

    /** The caller when they hold one of the roles; otherwise access is denied. */
    public static AppPrincipal requireAny(Role... roles) {
        AppPrincipal principal = require();
        if (!principal.hasAny(roles)) {
            throw new NotAllowedException("role");
        }
        return principal;
    }
}
