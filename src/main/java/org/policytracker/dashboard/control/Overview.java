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

    public record Notice(Instant at, String subject, Long submissionId) {
    }

    public record Page(List<Due> due, List<ToReview> toReview, List<CycleRates> cycles, List<OrganisationRate> firstCycleByOrganisation,
                       String firstCycle, List<Notice> reminders) {
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
                    r.getSubmission() == null ? null : r.getSubmission().getId())));
        }
        return new Page(due, review, rates, byOrg, firstCycle, notices);
    }

    private static String name(ReportingCycle c, boolean en) {
        return en && c.getNameEn() != null ? c.getNameEn() : c.getNameZh();
    }
}
