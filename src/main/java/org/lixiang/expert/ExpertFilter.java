package org.lixiang.expert;

import org.lixiang.base.ResearchField;

/**
 * What the officer's expert list filters by; blank texts and null values match everything.
 * Texts match anywhere, ignoring case: name (or user name), organization name, keywords.
 */
public record ExpertFilter(String name, String organization, ResearchField field, String keyword,
                           Availability availability) {

    /** Available now, or not (paused, or the account is disabled). */
    public enum Availability {
        AVAILABLE, UNAVAILABLE;

        public String labelKey() {
            return "expert.filter." + name();
        }
    }

    public static ExpertFilter none() {
        return new ExpertFilter(null, null, null, null, null);
    }
}
