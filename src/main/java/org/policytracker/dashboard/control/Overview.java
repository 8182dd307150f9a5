package org.policytracker.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.ReminderService;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.reporting.control.Timeliness;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.SubmissionStatus;
import org.policytracker.security.control.AccessPolicy;

/**
 * What the start page shows a person, by what they do: the reports their organisation has to send
 * with the days left, the reports waiting for their review, how every cycle they oversee is being
 * reported on, and their reminders. Plain rows, read in one transaction.
 */
@ApplicationScoped
@Transactional
public class Overview {

    /** A report the organisation has to send (a draft, or returned for revision). */
    public record Due(long id, String cycle, String period, LocalDate dueDate, long daysLeft, String status) {
    }

    /** A report waiting for the person's review. */
    public record ToReview(long id, String organisation, String cycle, String period, Instant submittedAt, String status) {
    }

    /** How a cycle is being reported on: slots due, submitted, on time, late, missing and the rates. */
    public record CycleRates(long id, String cycle, int due, int submitted, int onTime, int late, int missing,
                             Double reportingRate, Double onTimeRate) {
    }

    /** One organisation's rates in a cycle (for the chart). */
    public record OrganisationRate(String organisation, Double reportingRate, Double onTimeRate) {
    }

    /** Something that happened to the person's organisation's work: a reminder, a review's decision. */
    public record Notice(Instant at, String subject, String link) {
    }

    /** A task the organisation leads, with what was reported on it. */
    public record Led(long planId, String plan, String number, String title, LocalDate deadline, String light, Double percent,
                      int answers, int obliged) {
    }

    public record Page(List<Due> due, List<ToReview> toReview, List<CycleRates> cycles, List<OrganisationRate> firstCycleByOrganisation,
                       String firstCycle, List<Notice> reminders, List<Led> led) {
    }

    @Inject
    SubmissionService submissions;

    @Inject
    CycleService cycles;

    @Inject
    ProgressService progress;

    @Inject
    ReminderService reminders;

    @Inject
    AccessPolicy access;

