package org.policytracker.reporting.entity;

import java.time.LocalDate;

/**
 * One reporting period: "2019-H2" (1 July – 31 December 2019), "2020-Q1", "2020". Periods follow
 * the calendar year, as the plans' reporting clauses do.
 */
public record Period(String code, LocalDate start, LocalDate end) {

    /** The period of {@code frequency} that contains {@code day}. */
    public static Period containing(Frequency frequency, LocalDate day) {
        int y = day.getYear();
        return switch (frequency) {
            case ANNUAL -> new Period(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            case SEMI_ANNUAL -> day.getMonthValue() <= 6
                    ? new Period(y + "-H1", LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30))
                    : new Period(y + "-H2", LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
            case QUARTERLY -> {
                int q = (day.getMonthValue() - 1) / 3;
                LocalDate start = LocalDate.of(y, q * 3 + 1, 1);
                yield new Period(y + "-Q" + (q + 1), start, start.plusMonths(3).minusDays(1));
            }
        };
    }

    public Period next(Frequency frequency) {
        return containing(frequency, end.plusDays(1));
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        return (from == null || !end.isBefore(from)) && (until == null || !start.isAfter(until));
    }
}
