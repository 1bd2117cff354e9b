package org.lixiang.expert;

/** An expert's professional title grade (职称): 正高, 副高, 中级, or other. */
public enum ExpertTitle {
    SENIOR, ASSOCIATE_SENIOR, INTERMEDIATE, OTHER;

    /** i18n key of the title's display name. */
    public String labelKey() {
        return "expert.title." + name();
    }
}
