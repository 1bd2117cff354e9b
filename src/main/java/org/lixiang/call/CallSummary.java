package org.lixiang.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.lixiang.base.ResearchField;

/** A call as lists show it. */
public record CallSummary(long id, String name, int year, Programme programme, Set<ResearchField> fields,
                          Instant opensAt, Instant closesAt, BigDecimal maxBudget, CallStatus status) {

    static CallSummary of(Call c) {
        return new CallSummary(c.getId(), c.getName(), c.getYear(), c.getProgramme(), c.getFields(),
                c.getOpensAt(), c.getClosesAt(), c.getMaxBudget(), c.getStatus());
    }
}
