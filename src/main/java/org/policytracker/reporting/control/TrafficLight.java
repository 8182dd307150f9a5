package org.policytracker.reporting.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.policytracker.plans.entity.TaskStatus;

/**
 * The light of a task, computed, never typed in (docs/reporting-rules.md):
 * <ul>
 * <li><b>GREEN</b> — completed, or on track;</li>
 * <li><b>YELLOW</b> (at risk) — not completed and the deadline is within {@code warningDays}, or the
 *     reported progress lags the elapsed share of the task's time by more than {@code lagPoints};</li>
 * <li><b>RED</b> — reported delayed, or the deadline has passed without completion.</li>
 * </ul>
 * A task without a deadline ("continue to advance") is judged on its reported status only.
 */
public enum TrafficLight {
    GREEN, YELLOW, RED;

    /** The thresholds; defaults: 30 days' warning, 20 percentage points of lag. */
    public record Rules(int warningDays, int lagPoints) {
        public static final Rules DEFAULT = new Rules(30, 20);
    }

    /**
     * @param status         the latest reported status ({@code null}: nothing reported yet)
     * @param percentDone    the latest reported percentage (0–100), or {@code null}
     * @param start          when the task's time began (e.g. the plan's period start), or {@code null}
     * @param deadline       the task's deadline, or {@code null}
     * @param today          the day of judging (Asia/Shanghai)
     */
    public static TrafficLight of(TaskStatus status, Integer percentDone, LocalDate start, LocalDate deadline,
                                  LocalDate today, Rules rules) {
        if (status == TaskStatus.COMPLETED) {
            return GREEN;
        }
        if (status == TaskStatus.DELAYED) {
            return RED;
        }
        if (deadline == null) {
            return GREEN;
        }
        if (today.isAfter(deadline)) {
            return RED;
        }
        if (ChronoUnit.DAYS.between(today, deadline) <= rules.warningDays()) {
            return YELLOW;
        }
        if (start != null && start.isBefore(deadline) && !today.isBefore(start)) {
            double elapsed = 100.0 * ChronoUnit.DAYS.between(start, today) / ChronoUnit.DAYS.between(start, deadline);
            int done = percentDone == null ? 0 : percentDone;
            if (elapsed - done > rules.lagPoints()) {
                return YELLOW;
            }
        }
        return GREEN;
    }
}
