package org.lixiang.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lixiang.base.ResearchField;

/**
 * What the applicant writes: the editable content of a proposal. Screens build it from their
 * fields; the service validates it and stores it; snapshots of submitted versions use it too.
 */
public record ProposalContent(
        String title,
        ResearchField field,
        String summary,
        String objectives,
        String outcomes,
        LocalDate startDate,
        LocalDate endDate,
        List<Member> team,
        List<Avoided> avoidedExperts,
        List<Budget> budget,
        boolean declarationAccepted) {

    public static final int MAX_AVOIDED = 3;

    public ProposalContent {
        team = team == null ? List.of() : List.copyOf(team);
        avoidedExperts = avoidedExperts == null ? List.of() : List.copyOf(avoidedExperts);
        budget = budget == null ? List.of() : List.copyOf(budget);
    }

    /** A team member (项目组成员). */
    public record Member(String name, String organization, String title, String role, boolean lead) {
    }

    /** An expert to avoid (回避专家) and why. */
    public record Avoided(String name, String organization, String reason) {
    }

    /** One budget category, yuan. Null amounts mean "not entered" (counted as zero). */
    public record Budget(BudgetCategory category, BigDecimal requested, BigDecimal selfRaised) {
    }

    /** Budget by category, with every category present. */
    public Map<BudgetCategory, Budget> budgetByCategory() {
        Map<BudgetCategory, Budget> map = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory c : BudgetCategory.values()) {
            map.put(c, new Budget(c, null, null));
        }
        budget.forEach(b -> map.put(b.category(), b));
        return map;
    }

    public BigDecimal requestedTotal() {
        return budget.stream().map(Budget::requested).map(ProposalContent::zero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal selfRaisedTotal() {
        return budget.stream().map(Budget::selfRaised).map(ProposalContent::zero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return requestedTotal().add(selfRaisedTotal());
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** An empty proposal whose team starts with the applicant as lead. */
    public static ProposalContent empty(String applicantName, String organizationName) {
        return new ProposalContent("", null, "", "", "", null, null,
                List.of(new Member(applicantName, organizationName, "", "", true)), List.of(), List.of(), false);
    }
}
