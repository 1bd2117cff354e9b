package org.lixiang.identity;

import org.lixiang.base.AppPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user for Spring Security and turns them into the principal every feature reads. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AccountDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return principalOf(user);
    }

    static AppPrincipal principalOf(AppUser user) {
        return new AppPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                user.getRoles(), user.getOrganization() == null ? null : user.getOrganization().getId(),
                user.isEnabled());
    }
}
