package org.policytracker.platform.state;

import jakarta.validation.constraints.Size;

/** Submitting, returning or accepting: the version the person read and, for a review, a comment. */
public final class DecisionData {
    public Long version;
    @Size(max = 10000, message = "{field.tooLong}") public String comment;

    public DecisionData() {
    }

    public DecisionData(Long version, String comment) {
        this.version = version;
        this.comment = comment;
    }
}
