package org.lixiang.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How dates and times read on screens and in messages: 2026-12-31 17:00, in the server's zone. */
public final class Dates {

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Dates() {
    }

    public static String format(Instant instant, Clock clock) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
