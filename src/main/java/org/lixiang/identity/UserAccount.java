package org.lixiang.identity;

import java.util.Set;
import org.lixiang.base.Role;

/** A user as the admin's user list shows it. */
public record UserAccount(long id, String username, String displayName, String email, String phone,
                          String organizationName, String organizationCreditCode, Set<Role> roles,
                          boolean enabled, long version) {

    static UserAccount of(AppUser u) {
        return new UserAccount(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getPhone(),
                u.getOrganization() == null ? null : u.getOrganization().getName(),
                u.getOrganization() == null ? null : u.getOrganization().getCreditCode(),
                u.getRoles(), u.isEnabled(), u.getVersion());
    }
}
