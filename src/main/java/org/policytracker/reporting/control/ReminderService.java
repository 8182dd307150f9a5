package org.policytracker.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.mail.Mailer;
import org.policytracker.platform.persistence.Page;
import org.policytracker.reporting.entity.Reminder;
import org.policytracker.security.control.AccessPolicy;
import java.util.List;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.reporting.entity.Reminder_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.event.Observes;

/**
 * Reminders about submissions not yet sent: on the cycle's days before the due date and on the
 * due date to the reporting organisation, and after the last on-time day an escalation to the
 * reviewing (supervising) organisation; and notices of what happened to a report — returned, accepted, a new one
 * to fill ({@link Notices}) — in the application and by e-mail, each exactly once.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReminderClaims claims;

    @Inject
    Mailer mailer;

    @Inject
    AccessPolicy access;

    /** Works out and sends today's reminders; returns how many this run sent (0 on a second run). */
    public int run(LocalDate today, Instant now) {
        int sent = 0;
        for (ReminderClaims.Due d : claims.dueToday(today)) {
            if (send(d, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** A review decided: the reporting organisation is told what the reviewer said (once per version and outcome). */
    void decided(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notices.Decided e) {
        if (!e.quiet()) {
            claims.decision(e.submissionId(), e.version(), e.outcome()).ifPresent(d -> send(d, Instant.now()));
        }
    }

    /** New slots to fill: each organisation is told of its new report and its due date (once per slot). */
    void opened(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notices.SlotsOpened e) {
        if (!e.quiet()) {
            e.submissionIds().forEach(id -> claims.opened(id).ifPresent(d -> send(d, Instant.now())));
        }
    }

    /**
     * Keeps the notice (the application lists it) and mails it, unless it was kept already — by this node or
     * another: the key (submission, kind) is unique. Whether it went is recorded with it.
     */
    private boolean send(ReminderClaims.Due d, Instant now) {
        Long id;
        try {
            id = claims.claim(d.submissionId(), d.kind(), d.recipient().getId(), d.subject(), d.body(), now.truncatedTo(ChronoUnit.MICROS));
        } catch (RuntimeException raced) {
            id = null; // another node inserted the same reminder a moment earlier: it sends it
        }
        if (id == null) {
            return false;
        }
        Reminder r = claims.get(id);
        if (r.getRecipientEmail() == null) {
            return true;
        }
        if (!mailer.enabled()) {
            claims.mailed(id, Reminder.MailStatus.DISABLED, null, now);
            return true;
        }
        try {
            mailer.send(r.getRecipientEmail(), r.getSubject(), r.getBody());
            claims.mailed(id, Reminder.MailStatus.SENT, null, Instant.now());
        } catch (Exception ex) {
            LOG.log(Level.WARNING, "Reminder " + id + " to " + r.getRecipientEmail() + " not mailed", ex);
            claims.mailed(id, Reminder.MailStatus.FAILED, ex.toString(), Instant.now());
        }
        return true;
    }

    /** The reminders addressed to the user's organisation (all of them for auditor and administrator), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Reminder> mine(int page, int size) {
        access.requireSignedIn();
        Long me = access.seesEverything() ? null : access.user().organisation().map(Organisation::getId).orElse(-1L);
        return CriteriaPage.page(em, Reminder.class,
                (cb, r, query) -> me == null ? List.of() : List.of(cb.equal(r.get(Reminder_.recipient).get(Organisation_.id), me)),
                (cb, r) -> List.of(cb.desc(r.get(Reminder_.createdAt)), cb.desc(r.get(Reminder_.id))), page, size);
    }
}
