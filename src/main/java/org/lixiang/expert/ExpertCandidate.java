package org.lixiang.expert;

import java.util.List;
import java.util.Set;
import org.lixiang.base.ResearchField;

/**
 * An expert as the expert draw sees them. {@code available} is true when the account is enabled
 * and the expert is not paused at the clock's current instant; the organization is the one the
 * user belongs to in identity; the conflicts are those the expert declared (names, as typed).
 */
public record ExpertCandidate(long userId, String name, Long organizationId, String organizationName,
                              Set<ResearchField> fields, ExpertTitle title,
                              boolean available, int maxConcurrentReviews,
                              List<String> conflictOrganizations, List<String> conflictPeople) {

    public ExpertCandidate {
        fields = Set.copyOf(fields);
        conflictOrganizations = List.copyOf(conflictOrganizations);
        conflictPeople = List.copyOf(conflictPeople);
    }
}
