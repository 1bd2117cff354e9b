/** Messages to users: in-app notifications (reminders, escalations); e-mail comes with the tracking feature. */
package org.lixiang.notification;
