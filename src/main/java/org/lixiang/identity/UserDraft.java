package org.lixiang.identity;

import java.util.Set;
import org.lixiang.base.Role;

/**
 * What an admin enters to create or change a user. The password is required for a new user and
 * optional on edit (blank keeps the current one). The organization is given by its credit code.
 */
public record UserDraft(String username, String password, String displayName, String email, String phone,
                        String organizationCreditCode, Set<Role> roles, boolean enabled) {
}
