package org.policytracker.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.reporting.entity.ReminderKind;
import org.policytracker.reporting.entity.SubmissionStatus;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.reporting.entity.Reminder;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.SubmissionVersion;
import org.policytracker.reporting.entity.ReviewOutcome;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Each reminder in its own short transaction: claimed by inserting its row (the unique key on
 * submission and kind lets only one node or run succeed), then marked as mailed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReminderClaims {

    @PersistenceContext
    EntityManager em;

    /** A reminder that is due today about one submission. */
    public record Due(long submissionId, String kind, Organisation recipient, String subject, String body) {
    }

    /** The reminders due today about submissions not yet sent (read in a transaction of its own). */
    public List<Due> dueToday(LocalDate today) {
        List<Submission> open = em.createQuery("select s from Submission s join fetch s.cycle c join fetch s.organisation"
                + " where s.firstSubmittedAt is null and s.status = :draft and s.dueDate >= :from and s.periodStart <= :today",
                Submission.class).setParameter("draft", SubmissionStatus.DRAFT)
                .setParameter("from", today.minusDays(400)).setParameter("today", today).getResultList();
        List<Due> out = new java.util.ArrayList<>();
        for (Submission s : open) {
            LocalDate due = s.getDueDate();
            LocalDate lastOnTime = due.plusDays(s.getCycle().getGraceDays());
            long daysLeft = ChronoUnit.DAYS.between(today, due);
            if (today.isAfter(lastOnTime)) {
                out.add(due(s, ReminderKind.OVERDUE_ESCALATION.name(), s.getCycle().reviewerFor(s.getOrganisation()), "reminder.overdue",
                        ChronoUnit.DAYS.between(lastOnTime, today)));
            } else if (daysLeft == 0) {
                out.add(due(s, ReminderKind.ON_DUE.name(), s.getOrganisation(), "reminder.onDue", 0));
            } else if (daysLeft > 0) {
                // the nearest reminder day already reached (a missed day is made up once, not twice)
                s.getCycle().reminderDays().stream().filter(n -> daysLeft <= n).min(Integer::compare).ifPresent(n ->
                        out.add(due(s, ReminderKind.BEFORE_DUE.name() + "-" + n, s.getOrganisation(), "reminder.beforeDue", daysLeft)));
            }
        }
        return out;
    }

    /** The notice of a review to the reporting organisation, or none when the version was not reviewed so. */
    public Optional<Due> decision(long submissionId, int version, ReviewOutcome outcome) {
        Submission s = em.find(Submission.class, submissionId);
        if (s == null || s.getVersions().size() < version || s.getVersions().get(version - 1).getOutcome() != outcome) {
            return Optional.empty();
        }
        SubmissionVersion v = s.getVersions().get(version - 1);
        List<String> said = new ArrayList<>();
        if (v.getReviewComment() != null) {
            said.add(v.getReviewComment());
        }
        v.getTaskComments().forEach(c -> said.add(c.number() + "：" + c.comment()));
        String key = outcome == ReviewOutcome.RETURNED ? "notice.returned" : "notice.accepted";
        return Optional.of(due(s, outcome.name() + "-" + version, s.getOrganisation(), key, String.join("\n", said)));
    }

    /** The notice of a new report to fill, to its organisation. */
    public Optional<Due> opened(long submissionId) {
        Submission s = em.find(Submission.class, submissionId);
        return s == null ? Optional.empty() : Optional.of(due(s, "OPENED", s.getOrganisation(), "notice.opened", ""));
    }

    private Due due(Submission s, String kind, Organisation recipient, String key, Object detail) {
        Object[] args = {s.getCycle().getNameZh(), s.getPeriodCode(), s.getDueDate().toString(), detail,
            s.getOrganisation().getNameZh(), s.getCycle().getNameEn() == null ? s.getCycle().getNameZh() : s.getCycle().getNameEn(),
            s.getOrganisation().getNameEn()};
        String subject = Messages.get(Locale.CHINESE, key + ".subject", args) + " / " + Messages.get(Locale.ENGLISH, key + ".subject", args);
        String body = Messages.get(Locale.CHINESE, key + ".body", args) + "\n\n" + Messages.get(Locale.ENGLISH, key + ".body", args)
                + "\n\n" + Messages.get(Locale.CHINESE, "reminder.footer", String.valueOf(s.getId())) + "\n" + Messages.get(Locale.ENGLISH, "reminder.footer", String.valueOf(s.getId()));
        return new Due(s.getId(), kind, recipient, subject, body);
    }

    /** The new reminder's id, or {@code null} when it was already there. Throws when another node won the race. */
    public Long claim(long submissionId, String kind, long recipientId, String subject, String body, Instant at) {
        Long existing = em.createQuery("select count(r) from Reminder r where r.submission.id = :s and r.kind = :k", Long.class)
                .setParameter("s", submissionId).setParameter("k", kind).getSingleResult();
        if (existing > 0) {
            return null;
        }
        Reminder r = new Reminder(em.getReference(Submission.class, submissionId), kind,
                em.find(Organisation.class, recipientId), subject, body, at);
        em.persist(r);
        em.flush();
        return r.getId();
    }

    public Reminder get(long id) {
        Reminder r = em.find(Reminder.class, id);
        r.getRecipient().getCode();
        return r;
    }

    public void mailed(long id, Reminder.MailStatus status, String error, Instant at) {
        em.find(Reminder.class, id).mailed(status, error, at);
    }
}
