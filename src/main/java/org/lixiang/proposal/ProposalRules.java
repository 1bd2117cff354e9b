package org.lixiang.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.lixiang.base.Problems;
import org.lixiang.call.CallDetails;

/**
 * What makes a proposal's content acceptable. A draft may be incomplete but never malformed
 * (over-long text, negative amounts, dates out of order); a submission must be complete.
 * Problems are keyed by field so the editor shows each next to its input.
 */
final class ProposalRules {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 2000;
    static final int OBJECTIVES_MAX = 20000;
    static final int OUTCOMES_MAX = 10000;
    static final int MAX_TEAM = 30;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private ProposalRules() {
    }

    /** Checks a draft; with {@code complete} also everything a submission needs. */
    static void check(ProposalContent c, CallDetails call, boolean complete, Problems p) {
        p.text("title", c.title(), TITLE_MAX, complete);
        p.text("summary", c.summary(), SUMMARY_MAX, complete);
        p.text("objectives", c.objectives(), OBJECTIVES_MAX, complete);
        p.text("outcomes", c.outcomes(), OUTCOMES_MAX, complete);
        if (c.field() == null) {
            if (complete) {
                p.add("field", "validation.required");
            }
        } else if (!call.fields().contains(c.field())) {
            p.add("field", "proposal.fieldNotInCall");
        }
        checkDates(c.startDate(), c.endDate(), call, complete, p);
        checkTeam(c, complete, p);
        checkAvoided(c, p);
        checkBudget(c, call, complete, p);
        if (complete && !c.declarationAccepted()) {
            p.add("declaration", "proposal.declarationRequired");
        }
    }

    private static void checkDates(LocalDate start, LocalDate end, CallDetails call, boolean complete, Problems p) {
        if (start == null && complete) {
            p.add("startDate", "validation.required");
        }
        if (end == null && complete) {
            p.add("endDate", "validation.required");
        }
        if (start != null && end != null && !end.isAfter(start)) {
            p.add("endDate", "proposal.endBeforeStart");
        }
        if (start != null && call.projectEarliestStart() != null && start.isBefore(call.projectEarliestStart())) {
            p.add("startDate", "proposal.startTooEarly", call.projectEarliestStart().toString());
        }
        if (end != null && call.projectLatestEnd() != null && end.isAfter(call.projectLatestEnd())) {
            p.add("endDate", "proposal.endTooLate", call.projectLatestEnd().toString());
        }
    }

    private static void checkTeam(ProposalContent c, boolean complete, Problems p) {
        if (c.team().size() > MAX_TEAM) {
            p.add("team", "proposal.teamTooLarge", MAX_TEAM);
        }
        long leads = c.team().stream().filter(ProposalContent.Member::lead).count();
        if (complete && (c.team().isEmpty() || leads != 1)) {
            p.add("team", "proposal.teamNeedsLead");
        }
        for (ProposalContent.Member m : c.team()) {
            Problems row = new Problems();
            row.text("name", m.name(), 50, true);
            row.text("organization", m.organization(), 200, true);
            row.text("title", m.title(), 50, false);
            row.text("role", m.role(), 100, false);
            if (!row.isEmpty()) {
                p.add("team", "proposal.teamRowInvalid", m.name() == null ? "" : m.name());
                break;
            }
        }
    }

    private static void checkAvoided(ProposalContent c, Problems p) {
        if (c.avoidedExperts().size() > ProposalContent.MAX_AVOIDED) {
            p.add("avoidedExperts", "proposal.tooManyAvoided", ProposalContent.MAX_AVOIDED);
        }
        for (ProposalContent.Avoided a : c.avoidedExperts()) {
            Problems row = new Problems();
            row.text("name", a.name(), 50, true);
            row.text("organization", a.organization(), 200, false);
            row.text("reason", a.reason(), 500, true);
            if (!row.isEmpty()) {
                p.add("avoidedExperts", "proposal.avoidedRowInvalid", a.name() == null ? "" : a.name());
                break;
            }
        }
    }

    private static void checkBudget(ProposalContent c, CallDetails call, boolean complete, Problems p) {
        for (ProposalContent.Budget b : c.budget()) {
            amount("budget." + b.category().name() + ".requested", b.requested(), p);
            amount("budget." + b.category().name() + ".selfRaised", b.selfRaised(), p);
        }
        BigDecimal requested = c.requestedTotal();
        if (requested.compareTo(call.maxBudget()) > 0) {
            p.add("budget", "proposal.requestedOverMax", requested, call.maxBudget());
        } else if (complete && requested.signum() <= 0) {
            p.add("budget", "proposal.requestedRequired");
        }
    }

    private static void amount(String field, BigDecimal v, Problems p) {
        if (v == null) {
            return;
        }
        if (v.signum() < 0) {
            p.add(field, "proposal.amountNegative");
        } else if (v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
            p.add(field, "proposal.amountCents");
        } else if (v.compareTo(MAX_AMOUNT) > 0) {
            p.add(field, "proposal.amountTooLarge");
        }
    }
}
