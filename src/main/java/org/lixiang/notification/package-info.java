/**
 * Messages to users: in-app notifications (the header's bell, the Messages page) and their
 * e-mail, queued in an outbox in the transaction of the event and sent after it commits
 * ({@link org.lixiang.notification.Notifier}).
 */
package org.lixiang.notification;
