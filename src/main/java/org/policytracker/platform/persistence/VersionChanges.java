package org.policytracker.platform.persistence;

import java.io.Serializable;
import java.util.List;
import org.policytracker.platform.rest.InvalidRequestException;

/**
 * What changed between two sent versions ({@link SentVersion}) — a progress report's, a park filing's — in the one
 * shape both answer with: each differing answer as a {@link Change}, and which two versions were compared. Each kind
 * finds its own changes from its frozen contents; which two versions a request means is decided here, once.
 */
public final class VersionChanges {

    private VersionChanges() {
    }

    /** One changed answer: which part (a task, an indicator, a project …), which field, before and after. */
    public record Change(String part, Long id, String number, String title, String field, String before, String after)
            implements Serializable {
    }

    /** The changes from version {@code from} to version {@code to}. */
    public record Comparison(int from, int to, List<Change> changes) implements Serializable {
    }

    /**
     * The two versions a comparison asks for among {@code last} sent ones: by default the one before {@code to} (0:
     * nothing sent yet) and the latest; null when nothing was sent and nothing was asked. A version that is not there
     * is refused naming the ones that are.
     */
    public static int[] range(int last, Integer from, Integer to) {
        if (last == 0 && from == null && to == null) {
            return null;
        }
        int b = to == null ? last : to;
        int a = from == null ? Math.max(0, b - 1) : from;
        String known = last == 0 ? "—" : last == 1 ? "1" : "1–" + last;
        if (b < 1 || b > last) {
            throw new InvalidRequestException("to", "version.unknown", b, known);
        }
        if (a < 0 || a > last) {
            throw new InvalidRequestException("from", "version.unknown", a, known);
        }
        return new int[] {a, b};
    }
}
