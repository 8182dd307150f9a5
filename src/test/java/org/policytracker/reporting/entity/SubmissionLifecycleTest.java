package org.policytracker.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.policytracker.platform.state.IllegalTransitionException;

/** A submission changes its status only as its table allows, whichever service asks (and nothing else changes). */
class SubmissionLifecycleTest {

    @Test
    void aSubmissionRefusesWhatItsTableRefuses() {
        Submission s = new Submission() {
        };
        Instant at = Instant.parse("2025-07-05T02:00:00Z");
        assertThrows(IllegalTransitionException.class, () -> s.accept("reviewer", at, null), "a draft is not accepted");
        assertThrows(IllegalTransitionException.class, () -> s.returnForRevision("reviewer", at, "?"), "nor returned");
        assertEquals(SubmissionStatus.DRAFT, s.getStatus());
        s.submit("city", at, "{}");
        assertEquals(SubmissionStatus.SUBMITTED, s.getStatus());
        assertThrows(IllegalTransitionException.class, () -> s.submit("city", at, "{}"), "sent twice without a return");
        assertEquals(1, s.getVersions().size(), "no second version");
        s.returnForRevision("reviewer", at, "请补充滞后原因");
        s.submit("city", at, "{}");
        assertEquals(SubmissionStatus.RESUBMITTED, s.getStatus());
        s.accept("reviewer", at, null);
        assertEquals(SubmissionStatus.ACCEPTED, s.getStatus());
        assertThrows(IllegalTransitionException.class, () -> s.returnForRevision("reviewer", at, "again"), "accepted is final");
        assertEquals(at, s.getAcceptedAt());
    }
}
