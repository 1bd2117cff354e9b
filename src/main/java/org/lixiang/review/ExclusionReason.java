package org.lixiang.review;

/** Why an expert of the right field was not drawn for a proposal. The first that applies is recorded. */
public enum ExclusionReason {
    /** Paused or inactive in the expert pool. */
    UNAVAILABLE,
    /** Already invited for this proposal (reviewing, declined or replaced). */
    ALREADY_ASSIGNED,
    /** Works at the applicant's organization. */
    SAME_ORGANIZATION,
    /** Works at the organization of a team member. */
    TEAM_ORGANIZATION,
    /** Is a member of the project team. */
    TEAM_MEMBER,
    /** On the applicant's list of experts to avoid (回避专家). */
    AVOIDED_BY_APPLICANT,
    /** Declared a conflict with the applicant's or a team member's organization, or with a person on the team. */
    DECLARED_CONFLICT,
    /** Has as many open reviews as they accept at once. */
    AT_CAPACITY;

    public String labelKey() {
        return "exclusion." + name();
    }
}
