package org.policytracker.parks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkFiling;

/** A plan counts as approved for a year only when it was approved by that year's last day, Beijing time. */
class ApprovalTimeTest {

    private static ParkFiling plan() {
        ParkFiling f = new ParkFiling(new Park("SN-TEST"), FilingType.PLAN, 2024, null, null, "{}");
        f.submit("xetdz.committee", Instant.parse("2024-11-01T02:00:00Z"));
        return f;
    }

    @Test
    void anApprovalCountsFromItsDayInBeijingOn() {
        ParkFiling late = plan();
        // 1 January 2025, 01:00 in Beijing: still 31 December in UTC
        late.approve("shaanxi.office", Instant.parse("2024-12-31T17:00:00Z"), null);
        assertFalse(late.approvedBy(LocalDate.of(2024, 12, 31)), "not approved in 2024");
        assertTrue(late.approvedBy(LocalDate.of(2025, 12, 31)));

        ParkFiling inTime = plan();
        inTime.approve("shaanxi.office", Instant.parse("2024-12-31T15:59:00Z"), null); // 23:59 in Beijing
        assertTrue(inTime.approvedBy(LocalDate.of(2024, 12, 31)));
        // approved in December 2026: nothing of it for 2024
        ParkFiling now = plan();
        now.approve("shaanxi.office", Instant.parse("2026-12-05T02:00:00Z"), null);
        assertFalse(now.approvedBy(LocalDate.of(2024, 12, 31)));
        assertFalse(plan().approvedBy(LocalDate.of(2030, 12, 31)), "submitted, never approved");
    }
}
