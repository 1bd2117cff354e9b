package org.lixiang.workflow;

import java.time.Instant;

/**
 * A task waiting for the current user. {@code subject} is the process instance's name (the
 * proposal's number and title), {@code route} the screen that handles it: form key + task id.
 */
public record TaskSummary(String id, String name, String stepKey, String formKey, String businessKey,
                          String subject, Instant created, Instant due, boolean assignedToMe) {

    public String route() {
        return formKey + "/" + id;
    }
}
