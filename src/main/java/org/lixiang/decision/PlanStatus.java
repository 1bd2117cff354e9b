package org.lixiang.decision;

/** Where a call's funding plan stands; the order is enforced in the service and the database. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLICITY, FINAL;

    public String labelKey() {
        return "planStatus." + name();
    }
}
