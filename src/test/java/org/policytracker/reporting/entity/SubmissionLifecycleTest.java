package org.policytracker.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.platform.state.IllegalTransitionException;

/** A submission changes its status only as its table allows, whichever service asks (and nothing else changes). */
class SubmissionLifecycleTest {

    @Test
    void aSubmissionRefusesWhatItsTableRefuses() {
        Submission s = new Submission() {
        };
        Instant at = Instant.parse("2025-07-05T02:00:00Z");
        assertThrows(IllegalTransitionException.class, () -> s.accept("reviewer", at, null, List.of()), "a draft is not accepted");
        assertThrows(IllegalTransitionException.class, () -> s.returnForRevision("reviewer", at, "?", List.of()), "nor returned");
        assertEquals(SubmissionStatus.DRAFT, s.getStatus());
        s.submit("city", at, "{}");
        assertEquals(SubmissionStatus.SUBMITTED, s.getStatus());
        assertThrows(IllegalTransitionException.class, () -> s.submit("city", at, "{}"), "sent twice without a return");
        assertEquals(1, s.getVersions().size(), "no second version");
        s.returnForRevision("reviewer", at, "请补充滞后原因", List.of(new TaskComment(41, "3", "补充管网建设进度")));
        assertEquals(List.of(new TaskComment(41, "3", "补充管网建设进度")), s.latest().getTaskComments(), "kept with the review, read back typed");
        s.submit("city", at, "{}");
        assertEquals(SubmissionStatus.RESUBMITTED, s.getStatus());
        s.accept("reviewer", at, null, List.of());
        assertEquals(SubmissionStatus.ACCEPTED, s.getStatus());
        assertThrows(IllegalTransitionException.class, () -> s.returnForRevision("reviewer", at, "again", List.of()), "accepted is final");
        assertEquals(at, s.getAcceptedAt());
    }
}
