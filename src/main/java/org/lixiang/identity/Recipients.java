package org.lixiang.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a notification goes to: the enabled holders of a role (all officers for a new objection),
 * the applicants who opted in to new calls, and — for the mail dispatcher only — a user's address,
 * name and language.
 */
@Service
public class Recipients {

    private final AppUserRepository users;

    Recipients(AppUserRepository users) {
        this.users = users;
    }

    /** A recipient's mail details; {@code locale} is empty when they never picked a language. */
    public record Contact(long userId, String displayName, String email, Optional<Locale> locale, boolean enabled) {
    }

    /**
     * Ids of the enabled users holding the role. Any step that raises an event may ask (an
     * applicant filing an objection tells every officer), but only from inside its transaction:
     * a screen, which has none, cannot list users this way.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> withRole(Role role) {
        return users.enabledWithRole(role);
    }

    /** Ids of the enabled applicants who opted in to mails about newly published calls; as {@link #withRole}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> applicantsWantingNewCalls() {
        return users.enabledWithRoleWantingNewCalls(Role.APPLICANT);
    }

    /**
     * A user's address and language. Only the system (the mail dispatcher runs with nobody logged
     * in) or the user themselves: addresses are personal data.
     */
    @Transactional(readOnly = true)
    public Optional<Contact> contact(long userId) {
        CurrentUser.get().filter(u -> u.userId() != userId).ifPresent(u -> {
            throw new NotAllowedException("another user's contact");
        });
        return users.findById(userId).map(u -> new Contact(u.getId(), u.getDisplayName(), u.getEmail(),
                Optional.ofNullable(u.getPreferredLocale()).filter(s -> !s.isBlank()).map(Locale::forLanguageTag),
                u.isEnabled()));
    }
}
