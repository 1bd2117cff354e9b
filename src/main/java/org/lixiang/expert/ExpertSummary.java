package org.lixiang.expert;

import java.time.LocalDate;
import java.util.Set;
import org.lixiang.base.ResearchField;

/**
 * A row of the expert list. {@code pausedUntil} is set only while the pause lasts;
 * {@code enabled} is the account's state in identity.
 */
public record ExpertSummary(long userId, String username, String name, String organizationName,
                            Set<ResearchField> fields, ExpertTitle title, String keywords,
                            LocalDate pausedUntil, boolean enabled, boolean available,
                            int maxConcurrentReviews) {
}
