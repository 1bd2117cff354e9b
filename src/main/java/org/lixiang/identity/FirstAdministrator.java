package org.lixiang.identity;

import java.util.EnumSet;
import java.util.Set;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a new installation. No account comes with a default password: when
 * no administrator exists, one is created only if {@code LIXIANG_ADMIN_PASSWORD} is set (and
 * passes the password policy); otherwise the log says how, and nobody can log in yet. Runs after
 * the demo loader, which brings its own administrator when demo data is wanted.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAdminService users;
    private final JdbcTemplate jdbc;
    private final String username;
    private final String password;
    private final String email;

    FirstAdministrator(UserAdminService users, JdbcTemplate jdbc,
                       @Value("${lixiang.admin.username:admin}") String username,
                       @Value("${lixiang.admin.password:}") String password,
                       @Value("${lixiang.admin.email:admin@localhost.localdomain}") String email) {
        this.users = users;
        this.jdbc = jdbc;
        this.username = username;
        this.password = password;
        this.email = email;
    }

    @Order(200)
    @EventListener(ApplicationReadyEvent.class)
    void createIfNone() {
        Integer admins = jdbc.queryForObject("select count(*) from user_role where role = 'ADMIN'", Integer.class);
        if (admins != null && admins > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No administrator exists yet. Set LIXIANG_ADMIN_PASSWORD (and optionally LIXIANG_ADMIN_USERNAME, "
                    + "LIXIANG_ADMIN_EMAIL) and restart to create the first one.");
            return;
        }
        AppPrincipal installer = new AppPrincipal(0, "installer", null, "Installer", EnumSet.of(Role.ADMIN), null, true);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(installer, null, installer.getAuthorities()));
        try {
            users.create(new UserDraft(username, password, "Administrator", email, null, null, Set.of(Role.ADMIN), true));
            log.info("Created the first administrator '{}'", username);
        } catch (InvalidInputException e) {
            // a weak or malformed setting must not leave an installation with a guessable account
            throw new IllegalStateException("LIXIANG_ADMIN_* settings refused: " + e.getMessage()
                    + " (at least 10 characters, not a common password, not the user name)", e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
