package org.lixiang.proposal;

/** Where a proposal stands, in the words the applicant sees (草稿 / 已提交 / 形式审查中 / …). */
public enum ProposalStatus {
    /** Being written; also after a withdrawal. */
    DRAFT,
    /** Submitted, waiting for an officer to start the formal review; the applicant may still withdraw. */
    SUBMITTED,
    /** An officer has started the formal review. */
    IN_FORMAL_REVIEW,
    /** Returned for revision (退回修改): the applicant edits and resubmits. */
    RETURNED,
    /** Not accepted (不予受理); final. */
    REJECTED,
    /** Passed the formal review; in expert review (专家评审中). */
    EXPERT_REVIEW,
    /** Expert review complete and its scores accepted (专家评审完成); waiting for the department opinion. */
    REVIEWED,
    /** The department gave its opinion (处室意见); waiting for the funding decision of the call. */
    OPINION_GIVEN,
    /** Approved (立项) with a funded amount; final. */
    APPROVED,
    /** Not approved (不予立项); final. */
    NOT_APPROVED;

    public String labelKey() {
        return "proposalStatus." + name();
    }

    /** The applicant may edit the content. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
