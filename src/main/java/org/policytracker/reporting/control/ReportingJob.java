package org.policytracker.reporting.control;

import org.policytracker.platform.time.Shanghai;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.policytracker.security.control.CurrentUser;

/**
 * Every hour: opens the periods that have begun (new submission slots) and sends the reminders due
 * today (Asia/Shanghai). Both steps are idempotent and safe on several nodes at once, so running
 * hourly only makes a missed hour harmless. Off with {@code policytracker.reporting.job.enabled=false}.
 */
@Singleton
public class ReportingJob {

    private static final Logger LOG = Logger.getLogger(ReportingJob.class.getName());

    @Inject
    @ConfigProperty(name = "policytracker.reporting.job.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    CycleService cycles;

    @Inject
    ReminderService reminders;

    @Inject
    CurrentUser user;

    @Schedule(hour = "*", minute = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        if (enabled) {
            runOnce(LocalDate.now(Shanghai.ZONE), Instant.now());
        }
    }

    /** One run as of {@code today}: the opened slots and the reminders sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int[] runOnce(LocalDate today, Instant now) {
        return user.asSystem(() -> {
            int opened = cycles.openAllPeriods(today);
            int sent = reminders.run(today, now);
            LOG.info(() -> "Reporting job " + today + ": " + opened + " submission slots opened, " + sent + " reminders");
            return new int[] {opened, sent};
        });
    }
}
