package org.lixiang.identity;

import java.util.Locale;
import java.util.Optional;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.LocalePreference;
import org.lixiang.base.Messages;
import org.lixiang.base.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language a user picked in the header, kept on their account. */
@Service
class UserPreferences implements LocalePreference {

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

    private static void requireSelf(long userId) {
        if (CurrentUser.require().userId() != userId) {
            throw new NotAllowedException("another user's preferences");
        }
    }
}
