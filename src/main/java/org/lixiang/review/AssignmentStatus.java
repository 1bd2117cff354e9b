package org.lixiang.review;

/** Where an expert's assignment to a proposal stands. */
public enum AssignmentStatus {
    /** Drawn (or added by the officer), waiting for the officer's confirmation. */
    DRAWN,
    /** Confirmed: the expert is invited and has a review task. */
    INVITED,
    /** The expert accepted and is scoring. */
    ACCEPTED,
    /** The expert declined (with a reason); a replacement is drawn. */
    DECLINED,
    /** The review is submitted and locked. */
    SUBMITTED,
    /** Removed by the officer before confirmation. */
    REMOVED,
    /** Overdue and replaced by the officer. */
    REPLACED;

    public String labelKey() {
        return "assignmentStatus." + name();
    }

    /** Counts against the expert's load and keeps the review task open. */
    public boolean open() {
        return this == INVITED || this == ACCEPTED;
    }
}
