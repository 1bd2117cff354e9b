package org.lixiang.base;

/** The roles of the portal; a user may hold several. Spring authorities are {@code ROLE_} + name. */
public enum Role {
    APPLICANT, EXPERT, OFFICER, LEADER, ADMIN;

    public static final String APPLICANT_NAME = "APPLICANT";
    public static final String EXPERT_NAME = "EXPERT";
    public static final String OFFICER_NAME = "OFFICER";
    public static final String LEADER_NAME = "LEADER";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }

    /** i18n key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
