package org.lixiang.call;

/** Programme types (计划类别) a call belongs to. */
public enum Programme {
    KEY_RD, EXTENSION, SOFT_SCIENCE, AGRI_TRANSFER, SOCIAL_DEVELOPMENT;

    public String labelKey() {
        return "programme." + name();
    }
}
