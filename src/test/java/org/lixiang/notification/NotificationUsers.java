package org.lixiang.notification;

import java.util.Set;
import org.lixiang.TestAccounts;
import org.lixiang.base.Role;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserDraft;

/**
 * Fresh accounts for notification tests, so a count is not disturbed by what other tests sent
 * the shared test accounts. A plain object, not an imported bean: an import would give its tests
 * a Spring context of their own.
 */
public class NotificationUsers {

    private final UserAdminService admin;
    private final TestAccounts accounts;

    public NotificationUsers(UserAdminService admin, TestAccounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    public record User(long id, String username, String email) {
    }

    /** A new enabled user of the role at the first test organization; logs out afterwards. */
    public User create(String prefix, Role role) {
        accounts.as("t_admin");
        try {
            String username = (prefix + "_" + Long.toString(System.nanoTime(), 36)).toLowerCase();
            String email = username + "@example.org";
            long id = admin.create(new UserDraft(username, TestAccounts.PASSWORD, "通知" + username.substring(0, 8),
                    email, null, TestAccounts.ORG_A, Set.of(role), true));
            return new User(id, username, email);
        } finally {
            accounts.logout();
        }
    }
}
