package org.policytracker.reporting.entity;

/**
 * Where a submission stands: a draft being filled (草稿), submitted (已报送), returned with the
 * reviewer's comments (退回), submitted again after a return (重新报送), accepted (已采纳).
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }
}
