package org.lixiang.call;

/** A call is drafted by an officer, then published; applicants see only published calls. */
public enum CallStatus {
    DRAFT, PUBLISHED;

    public String labelKey() {
        return "callStatus." + name();
    }
}
