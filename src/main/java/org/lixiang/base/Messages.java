package org.lixiang.base;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The two languages of the portal, 简体中文 and English. Each feature owns a bundle under
 * {@code i18n/} ({@code messages} for the shared texts, {@code call}, {@code proposal}, …);
 * a key is looked up in all of them.
 * Vaadin uses it to pick the browser's language for a new session; services use it for texts
 * they produce (notifications, exports).
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final List<String> bundles;
    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    public Messages() {
        this.bundles = bundleNames();
    }

    /** The English files of {@code i18n/} name the bundles; each has its Chinese twin. */
    static List<String> bundleNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return java.util.Arrays.stream(files).map(Resource::getFilename)
                    .filter(n -> n != null && !n.contains("_"))
                    .map(n -> "i18n." + n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = supported(locale);
        for (String name : bundles) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, target, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params == null || params.length == 0 ? pattern
                        : new MessageFormat(pattern, target).format(params);
            }
        }
        log.warn("missing message {} for {}", key, locale);
        return "!" + key;
    }

    /** Maps any locale onto one of the two the portal speaks: Chinese variants to 简体中文, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Translation in the current Vaadin session's language (English outside a session). */
    public String tr(String key, Object... params) {
        VaadinSession session = VaadinSession.getCurrent();
        return getTranslation(key, session == null ? ENGLISH : session.getLocale(), params);
    }
}
