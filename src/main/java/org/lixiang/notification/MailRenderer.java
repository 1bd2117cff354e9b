package org.lixiang.notification;

import java.net.URI;
import java.util.Locale;
import org.lixiang.base.Messages;
import org.lixiang.identity.Recipients;
import org.springframework.stereotype.Component;

/**
 * Writes a notification as a plain-text mail in the recipient's language: the one they picked in
 * the portal, else Chinese, the bureau's working language.
 */
@Component
class MailRenderer {

    private static final int MAX_SUBJECT = 200;

    private final Messages messages;
    private final MailSettings settings;

    MailRenderer(Messages messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    Mail render(long outboxId, UserNotification n, Recipients.Contact to) {
        Locale locale = Messages.supported(to.locale().orElse(Messages.CHINESE));
        String text = messages.getTranslation(n.messageKey(), locale, (Object[]) n.args());
        String subject = messages.getTranslation("mail.subject", locale, text);
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        String url = trimSlash(settings.baseUrl()) + "/" + (n.link() == null ? "notifications" : n.link());
        String body = messages.getTranslation("mail.greeting", locale, to.displayName()) + "\n\n"
                + text + "\n\n"
                + messages.getTranslation("mail.open", locale, url) + "\n\n"
                + "-- \n" + messages.getTranslation("mail.footer", locale) + "\n";
        return new Mail(to.email(), subject, body, "<lixiang-" + outboxId + "@" + hostOf(settings.baseUrl()) + ">");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "lixiang" : host;
        } catch (IllegalArgumentException e) {
            return "lixiang";
        }
    }
}
