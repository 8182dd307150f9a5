package org.policytracker.reporting.entity;

/**
 * Which reminder: so many days before the due date (the cycle says which days), on the due date,
 * and after it — the escalation to the reviewing (supervising) organisation. Notices use kinds of their own:
 * {@code OPENED} (a new report to fill) and {@code RETURNED-n} / {@code ACCEPTED-n} (version n reviewed).
 */
public enum ReminderKind {
    BEFORE_DUE, ON_DUE, OVERDUE_ESCALATION;

    /** The kind of a review's notice: {@code RETURNED-2}, {@code ACCEPTED-3} (the version reviewed). */
    public static boolean isDecision(String kind) {
        return kind != null && (kind.startsWith("RETURNED-") || kind.startsWith("ACCEPTED-"));
    }
}
