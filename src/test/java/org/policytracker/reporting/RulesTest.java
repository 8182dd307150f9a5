package org.policytracker.reporting;

import org.policytracker.platform.time.Shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.policytracker.plans.entity.TaskStatus.COMPLETED;
import static org.policytracker.plans.entity.TaskStatus.DELAYED;
import static org.policytracker.plans.entity.TaskStatus.IN_PROGRESS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.reporting.control.TrafficLight;

/** The timeliness and traffic-light rules of docs/reporting-rules.md, on the Jiaozuo dates. */
class RulesTest {

    /** Jiaozuo: cities report before 10 January and 10 July. */
    private static final LocalDate JULY_10 = LocalDate.of(2020, 7, 10);

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Shanghai.ZONE).toInstant();
    }

    @Test
    void aSubmissionAt2359OnTheDueDateInShanghaiIsOnTime() {
        // 23:59 in Shanghai is 15:59 UTC the same day; one minute later it is the next day there
        assertEquals(new Timeliness(Timeliness.Status.ON_TIME, 0),
                Timeliness.judge(JULY_10, 0, shanghai("2020-07-10T23:59:59"), shanghai("2020-08-01T00:00")));
        assertEquals(new Timeliness(Timeliness.Status.LATE, 1),
                Timeliness.judge(JULY_10, 0, shanghai("2020-07-11T00:00:01"), shanghai("2020-08-01T00:00")));
        // 20:00 UTC on 10 July is already 11 July in Shanghai
        assertEquals(Timeliness.Status.LATE,
                Timeliness.judge(JULY_10, 0, Instant.parse("2020-07-10T20:00:00Z"), Instant.parse("2020-08-01T00:00:00Z")).status());
    }

    @Test
    void graceDaysMissingAndNotYetDue() {
        assertEquals(Timeliness.Status.ON_TIME,
                Timeliness.judge(JULY_10, 3, shanghai("2020-07-13T18:00"), shanghai("2020-08-01T00:00")).status());
        assertEquals(new Timeliness(Timeliness.Status.LATE, 2),
                Timeliness.judge(JULY_10, 3, shanghai("2020-07-15T09:00"), shanghai("2020-08-01T00:00")));
        assertEquals(new Timeliness(Timeliness.Status.MISSING, 22),
                Timeliness.judge(JULY_10, 0, null, shanghai("2020-08-01T08:00")));
        assertEquals(Timeliness.Status.NOT_YET_DUE, Timeliness.judge(JULY_10, 0, null, shanghai("2020-07-10T23:00")).status());
        assertThrows(IllegalArgumentException.class, () -> Timeliness.judge(JULY_10, -1, null, Instant.now()));
    }

    @Test
    void lightsFollowStatusDeadlineAndProgress() {
        LocalDate start = LocalDate.of(2019, 1, 1);
        LocalDate end2020 = LocalDate.of(2020, 12, 31);
        TrafficLight.Rules rules = TrafficLight.Rules.DEFAULT;
        assertEquals(TrafficLight.GREEN, TrafficLight.of(COMPLETED, 100, start, end2020, LocalDate.of(2021, 3, 1), rules));
        assertEquals(TrafficLight.RED, TrafficLight.of(DELAYED, 40, start, end2020, LocalDate.of(2019, 6, 1), rules));
        assertEquals(TrafficLight.RED, TrafficLight.of(IN_PROGRESS, 95, start, end2020, LocalDate.of(2021, 1, 1), rules));
        assertEquals(TrafficLight.YELLOW, TrafficLight.of(IN_PROGRESS, 95, start, end2020, LocalDate.of(2020, 12, 1), rules));
        // half the time gone (mid-2019 ≈ 25 %), 10 % done: 15 points behind → still green; 2020-01-01 ≈ 50 % → yellow
        assertEquals(TrafficLight.GREEN, TrafficLight.of(IN_PROGRESS, 10, start, end2020, LocalDate.of(2019, 7, 2), rules));
        assertEquals(TrafficLight.YELLOW, TrafficLight.of(IN_PROGRESS, 10, start, end2020, LocalDate.of(2020, 1, 1), rules));
        assertEquals(TrafficLight.GREEN, TrafficLight.of(IN_PROGRESS, 45, start, end2020, LocalDate.of(2020, 1, 1), rules));
        // "continue to advance": no deadline, judged on the reported status only
        assertEquals(TrafficLight.GREEN, TrafficLight.of(null, null, start, null, LocalDate.of(2025, 1, 1), rules));
        assertEquals(TrafficLight.RED, TrafficLight.of(DELAYED, null, start, null, LocalDate.of(2025, 1, 1), rules));
    }
}
