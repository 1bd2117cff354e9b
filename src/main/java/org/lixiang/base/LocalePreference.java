package org.lixiang.base;

import java.util.Locale;
import java.util.Optional;

/** Remembers the language a user chose, so it follows them to their next login. */
public interface LocalePreference {

    Optional<Locale> preferredLocale(long userId);

    void savePreferredLocale(long userId, Locale locale);
}
