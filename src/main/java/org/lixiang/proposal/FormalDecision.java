package org.lixiang.proposal;

/** The formal review's outcome; its name is the process's {@code formalDecision} variable. */
public enum FormalDecision {
    /** Complete and eligible: on to expert review. */
    PASS,
    /** 退回修改: the applicant revises and resubmits by the due date. */
    RETURN,
    /** 不予受理: the process ends. */
    REJECT;

    public String labelKey() {
        return "formalDecision." + name();
    }
}
