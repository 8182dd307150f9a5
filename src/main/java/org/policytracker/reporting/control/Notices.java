package org.policytracker.reporting.control;

import java.util.List;
import java.util.function.Supplier;
import org.policytracker.reporting.entity.ReviewOutcome;

/**
 * What happens to a report that its organisation is told about — a review decided, a new reporting period opened —
 * as CDI events, observed after the change committed ({@link ReminderService}: in the application and by e-mail,
 * each exactly once). A replay of history (the demo data) runs {@link #quietly}: its events tell nobody.
 */
public final class Notices {

    /** A review of version {@code version}: returned or accepted. */
    public record Decided(long submissionId, int version, ReviewOutcome outcome, boolean quiet) {
    }

    /** New slots to fill (a new cycle, or a new period of one). */
    public record SlotsOpened(List<Long> submissionIds, boolean quiet) {
    }

    private static final ThreadLocal<Boolean> QUIET = new ThreadLocal<>();

    private Notices() {
    }

    /** Runs {@code work} with its notices kept quiet (history replayed, not happening now). */
    public static <T> T quietly(Supplier<T> work) {
        Boolean before = QUIET.get();
        QUIET.set(true);
        try {
            return work.get();
        } finally {
            if (before == null) {
                QUIET.remove();
            } else {
                QUIET.set(before);
            }
        }
    }

    static boolean quiet() {
        return Boolean.TRUE.equals(QUIET.get());
    }
}
