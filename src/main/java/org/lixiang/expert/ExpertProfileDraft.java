package org.lixiang.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lixiang.base.ResearchField;

/**
 * The editable part of an expert's profile, as a form sends it. {@code paused} with
 * {@code pausedUntil}: not drawn up to and including that day; when not paused the date is ignored.
 * Conflicts are names: organizations (up to 200 characters each) and people (up to 50).
 */
public record ExpertProfileDraft(Set<ResearchField> fields, ExpertTitle title, String keywords,
                                 boolean paused, LocalDate pausedUntil, Integer maxConcurrentReviews,
                                 List<String> conflictOrganizations, List<String> conflictPeople) {

    public static final int DEFAULT_MAX_REVIEWS = 5;

    /** What the form shows for an expert who has no profile yet. */
    public static ExpertProfileDraft empty() {
        return new ExpertProfileDraft(Set.of(), null, "", false, null, DEFAULT_MAX_REVIEWS, List.of(), List.of());
    }
}
