package org.lixiang.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No SMTP host configured: the mail goes to the log (one line; the text at debug level, since
 * the demo data alone raises hundreds) and the in-app notification is all users get.
 */
class LogMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(LogMailTransport.class);

    @Override
    public OutboxStatus send(Mail mail) {
        log.info("no SMTP host configured (MAIL_HOST), mail not sent: to={} subject={}", mail.to(), mail.subject());
        log.debug("text of the mail not sent to {}:\n{}", mail.to(), mail.body());
        return OutboxStatus.LOGGED;
    }
}
