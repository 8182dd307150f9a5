package org.policytracker.reporting.entity;

import org.policytracker.platform.state.Lifecycle;

/**
 * Where a submission stands: a draft being filled (草稿), submitted (已报送), returned with the
 * reviewer's comments (退回), submitted again after a return (重新报送), accepted (已采纳).
 */
public enum SubmissionStatus implements Lifecycle<SubmissionStatus> {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED;

    /** Draft → submitted; submitted or resubmitted → returned or accepted; returned → resubmitted; accepted is final. */
    @Override
    public java.util.Set<SubmissionStatus> next() {
        return switch (this) {
            case DRAFT -> java.util.EnumSet.of(SUBMITTED);
            case SUBMITTED, RESUBMITTED -> java.util.EnumSet.of(RETURNED, ACCEPTED);
            case RETURNED -> java.util.EnumSet.of(RESUBMITTED);
            case ACCEPTED -> java.util.EnumSet.noneOf(SubmissionStatus.class);
        };
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }
}
