package org.lixiang.call;

import java.time.Instant;

/** One extension of a call's deadline, as its history lists it. */
public record DeadlineChange(Instant oldClosesAt, Instant newClosesAt, String reason, long changedBy,
                             Instant changedAt) {

    static DeadlineChange of(CallDeadlineChange c) {
        return new DeadlineChange(c.getOldClosesAt(), c.getNewClosesAt(), c.getReason(), c.getChangedBy(),
                c.getChangedAt());
    }
}
