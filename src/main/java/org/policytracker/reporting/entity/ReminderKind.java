package org.policytracker.reporting.entity;

/**
 * Which reminder: so many days before the due date (the cycle says which days), on the due date,
 * and after it — the escalation to the reviewing (supervising) organisation.
 */
public enum ReminderKind {
    BEFORE_DUE, ON_DUE, OVERDUE_ESCALATION
}
