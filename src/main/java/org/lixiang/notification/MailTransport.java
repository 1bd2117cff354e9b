package org.lixiang.notification;

/** Where rendered mails go: an SMTP server, or the log when none is configured. */
interface MailTransport {

    /**
     * Hands the mail over; returns the status the outbox row ends in ({@code SENT} or {@code LOGGED}).
     * Throws when it could not be handed over; the dispatcher then retries later.
     */
    OutboxStatus send(Mail mail);
}
