package org.lixiang.workflow;

import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.eventsubscription.api.EventSubscription;

/**
 * The execution of one process instance that waits at a message catch event, for delivering that
 * message to it. Found through the instance's own event subscription (Flowable's index on the
 * process instance), not with {@code createExecutionQuery().messageEventSubscriptionName(..)}:
 * PostgreSQL planned that query, an {@code EXISTS} over all subscriptions of the message, from the
 * subscriptions' side and took 90 ms per proposal once 10,000 proposals waited for their result
 * (0.6 ms this way; docs/performance.md).
 */
final class WaitingForMessage {

    private WaitingForMessage() {
    }

    static Optional<String> execution(RuntimeService runtime, String processInstanceId, String message) {
        EventSubscription waiting = runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType("message").eventName(message).singleResult();
        return Optional.ofNullable(waiting).map(EventSubscription::getExecutionId);
    }
}
