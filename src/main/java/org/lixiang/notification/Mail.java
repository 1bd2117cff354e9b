package org.lixiang.notification;

/** One rendered e-mail; {@code messageId} is stable per outbox row, so receivers can spot a repeat. */
record Mail(String to, String subject, String body, String messageId) {
}
