package org.policytracker.reports.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Compiles every report template and loads the embedded font in the background when the
 * application starts, so the first person to ask for a report does not wait for it (about 3 s on
 * these machines; docs/benchmarks.md).
 */
@Singleton
@Startup
public class ReportWarmUp {

    private static final Logger LOG = Logger.getLogger(ReportWarmUp.class.getName());

    @Inject
    ReportEngine engine;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(() -> {
            try {
                long t = System.nanoTime();
                engine.warmUp();
                LOG.info(() -> String.format("report templates compiled and fonts loaded in %.1f s", (System.nanoTime() - t) / 1e9));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "report warm-up failed; templates will compile on first use", e);
            }
        });
    }
}
