package org.lixiang.call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lixiang.base.Problems;

/**
 * The rules a call must satisfy, checked field by field so the form can show every problem at
 * once. Field names are the editor's: {@code criteria[2].weight} is the third criterion's weight.
 */
final class CallDraftCheck {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MIN_EXPERTS = 3;
    static final int MAX_EXPERTS = 30;
    static final int MAX_PUBLICITY_DAYS = 30;
    static final int MAX_REVIEW_DAYS = 90;
    static final int MAX_CRITERIA = 20;
    static final int MAX_POINTS = 1000;
    static final BigDecimal HUNDRED = new BigDecimal("100");
    /** numeric(14, 2) and numeric(16, 2) of the schema. */
    private static final BigDecimal MAX_BUDGET_LIMIT = new BigDecimal("1000000000000");
    private static final BigDecimal ENVELOPE_LIMIT = new BigDecimal("100000000000000");

    private CallDraftCheck() {
    }

    /** The draft with its texts trimmed; throws {@code InvalidInputException} listing every problem. */
    static CallDraft check(CallDraft d) {
        Problems problems = new Problems();
        String name = problems.text("name", d.name(), 200, true);
        range(problems, "year", d.year(), MIN_YEAR, MAX_YEAR);
        if (d.programme() == null) {
            problems.add("programme", "validation.required");
        }
        if (d.fields() == null || d.fields().isEmpty()) {
            problems.add("fields", "call.fieldsRequired");
        }
        String description = problems.text("description", d.description(), 20000, true);
        if (d.opensAt() == null) {
            problems.add("opensAt", "validation.required");
        }
        if (d.closesAt() == null) {
            problems.add("closesAt", "validation.required");
        } else if (d.opensAt() != null && !d.closesAt().isAfter(d.opensAt())) {
            problems.add("closesAt", "call.closesBeforeOpens");
        }
        boolean maxBudgetOk = amount(problems, "maxBudget", d.maxBudget(), MAX_BUDGET_LIMIT);
        boolean envelopeOk = amount(problems, "envelope", d.envelope(), ENVELOPE_LIMIT);
        if (maxBudgetOk && envelopeOk && d.maxBudget().compareTo(d.envelope()) > 0) {
            problems.add("maxBudget", "call.maxBudgetAboveEnvelope");
        }
        if (d.projectEarliestStart() != null && d.projectLatestEnd() != null
                && !d.projectLatestEnd().isAfter(d.projectEarliestStart())) {
            problems.add("projectLatestEnd", "call.projectEndBeforeStart");
        }
        List<CallCriterion.Draft> criteria = criteria(problems, d.criteria());
        if (d.expertsPerProposal() == null) {
            problems.add("expertsPerProposal", "validation.required");
        } else if (d.expertsPerProposal() < MIN_EXPERTS) {
            problems.add("expertsPerProposal", "call.expertsAtLeast", MIN_EXPERTS);
        } else {
            range(problems, "expertsPerProposal", d.expertsPerProposal(), MIN_EXPERTS, MAX_EXPERTS);
        }
        if (d.aggregationRule() == null) {
            problems.add("aggregationRule", "validation.required");
        }
        range(problems, "publicityDays", d.publicityDays(), 1, MAX_PUBLICITY_DAYS);
        range(problems, "reviewDays", d.reviewDays(), 1, MAX_REVIEW_DAYS);
        BigDecimal divergence = d.divergenceThreshold();
        if (divergence == null) {
            problems.add("divergenceThreshold", "validation.required");
        } else if (divergence.signum() < 0 || divergence.compareTo(HUNDRED) > 0) {
            problems.add("divergenceThreshold", "call.range", 0, 100);
        } else if (!twoDecimals(divergence)) {
            problems.add("divergenceThreshold", "call.twoDecimals");
        }
        problems.throwIfAny();
        return new CallDraft(name, d.year(), d.programme(), EnumSet.copyOf(d.fields()), description, d.opensAt(),
                d.closesAt(), d.maxBudget(), d.envelope(), d.projectEarliestStart(), d.projectLatestEnd(), criteria,
                d.expertsPerProposal(), d.aggregationRule(), d.publicityDays(), d.reviewDays(), d.blindReview(),
                divergence);
    }

    private static List<CallCriterion.Draft> criteria(Problems problems, List<CallCriterion.Draft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            problems.add("criteria", "call.criteriaRequired");
            return List.of();
        }
        if (drafts.size() > MAX_CRITERIA) {
            problems.add("criteria", "call.tooManyCriteria", MAX_CRITERIA);
            return List.of();
        }
        List<CallCriterion.Draft> clean = new ArrayList<>();
        Set<String> names = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean weightsOk = true;
        for (int i = 0; i < drafts.size(); i++) {
            CallCriterion.Draft c = drafts.get(i);
            String prefix = "criteria[" + i + "].";
            String name = problems.text(prefix + "name", c == null ? null : c.name(), 100, true);
            if (!name.isEmpty() && !names.add(name)) {
                problems.add(prefix + "name", "call.criterionDuplicate");
            }
            BigDecimal weight = c == null ? null : c.weight();
            if (weight == null || weight.signum() <= 0) {
                problems.add(prefix + "weight", "call.weightPositive");
                weightsOk = false;
            } else if (weight.compareTo(HUNDRED) > 0) {
                problems.add(prefix + "weight", "call.range", 0, 100);
                weightsOk = false;
            } else if (!twoDecimals(weight)) {
                problems.add(prefix + "weight", "call.twoDecimals");
                weightsOk = false;
            } else {
                total = total.add(weight);
            }
            int maxPoints = c == null ? 0 : c.maxPoints();
            if (maxPoints <= 0) {
                problems.add(prefix + "maxPoints", "call.maxPointsPositive");
            } else if (maxPoints > MAX_POINTS) {
                problems.add(prefix + "maxPoints", "call.range", 1, MAX_POINTS);
            }
            clean.add(new CallCriterion.Draft(name, weight, maxPoints));
        }
        if (weightsOk && total.compareTo(HUNDRED) != 0) {
            problems.add("criteria", "call.weightsTotal", total);
        }
        return clean;
    }

    /** Required, greater than zero, in yuan and fen, and below the column's limit. */
    private static boolean amount(Problems problems, String field, BigDecimal value, BigDecimal limit) {
        if (value == null || value.signum() <= 0) {
            problems.add(field, "validation.positive");
        } else if (!twoDecimals(value)) {
            problems.add(field, "call.twoDecimals");
        } else if (value.compareTo(limit) >= 0) {
            problems.add(field, "call.amountTooLarge");
        } else {
            return true;
        }
        return false;
    }

    private static void range(Problems problems, String field, Integer value, int min, int max) {
        if (value == null) {
            problems.add(field, "validation.required");
        } else if (value < min || value > max) {
            problems.add(field, "call.range", min, max);
        }
    }

    static boolean twoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 2;
    }
}
