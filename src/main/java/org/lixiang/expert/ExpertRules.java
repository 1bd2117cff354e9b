package org.lixiang.expert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lixiang.base.Problems;

/** What a valid profile is, and when an expert can be drawn. */
final class ExpertRules {

    static final int KEYWORDS_MAX = 500;
    static final int ORGANIZATION_MAX = 200;
    static final int PERSON_MAX = 50;
    static final int CONFLICTS_MAX = 30;
    static final int REVIEWS_MIN = 1;
    static final int REVIEWS_MAX = 50;
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("\\$\\{|#\\{");

    private ExpertRules() {
    }

    /** True while a pause lasts: up to and including its last day. */
    static boolean pausedOn(LocalDate pausedUntil, LocalDate today) {
        return pausedUntil != null && !today.isAfter(pausedUntil);
    }

    /** Drawable: the account is enabled and the expert is not paused today. */
    static boolean available(boolean enabled, LocalDate pausedUntil, LocalDate today) {
        return enabled && !pausedOn(pausedUntil, today);
    }

    /**
     * Checks every field of a draft, adding one problem per field, and returns it cleaned up:
     * texts stripped, empty conflict rows dropped, duplicates (ignoring case) removed.
     */
    static ExpertProfileDraft check(ExpertProfileDraft d, LocalDate today, Problems problems) {
        if (d.fields() == null || d.fields().isEmpty()) {
            problems.add("fields", "expert.fieldsRequired");
        }
        if (d.title() == null) {
            problems.add("title", "validation.required");
        }
        String keywords = problems.text("keywords", d.keywords(), KEYWORDS_MAX, false);
        LocalDate until = null;
        if (d.paused()) {
            until = d.pausedUntil();
            if (until == null) {
                problems.add("pausedUntil", "validation.required");
            } else if (until.isBefore(today)) {
                problems.add("pausedUntil", "expert.pausedUntilPast");
            }
        }
        Integer max = d.maxConcurrentReviews();
        if (max == null) {
            problems.add("maxConcurrentReviews", "validation.required");
        } else if (max < REVIEWS_MIN || max > REVIEWS_MAX) {
            problems.add("maxConcurrentReviews", "expert.maxReviewsRange", REVIEWS_MIN, REVIEWS_MAX);
        }
        List<String> organizations = names("conflictOrganizations", d.conflictOrganizations(), ORGANIZATION_MAX, problems);
        List<String> people = names("conflictPeople", d.conflictPeople(), PERSON_MAX, problems);
        Set<org.lixiang.base.ResearchField> fields = d.fields() == null || d.fields().isEmpty()
                ? Set.of() : EnumSet.copyOf(d.fields());
        return new ExpertProfileDraft(fields, d.title(), keywords, d.paused(), until, max, organizations, people);
    }

    /** A list of names: at most one problem for the whole list, naming the first bad entry. */
    private static List<String> names(String field, List<String> raw, int max, Problems problems) {
        List<String> cleaned = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int position = 0;
        for (String entry : raw == null ? List.<String>of() : raw) {
            position++;
            String name = entry == null ? "" : entry.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > max) {
                problems.add(field, "expert.conflictTooLong", position, max);
                return List.of();
            }
            if (TEMPLATE_SYNTAX.matcher(name).find()) {
                problems.add(field, "expert.conflictExpression", position);
                return List.of();
            }
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                cleaned.add(name);
            }
        }
        if (cleaned.size() > CONFLICTS_MAX) {
            problems.add(field, "expert.conflictsTooMany", CONFLICTS_MAX);
            return List.of();
        }
        return cleaned;
    }
}
