package org.policytracker.platform.time;

import org.policytracker.platform.time.Shanghai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a submission came on time, late (and by how many days) or not at all, judged against a
 * due date that is a local date in Asia/Shanghai: anything submitted up to 23:59:59.999 of the
 * due date (plus grace days) there is on time. Rules in docs/reporting-rules.md.
 */
public record Timeliness(Status status, int daysLate) {

    public enum Status { ON_TIME, LATE, MISSING, NOT_YET_DUE }

    /**
     * @param due         the due date (local, Asia/Shanghai)
     * @param graceDays   days after the due date still counted as on time (0 or more)
     * @param submittedAt when the submission was first submitted, or {@code null} if it was not
     * @param now         the moment of judging
     */
    public static Timeliness judge(LocalDate due, int graceDays, Instant submittedAt, Instant now) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("grace days must not be negative");
        }
        LocalDate lastDay = due.plusDays(graceDays);
        if (submittedAt != null) {
            LocalDate day = submittedAt.atZone(Shanghai.ZONE).toLocalDate();
            long late = ChronoUnit.DAYS.between(lastDay, day);
            return late <= 0 ? new Timeliness(Status.ON_TIME, 0) : new Timeliness(Status.LATE, (int) late);
        }
        LocalDate today = now.atZone(Shanghai.ZONE).toLocalDate();
        long overdue = ChronoUnit.DAYS.between(lastDay, today);
        return overdue <= 0 ? new Timeliness(Status.NOT_YET_DUE, 0) : new Timeliness(Status.MISSING, (int) overdue);
    }
}
