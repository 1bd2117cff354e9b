package org.lixiang.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** No SMTP host configured: the mail is written to the log; the in-app notification is all users get. */
class LogMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(LogMailTransport.class);

    @Override
    public OutboxStatus send(Mail mail) {
        log.info("no SMTP host configured (MAIL_HOST); mail not sent: to={} subject={}\n{}",
                mail.to(), mail.subject(), mail.body());
        return OutboxStatus.LOGGED;
    }
}
