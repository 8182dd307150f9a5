package org.policytracker.reporting.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.platform.rest.JsonConfig;
import org.policytracker.reporting.control.AnswerVisibility;
import org.policytracker.reporting.control.ProgressService;

/**
 * A plan's progress as the API writes it, kept while nothing it rests on has changed. Working out 60 tasks' lights
 * from a plan's reports and writing them as JSON is the dearest read of the API (docs/benchmarks.md); between two
 * reports, dozens of people read the same answer. An answer is kept by plan, day (lights depend on it), the
 * tasks the caller may see and whose answers they read (two people who see the same get the same answer), and is only handed out while the
 * plan's {@link ProgressService#stamp(long) stamp} — read from the database on every request, so on every node — is
 * the one it was made with. The {@value #KEPT} most recently used answers are kept.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressViews {

    static final int KEPT = 64;

    @Inject
    ProgressService progress;

    private record Key(long planId, LocalDate day, List<Long> visibleTasks, AnswerVisibility.Readers readers) {
    }

    private record Kept(String stamp, byte[] json) {
    }

    private final Cache<Key, Kept> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

    /** The plan's progress on {@code day} as the caller may see it, as UTF-8 JSON. Run within one transaction. */
    public byte[] json(long planId, LocalDate day) {
        // also refuses a plan the caller may not see
        Key key = new Key(planId, day, progress.taskTree(planId), progress.readers(planId));
        String stamp = progress.stamp(planId);
        Kept k = kept.getIfPresent(key);
        if (k != null && k.stamp().equals(stamp)) {
            return k.json();
        }
        byte[] json = JsonConfig.jsonb().toJson(ProgressView.of(progress.planProgress(planId, day, key.readers())))
                .getBytes(StandardCharsets.UTF_8);
        kept.put(key, new Kept(stamp, json));
        return json;
    }
}
