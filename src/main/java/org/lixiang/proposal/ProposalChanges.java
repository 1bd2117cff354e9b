package org.lixiang.proposal;

import java.util.Map;
import java.util.stream.Collectors;
import org.lixiang.base.audit.AuditChanges;

/**
 * What a draft save changed, for the audit trail: each text field on its own, the team and the
 * experts to avoid as lists, the budget per category and column — never the whole proposal.
 */
final class ProposalChanges {

    private ProposalChanges() {
    }

    static AuditChanges between(ProposalContent a, ProposalContent b) {
        AuditChanges changes = AuditChanges.diff()
                .field("title", a.title(), b.title())
                .field("field", a.field(), b.field())
                .field("summary", a.summary(), b.summary())
                .field("objectives", a.objectives(), b.objectives())
                .field("outcomes", a.outcomes(), b.outcomes())
                .field("startDate", a.startDate(), b.startDate())
                .field("endDate", a.endDate(), b.endDate())
                .field("team", team(a), team(b))
                .field("avoidedExperts", avoided(a), avoided(b));
        Map<BudgetCategory, ProposalContent.Budget> x = a.budgetByCategory();
        Map<BudgetCategory, ProposalContent.Budget> y = b.budgetByCategory();
        for (BudgetCategory c : BudgetCategory.values()) {
            changes.field("budget." + c.name() + ".requested", x.get(c).requested(), y.get(c).requested());
            changes.field("budget." + c.name() + ".selfRaised", x.get(c).selfRaised(), y.get(c).selfRaised());
        }
        return changes.field("declarationAccepted", a.declarationAccepted(), b.declarationAccepted());
    }

    // The audit stores one text per list. It is a record, not a screen: one fixed form (the one its
    // first entries were written in), whoever saved and whatever language the trail is read in.
    private static String team(ProposalContent c) {
        return c.team().stream().map(m -> m.name() + "（" + m.organization() + "，" + nz(m.title()) + "，" + nz(m.role()) + "）")
                .collect(Collectors.joining("\n"));
    }

    private static String avoided(ProposalContent c) {
        return c.avoidedExperts().stream().map(e -> e.name() + "（" + nz(e.organization()) + "）：" + e.reason())
                .collect(Collectors.joining("\n"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
