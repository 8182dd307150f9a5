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

/**
 * Reminders about submissions not yet sent: on the cycle's days before the due date and on the
 * due date to the reporting organisation, and after the last on-time day an escalation to the
 * reviewing (supervising) organisation — in the application and by e-mail, each exactly once.
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
            Long id;
            try {
                id = claims.claim(d.submissionId(), d.kind(), d.recipient().getId(), d.subject(), d.body(), now.truncatedTo(ChronoUnit.MICROS));
            } catch (RuntimeException raced) {
                id = null; // another node inserted the same reminder a moment earlier: it sends it
            }
            if (id == null) {
                continue;
            }
            sent++;
            Reminder r = claims.get(id);
            if (r.getRecipientEmail() == null) {
                continue;
            }
            if (!mailer.enabled()) {
                claims.mailed(id, Reminder.MailStatus.DISABLED, null, now);
                continue;
            }
            try {
                mailer.send(r.getRecipientEmail(), r.getSubject(), r.getBody());
                claims.mailed(id, Reminder.MailStatus.SENT, null, Instant.now());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Reminder " + id + " to " + r.getRecipientEmail() + " not mailed", e);
                claims.mailed(id, Reminder.MailStatus.FAILED, e.toString(), Instant.now());
            }
        }
        return sent;
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