    public Page of(Locale locale, Instant now) {
        boolean en = locale.getLanguage().equals("en");
        LocalDate today = now.atZone(Timeliness.SHANGHAI).toLocalDate();
        Organisation me = access.user().organisation().orElse(null);
        List<Due> due = new ArrayList<>();
        List<ToReview> review = new ArrayList<>();
        for (Submission s : submissions.list(new SubmissionService.Filter(null, null, null, null, null), 0, 10_000).items()) {
            String cycle = name(s.getCycle(), en);
            if (s.getStatus().editable() && me != null && s.getOrganisation().getId().equals(me.getId()) && access.canFill(me)) {
                due.add(new Due(s.getId(), cycle, s.getPeriodCode(), s.getDueDate(), ChronoUnit.DAYS.between(today, s.getDueDate()),
                        s.getStatus().name()));
            } else if (s.getStatus().awaitingReview() && access.canReview(s.getCycle().reviewerFor(s.getOrganisation()), s.getOrganisation())) {
                review.add(new ToReview(s.getId(), en && s.getOrganisation().getNameEn() != null ? s.getOrganisation().getNameEn()
                        : s.getOrganisation().getNameZh(), cycle, s.getPeriodCode(), s.getLastSubmittedAt(), s.getStatus().name()));
            }
        }
        due.sort(Comparator.comparing(Due::dueDate));
        review.sort(Comparator.comparing(ToReview::submittedAt));
        List<CycleRates> rates = new ArrayList<>();
        List<OrganisationRate> byOrg = new ArrayList<>();
        String firstCycle = null;
        if (!review.isEmpty() || access.user().hasAny(org.policytracker.security.control.Role.PLAN_OFFICE,
                org.policytracker.security.control.Role.AUDITOR, org.policytracker.security.control.Role.ADMINISTRATOR)) {
            for (ReportingCycle c : cycles.list(null, 0, 50).items()) {
                var visible = submissions.list(new SubmissionService.Filter(c.getId(), null, null, null, null), 0, 100_000).items();
                ProgressService.CycleTimeliness t = progress.cycleTimeliness(c, visible, now);
                if (t.overall().due() == 0 && t.overall().submitted() == 0) {
                    continue;
                }
                rates.add(new CycleRates(c.getId(), name(c, en), t.overall().due(), t.overall().submitted(), t.overall().onTime(),
                        t.overall().late(), t.overall().missing(), t.overall().reportingRate(), t.overall().onTimeRate()));
                if (firstCycle == null && t.byOrganisation().size() > 1) {
                    firstCycle = name(c, en);
                    t.byOrganisation().forEach((o, r) -> byOrg.add(new OrganisationRate(en && o.getNameEn() != null ? o.getNameEn()
                            : o.getNameZh(), r.reportingRate(), r.onTimeRate())));
                }
            }
        }
        List<Notice> notices = new ArrayList<>();
        if (me != null) {
            reminders.mine(0, 10).items().forEach(r -> notices.add(new Notice(r.getCreatedAt(), r.getSubject(),
                    r.getSubmission() == null ? null : "/reporting/submission.xhtml?id=" + r.getSubmission().getId())));
            decisions(me, locale, now, notices);
        }
        notices.sort(Comparator.comparing(Notice::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Page(due, review, rates, byOrg, firstCycle, notices.size() > 15 ? notices.subList(0, 15) : notices,
                me == null ? List.of() : led(me, en, today));
    }

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** The tasks the organisation leads (牵头), in the plans it may see, each with its light and the answers reported on it. */
    private List<Led> led(Organisation me, boolean en, LocalDate today) {
        List<Long> planIds = em.createQuery("select distinct a.task.plan.id from UnitAssignment a where a.organisation = :me and a.role = :lead",
                Long.class).setParameter("me", me).setParameter("lead", org.policytracker.plans.entity.UnitRole.LEAD).getResultList();
        List<Led> out = new ArrayList<>();
        for (Long planId : planIds) {
            ProgressService.PlanProgress pp;
            try {
                pp = progress.planProgress(planId, today);
            } catch (org.policytracker.platform.persistence.NotFoundException hidden) {
                continue;
            }
            for (ProgressService.TaskProgress tp : pp.tasks()) {
                var t = tp.task();
                boolean leads = t.getAssignments().stream().anyMatch(a -> a.getRole() == org.policytracker.plans.entity.UnitRole.LEAD
                        && a.getOrganisation().getId().equals(me.getId()));
                if (!leads) {
                    continue;
                }
                int answers = (int) tp.contributions().stream().filter(c -> c.status() != null).count();
                out.add(new Led(planId, pp.plan().getCode(), t.path(),
                        en && t.getTitleEn() != null ? t.getTitleEn() : t.getTitleZh(), t.getDeadline(),
                        tp.light() == null ? null : tp.light().name(), tp.percent(), answers, tp.contributions().size()));
            }
        }
        return out;
    }

    @Inject
    org.policytracker.parks.control.ParkFilingService filings;

    @Inject
    org.policytracker.parks.control.ParkService parks;

    /** The reviews' decisions on the organisation's reports and its park's filings in the last 60 days. */
    private void decisions(Organisation me, Locale locale, Instant now, List<Notice> notices) {
        boolean en = locale.getLanguage().equals("en");
        Instant since = now.minus(60, ChronoUnit.DAYS);
        for (Submission s : submissions.list(new SubmissionService.Filter(null, me.getId(), null, null, null), 0, 500).items()) {
            var v = s.latest();
            if (v == null || v.getReviewedAt() == null || v.getReviewedAt().isBefore(since)) {
                continue;
            }
            String key = v.getOutcome() == org.policytracker.reporting.entity.ReviewOutcome.ACCEPTED ? "ui.notice.accepted" : "ui.notice.returned";
            notices.add(new Notice(v.getReviewedAt(), org.policytracker.platform.i18n.Messages.get(locale, key, name(s.getCycle(), en)
                    + " " + s.getPeriodCode(), v.getReviewComment() == null ? "" : v.getReviewComment()),
                    "/reporting/submission.xhtml?id=" + s.getId()));
        }
        parks.ofCommittee(me).ifPresent(p -> {
            for (var f : filings.list(new org.policytracker.parks.control.ParkFilingService.Filter(p.getId(), null, null, null), 0, 200).items()) {
                var v = f.latest();
                if (v == null || v.getReviewedAt() == null || v.getReviewedAt().isBefore(since)) {
                    continue;
                }
                String key = v.getOutcome() == org.policytracker.parks.entity.FilingStatus.APPROVED ? "ui.notice.filingApproved"
                        : "ui.notice.filingReturned";
                notices.add(new Notice(v.getReviewedAt(), org.policytracker.platform.i18n.Messages.get(locale, key, f.getYear(),
                        v.getReviewComment() == null ? "" : v.getReviewComment()), "/parks/filing.xhtml?id=" + f.getId()));
            }
        });
    }

    private static String name(ReportingCycle c, boolean en) {
        return en && c.getNameEn() != null ? c.getNameEn() : c.getNameZh();
    }
}
