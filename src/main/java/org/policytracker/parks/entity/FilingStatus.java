package org.policytracker.parks.entity;

import org.policytracker.platform.state.Lifecycle;

/** 草稿 / 已报送 / 退回 / 重新报送 / 已批复（已采纳）. */
public enum FilingStatus implements Lifecycle<FilingStatus> {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, APPROVED;

    /** Draft → submitted; submitted or resubmitted → returned or approved; returned → resubmitted; approved is final. */
    @Override
    public java.util.Set<FilingStatus> next() {
        return switch (this) {
            case DRAFT -> java.util.EnumSet.of(SUBMITTED);
            case SUBMITTED, RESUBMITTED -> java.util.EnumSet.of(RETURNED, APPROVED);
            case RETURNED -> java.util.EnumSet.of(RESUBMITTED);
            case APPROVED -> java.util.EnumSet.noneOf(FilingStatus.class);
        };
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }
}
