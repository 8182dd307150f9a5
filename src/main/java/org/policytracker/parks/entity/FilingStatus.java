package org.policytracker.parks.entity;

/** 草稿 / 已报送 / 退回 / 重新报送 / 已批复（已采纳）. */
public enum FilingStatus {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, APPROVED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }
}
