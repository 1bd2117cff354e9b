package org.lixiang.proposal;

import java.time.Instant;

/** A step in the applicant's timeline: when, what (an i18n key), the comment for them, a due date. */
public record TimelineEntry(Instant at, String whatKey, String comment, Instant due) {
}
