package org.lixiang.review;

/** An expert's overall recommendation. */
public enum Recommendation {
    /** 大力支持 */
    STRONGLY_SUPPORT,
    /** 支持 */
    SUPPORT,
    /** 不支持 */
    NOT_SUPPORT;

    public String labelKey() {
        return "recommendation." + name();
    }
}
