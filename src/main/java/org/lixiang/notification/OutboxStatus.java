package org.lixiang.notification;

/** Where one queued e-mail stands. */
enum OutboxStatus {
    /** Waiting for its (next) attempt at {@code next_attempt_at}. */
    PENDING,
    /** Claimed by a dispatcher that is sending it now, or that died while sending it. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server configured: written to the log instead. */
    LOGGED,
    /** Nothing to send: the recipient has no address or is disabled. */
    SKIPPED,
    /** Given up: attempts exhausted, or interrupted mid-send (may or may not have gone out). */
    FAILED
}
