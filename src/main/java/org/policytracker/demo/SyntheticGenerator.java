package org.policytracker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Builds a {@link SyntheticProvince} of a given size, chunk by chunk (each chunk its own transaction, so that a
 * province of any size fits in memory), and says what it built.
 */
@ApplicationScoped
public class SyntheticGenerator {

    private static final Logger LOG = Logger.getLogger(SyntheticGenerator.class.getName());

    /** What was built, and how long it took. */
    public record Built(String provinceCode, long provinceId, int cities, int counties, int parks, int annualReports, int plans,
                        int tasks, int submissions, int taskReports, List<Long> planIds, double seconds) {
    }

    @Inject
    SyntheticProvince province;

    public boolean exists() {
        return province.exists();
    }

    public Built build(SyntheticProvince.Size size) {
        long t0 = System.nanoTime();
        long provinceId = province.organisations(size);
        for (int from = 1; from <= size.parks(); from += 25) {
            province.parks(size, from, Math.min(size.parks(), from + 24));
        }
        province.parkList(size);
        List<Long> plans = new ArrayList<>();
        for (int n = 1; n <= size.plans(); n++) {
            plans.add(province.plan(size, n));
        }
        int tasks = size.sections() * (1 + size.tasksPerSection());
        int submissions = size.plans() * size.cities() * size.years();
        Built b = new Built(SyntheticProvince.PROVINCE, provinceId, size.cities(), size.counties(), size.parks(),
                size.parks() * size.years(), size.plans(), tasks, submissions,
                submissions * size.sections() * size.tasksPerSection(), plans, (System.nanoTime() - t0) / 1e9);
        LOG.info(() -> "synthetic province built: " + b);
        return b;
    }
}
