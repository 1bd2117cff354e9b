package org.lixiang.base;

/** The fields (领域) that calls offer, proposals belong to and experts are classified by. */
public enum ResearchField {
    NEW_MATERIALS, EQUIPMENT, ELECTRONICS, BIOMEDICINE, AGRICULTURE, ENVIRONMENT, SOCIAL_DEVELOPMENT;

    public String labelKey() {
        return "field." + name();
    }
}
