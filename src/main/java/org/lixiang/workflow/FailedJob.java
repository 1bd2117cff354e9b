package org.lixiang.workflow;

import java.time.Instant;

/**
 * A job that failed: a dead letter (retries exhausted, waits for an admin) or one still retrying
 * by itself. {@code step} is the BPMN element that failed, {@code businessKey} its process
 * instance's (a proposal number, {@code CALL-<id>}, …).
 */
public record FailedJob(String id, Kind kind, String processDefinitionKey, String processInstanceId,
                        String businessKey, String step, String stepName, String error, int retries,
                        Instant created, Instant due) {

    public enum Kind {
        /** Retries exhausted: nothing runs it again until an admin retries it. */
        DEAD_LETTER,
        /** Failed and waiting for its next automatic attempt. */
        RETRY_WAITING,
        /** Failed and queued for its next automatic attempt. */
        RETRY_QUEUED;

        public String labelKey() {
            return "jobs.kind." + name();
        }
    }

    public boolean retryable() {
        return kind == Kind.DEAD_LETTER;
    }
}
