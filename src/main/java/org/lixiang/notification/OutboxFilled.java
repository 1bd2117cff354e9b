package org.lixiang.notification;

/** Published when a transaction queues e-mail; after its commit the dispatcher is woken up. */
enum OutboxFilled {
    INSTANCE
}
