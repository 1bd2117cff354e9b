package org.lixiang.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings ({@code lixiang.mail.*}, from the {@code MAIL_*} environment variables, see the
 * README). Without a host nothing is mailed: messages go to the log and stay in the portal.
 *
 * @param tls          STARTTLS (required, the usual port 587), SSL (implicit, port 465) or NONE
 * @param baseUrl      how recipients reach the portal, for the links in the mails
 * @param maxAttempts  attempts per mail before it is marked failed
 * @param firstRetry   wait after the first failure; doubles after each further one, up to an hour
 * @param staleAfter   a mail claimed longer ago than this was interrupted mid-send (the server died)
 * <p>{@code lixiang.mail.auto-dispatch} (default true) and {@code lixiang.mail.dispatch-interval}
 * (default 30 s) drive {@link DispatchTrigger}; tests that dispatch by hand switch it off.
 */
@ConfigurationProperties("lixiang.mail")
record MailSettings(String host,
                    @DefaultValue("587") int port,
                    String username,
                    String password,
                    @DefaultValue("STARTTLS") Tls tls,
                    @DefaultValue("lixiang@localhost") String from,
                    @DefaultValue("http://localhost:8080") String baseUrl,
                    @DefaultValue("5") int maxAttempts,
                    @DefaultValue("PT1M") Duration firstRetry,
                    @DefaultValue("PT10M") Duration staleAfter) {

    enum Tls { STARTTLS, SSL, NONE }

    boolean smtpConfigured() {
        return host != null && !host.isBlank();
    }

    /** Backoff before attempt {@code attemptsSoFar + 1}: firstRetry, doubled per failure, capped at an hour. */
    Duration retryDelay(int attemptsSoFar) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attemptsSoFar - 1, 0), 16));
        return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
    }
}
