package org.policytracker.platform.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policytracker.parks.entity.FilingStatus;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ParkList;
import org.policytracker.plans.entity.PlanStatus;
import org.policytracker.reporting.entity.SubmissionStatus;

/**
 * Every status's transition table, checked pair by pair against the tables written out here (docs/architecture.md),
 * and the entities refusing what their table refuses whatever asks for it.
 */
class LifecycleTest {

    /** Every (from, to) pair of {@code type}: allowed exactly when "FROM>TO" is listed. */
    private static <E extends Enum<E> & Lifecycle<E>> void table(Class<E> type, String... allowed) {
        Set<String> yes = Set.of(allowed);
        for (E from : type.getEnumConstants()) {
            for (E to : type.getEnumConstants()) {
                assertEquals(yes.contains(from + ">" + to), from.canBecome(to), type.getSimpleName() + " " + from + " → " + to);
            }
        }
        Arrays.stream(allowed).forEach(a -> Enum.valueOf(type, a.split(">")[0])); // the listed names exist
    }

    @Test
    void theTables() {
        table(SubmissionStatus.class, "DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "SUBMITTED>ACCEPTED", "RETURNED>RESUBMITTED",
                "RESUBMITTED>RETURNED", "RESUBMITTED>ACCEPTED");
        table(FilingStatus.class, "DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "SUBMITTED>APPROVED", "RETURNED>RESUBMITTED",
                "RESUBMITTED>RETURNED", "RESUBMITTED>APPROVED");
        table(PlanStatus.class, "DRAFT>IN_FORCE", "IN_FORCE>CLOSED", "CLOSED>IN_FORCE");
        table(ParkList.Status.class, "DRAFT>SUBMITTED");
    }

    @Test
    void aParkFilingRefusesWhatItsTableRefuses() {
        ParkFiling f = new ParkFiling(null, FilingType.PLAN, 2025, null, null, "{}");
        Instant at = Instant.parse("2025-03-01T02:00:00Z");
        IllegalTransitionException early = assertThrows(IllegalTransitionException.class, () -> f.approve("reviewer", at, null));
        assertEquals(FilingStatus.DRAFT, early.from());
        assertEquals(FilingStatus.APPROVED, early.to());
        assertEquals(FilingStatus.DRAFT, f.getStatus(), "nothing changed");
        f.submit("park", at);
        assertEquals(FilingStatus.SUBMITTED, f.getStatus());
        assertThrows(IllegalTransitionException.class, () -> f.submit("park", at), "sent twice without a return");
        assertEquals(1, f.getVersions().size(), "no second version");
        f.returnForRevision("reviewer", at, "补充项目投资");
        f.submit("park", at);
        assertEquals(FilingStatus.RESUBMITTED, f.getStatus());
        f.approve("reviewer", at, null);
        assertThrows(IllegalTransitionException.class, () -> f.returnForRevision("reviewer", at, "again"), "approved is final");
        assertEquals(FilingStatus.APPROVED, f.getStatus());
    }

    @Test
    void aParkListIsSentOnce() {
        ParkList l = new ParkList(null, 2025, null, "{}");
        l.submit("province", Instant.EPOCH);
        assertThrows(IllegalTransitionException.class, () -> l.submit("province", Instant.EPOCH));
    }
}
