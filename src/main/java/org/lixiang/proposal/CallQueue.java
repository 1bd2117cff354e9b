package org.lixiang.proposal;

/** A call with the number of its proposals waiting for formal review. */
public record CallQueue(long callId, String callName, long waiting) {
}
