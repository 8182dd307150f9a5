package org.policytracker.reporting.entity;

/** What the reviewing organisation decided about a submitted version. */
public enum ReviewOutcome {
    RETURNED, ACCEPTED
}
