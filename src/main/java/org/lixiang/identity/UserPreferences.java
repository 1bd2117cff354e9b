package org.lixiang.identity;

import java.util.Locale;
import java.util.Optional;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.LocalePreference;
import org.lixiang.base.Messages;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user chose for themselves, kept on their account: the language picked in the header and,
 * for applicants, whether newly published calls are mailed to them. Only ever the caller's own.
 */
@Service
public class UserPreferences implements LocalePreference {

    private final AppUserRepository users;

    UserPreferences(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale(long userId) {
        requireSelf(userId);
        return users.findById(userId).map(AppUser::getPreferredLocale).map(Locale::forLanguageTag);
    }

    @Override
    @Transactional
    public void savePreferredLocale(long userId, Locale locale) {
        requireSelf(userId);
        users.findById(userId).ifPresent(u -> u.setPreferredLocale(Messages.supported(locale).toLanguageTag()));
    }

    /** Whether the calling applicant wants an e-mail when a call is published (off until they opt in). */
    @Transactional(readOnly = true)
    public boolean newCallMails() {
        AppPrincipal me = CurrentUser.requireAny(Role.APPLICANT);
        return users.findById(me.userId()).map(AppUser::isNotifyNewCalls).orElse(false);
    }

    /** The calling applicant opts in to (or out of) mails about newly published calls. */
    @Transactional
    public void saveNewCallMails(boolean wanted) {
        AppPrincipal me = CurrentUser.requireAny(Role.APPLICANT);
        users.findById(me.userId()).orElseThrow(() -> new NotAllowedException("user " + me.userId()))
                .setNotifyNewCalls(wanted);
    }

    private static void requireSelf(long userId) {
        if (CurrentUser.require().userId() != userId) {
            throw new NotAllowedException("another user's preferences");
        }
    }
}
