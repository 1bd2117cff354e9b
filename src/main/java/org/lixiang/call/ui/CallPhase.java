package org.lixiang.call.ui;

import java.time.Instant;
import org.lixiang.call.CallStatus;

/** Where a call stands for the officer: a draft, or published and not yet open, open, or closed. */
enum CallPhase {
    DRAFT, UPCOMING, OPEN, CLOSED;

    static CallPhase of(CallStatus status, Instant opensAt, Instant closesAt, Instant now) {
        if (status != CallStatus.PUBLISHED) {
            return DRAFT;
        }
        if (now.isBefore(opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(closesAt) ? OPEN : CLOSED;
    }

    String labelKey() {
        return "callPhase." + name();
    }
}
