package org.policytracker.dashboard.control;

import org.policytracker.platform.time.Shanghai;
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
import org.policytracker.dashboard.entity.NoticeMark;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.ReminderService;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.reporting.control.TrafficLight;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.reporting.control.ReportingAccess;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkService;
import org.policytracker.parks.entity.FilingStatus;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.PlanStatus;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.reporting.entity.ReviewOutcome;
import org.policytracker.security.control.Role;
import org.policytracker.platform.persistence.Page;
import org.policytracker.reporting.entity.ReminderKind;
import org.policytracker.platform.i18n.Bilingual;

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

    /** Something that happened to the person's organisation's work: a reminder, a review's decision; new until marked read. */
    public record Notice(Instant at, String subject, String link, boolean unread) {
    }

    /** A task of the plan office's plans due within {@link #HORIZON_DAYS} days or past its deadline, not completed. */
    public record Deadline(long planId, String plan, String number, String title, LocalDate deadline, long daysLeft, String status,
                           String light) {
    }

    /** A plan of the plan office with its tasks counted by light (tasks with a light only). */
    public record PlanLights(long planId, String code, String title, int green, int yellow, int red, int tasks) {
    }

    /**
     * A park committee's park: its latest implementation plan (year, state) and this year's annual report
     * (state, or not yet opened; due 31 December).
     */
    public record MyPark(long parkId, String park, Long planId, Integer planYear, String planStatus, Long reportId, int reportYear,
                         LocalDate reportDue, long daysLeft, String reportStatus) {
    }

    /** A task the organisation leads, with what was reported on it. */
    public record Led(long planId, String plan, String number, String title, LocalDate deadline, String light, Double percent,
                      int answers, int obliged) {
    }

    public record StartPage(List<Due> due, List<ToReview> toReview, List<CycleRates> cycles, List<OrganisationRate> firstCycleByOrganisation,
                       String firstCycle, List<Notice> reminders, List<Led> led, List<Deadline> deadlines, List<PlanLights> planLights,
                       MyPark myPark, long unread) {
    }

    /** How far ahead the plan office's deadline panel looks. */
    public static final int HORIZON_DAYS = 60;
    private static final int MAX_DEADLINES = 30;

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

    @Inject
    ReportingAccess reportingAccess;

    public StartPage of(Locale locale, Instant now) {
        boolean en = locale.getLanguage().equals("en");
        LocalDate today = now.atZone(Shanghai.ZONE).toLocalDate();
        Organisation me = access.user().organisation().orElse(null);
        List<Due> due = new ArrayList<>();
        List<ToReview> review = new ArrayList<>();
        for (Submission s : submissions.list(new SubmissionService.Filter(null, null, null, null, null), 0, Page.EVERY).all()) {
            String cycle = name(s.getCycle(), en);
            if (s.getStatus().editable() && me != null && s.getOrganisation().getId().equals(me.getId()) && reportingAccess.canFill(me)) {
                due.add(new Due(s.getId(), cycle, s.getPeriodCode(), s.getDueDate(), ChronoUnit.DAYS.between(today, s.getDueDate()),
                        s.getStatus().name()));
            } else if (s.getStatus().awaitingReview() && reportingAccess.canReview(s.getCycle().reviewerFor(s.getOrganisation()), s.getOrganisation())) {
                review.add(new ToReview(s.getId(), Bilingual.pick(s.getOrganisation().getNameZh(), s.getOrganisation().getNameEn(), en, null), cycle, s.getPeriodCode(), s.getLastSubmittedAt(), s.getStatus().name()));
            }
        }
        due.sort(Comparator.comparing(Due::dueDate));
        review.sort(Comparator.comparing(ToReview::submittedAt));
        List<CycleRates> rates = new ArrayList<>();
        List<OrganisationRate> byOrg = new ArrayList<>();
        String firstCycle = null;
        if (!review.isEmpty() || access.user().hasAny(Role.PLAN_OFFICE,
                Role.AUDITOR, Role.ADMINISTRATOR)) {
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
                    t.byOrganisation().forEach((o, r) -> byOrg.add(new OrganisationRate(Bilingual.pick(o.getNameZh(), o.getNameEn(), en, null), r.reportingRate(), r.onTimeRate())));
                }
            }
        }
        List<Notice> notices = new ArrayList<>();
        if (me != null) {
            // a review's notice is listed once, below, in the reader's language (the kept one is bilingual, for the mail)
            reminders.mine(0, 10).items().stream().filter(r -> !ReminderKind.isDecision(r.getKind()))
                    .forEach(r -> notices.add(new Notice(r.getCreatedAt(), r.getSubject(),
                    r.getSubmission() == null ? null : "/reporting/submission.xhtml?id=" + r.getSubmission().getId(), false)));
            decisions(me, locale, now, notices);
        }
        Instant readUntil = readUntil();
        List<Notice> marked = new ArrayList<>();
        for (Notice n : notices) {
            marked.add(new Notice(n.at(), n.subject(), n.link(), n.at() != null && (readUntil == null || n.at().isAfter(readUntil))));
        }
        marked.sort(Comparator.comparing(Notice::at, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Notice> shown = marked.size() > 15 ? marked.subList(0, 15) : marked;
        boolean office = me != null && access.user().has(Role.PLAN_OFFICE);
        java.util.Map<Long, ProgressService.PlanProgress> progressOf = new java.util.HashMap<>();
        return new StartPage(due, review, rates, byOrg, firstCycle, shown, me == null ? List.of() : led(me, en, today),
                office ? deadlines(me, en, today, progressOf) : List.of(), office ? planLights(me, en, today, progressOf) : List.of(),
                me == null ? null : myPark(me, en, today),
                shown.stream().filter(Notice::unread).count());
    }

    private Instant readUntil() {
        String name = access.user().name();
        NoticeMark m = name == null ? null : em.find(NoticeMark.class, name);
        return m == null ? null : m.getReadUntil();
    }

    /** Marks every notification up to {@code now} as read for the signed-in person. */
    public void markAllRead(Instant now) {
        access.requireSignedIn();
        String name = access.user().name();
        NoticeMark m = em.find(NoticeMark.class, name);
        if (m == null) {
            em.persist(new NoticeMark(name, now));
        } else if (m.getReadUntil().isBefore(now)) {
            m.setReadUntil(now);
        }
    }

    /**
     * The tasks of the plans the plan office owns whose deadline has passed or comes within the horizon and
     * that are not completed, by deadline; the status and light are those the reports give (as the plan page).
     */
    private List<Deadline> deadlines(Organisation me, boolean en, LocalDate today, java.util.Map<Long, ProgressService.PlanProgress> progressOf) {
        List<Task> near = em.createQuery("select t from Task t where t.plan.owner = :me"
                        + " and t.deadline is not null and t.deadline <= :horizon and t.kind <> :section and t.status <> :done"
                        + " and t.plan.status = :inForce order by t.deadline, t.sortPath", Task.class)
                .setParameter("me", me).setParameter("horizon", today.plusDays(HORIZON_DAYS))
                .setParameter("section", TaskKind.SECTION)
                .setParameter("done", TaskStatus.COMPLETED)
                .setParameter("inForce", PlanStatus.IN_FORCE)
                .setMaxResults(MAX_DEADLINES * 4).getResultList();
        List<Deadline> out = new ArrayList<>();
        for (var t : near) {
            // one progress computation per plan, shared with the lights panel
            ProgressService.TaskProgress tp = progressOf.computeIfAbsent(t.getPlan().getId(), id -> progress.planProgress(id, today))
                    .tasks().stream().filter(x -> x.task().getId().equals(t.getId())).findFirst().orElse(null);
            var status = tp != null && tp.status() != null ? tp.status() : t.getStatus();
            if (status == TaskStatus.COMPLETED) {
                continue;
            }
            out.add(new Deadline(t.getPlan().getId(), t.getPlan().getCode(), t.path(), t.nameFor(en, 80), t.getDeadline(),
                    ChronoUnit.DAYS.between(today, t.getDeadline()), status.name(), tp == null || tp.light() == null ? null : tp.light().name()));
            if (out.size() == MAX_DEADLINES) {
                break;
            }
        }
        return out;
    }

    /** The plan office's plans in force, each with its tasks counted by light. */
    private List<PlanLights> planLights(Organisation me, boolean en, LocalDate today, java.util.Map<Long, ProgressService.PlanProgress> progressOf) {
        List<Plan> own = em.createQuery("select p from Plan p where p.owner = :me and p.status = :inForce"
                + " order by p.issueDate desc, p.id desc", Plan.class).setParameter("me", me)
                .setParameter("inForce", PlanStatus.IN_FORCE).setMaxResults(20).getResultList();
        List<PlanLights> out = new ArrayList<>();
        for (var p : own) {
            ProgressService.PlanProgress pp = progressOf.computeIfAbsent(p.getId(), x -> progress.planProgress(x, today));
            int g = 0, y = 0, r = 0, n = 0;
            for (ProgressService.TaskProgress tp : pp.tasks()) {
                if (tp.task().getKind() == TaskKind.SECTION) {
                    continue;
                }
                n++;
                if (tp.light() == TrafficLight.GREEN) {
                    g++;
                } else if (tp.light() == TrafficLight.YELLOW) {
                    y++;
                } else if (tp.light() == TrafficLight.RED) {
                    r++;
                }
            }
            out.add(new PlanLights(p.getId(), p.getCode(), Bilingual.pick(p.getTitleZh(), p.getTitleEn(), en, p.getCode()), g, y, r, n));
        }
        return out;
    }

    private MyPark myPark(Organisation me, boolean en, LocalDate today) {
        var park = parks.ofCommittee(me).orElse(null);
        if (park == null) {
            return null;
        }
        var planFiling = filings.list(new ParkFilingService.Filter(park.getId(),
                FilingType.PLAN, null, null), 0, 1).items().stream().findFirst().orElse(null);
        int year = today.getYear();
        var report = filings.list(new ParkFilingService.Filter(park.getId(),
                FilingType.ANNUAL_REPORT, year, null), 0, 1).items().stream().findFirst().orElse(null);
        LocalDate due = report != null && report.getDueDate() != null ? report.getDueDate() : LocalDate.of(year, 12, 31);
        return new MyPark(park.getId(), Bilingual.pick(park.getNameZh(), park.getNameEn(), en, null),
                planFiling == null ? null : planFiling.getId(), planFiling == null ? null : planFiling.getYear(),
                planFiling == null ? null : planFiling.getStatus().name(), report == null ? null : report.getId(), year, due,
                ChronoUnit.DAYS.between(today, due), report == null ? null : report.getStatus().name());
    }

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** The tasks the organisation leads (牵头), in the plans it may see, each with its light and the answers reported on it. */
    private List<Led> led(Organisation me, boolean en, LocalDate today) {
        List<Long> planIds = em.createQuery("select distinct a.task.plan.id from UnitAssignment a where a.organisation = :me and a.role = :lead",
                Long.class).setParameter("me", me).setParameter("lead", UnitRole.LEAD).getResultList();
        List<Led> out = new ArrayList<>();
        for (Long planId : planIds) {
            ProgressService.PlanProgress pp;
            try {
                pp = progress.planProgress(planId, today);
            } catch (NotFoundException hidden) {
                continue;
            }
            for (ProgressService.TaskProgress tp : pp.tasks()) {
                var t = tp.task();
                boolean leads = t.getAssignments().stream().anyMatch(a -> a.getRole() == UnitRole.LEAD
                        && a.getOrganisation().getId().equals(me.getId()));
                if (!leads) {
                    continue;
                }
                out.add(new Led(planId, pp.plan().getCode(), t.path(),
                        t.nameFor(en, 80), t.getDeadline(),
                        tp.light() == null ? null : tp.light().name(), tp.percent(), tp.reported(), tp.obliged()));
            }
        }
        return out;
    }

    @Inject
    ParkFilingService filings;

    @Inject
    ParkService parks;

    /** The reviews' decisions on the organisation's reports and its park's filings in the last 60 days. */
    private void decisions(Organisation me, Locale locale, Instant now, List<Notice> notices) {
        boolean en = locale.getLanguage().equals("en");
        Instant since = now.minus(60, ChronoUnit.DAYS);
        for (Submission s : submissions.list(new SubmissionService.Filter(null, me.getId(), null, null, null), 0, 500).items()) {
            var v = s.latest();
            if (v == null || v.getReviewedAt() == null || v.getReviewedAt().isBefore(since)) {
                continue;
            }
            String key = v.getOutcome() == ReviewOutcome.ACCEPTED ? "ui.notice.accepted" : "ui.notice.returned";
            notices.add(new Notice(v.getReviewedAt(), Messages.get(locale, key, name(s.getCycle(), en)
                    + " " + s.getPeriodCode(), v.getReviewComment() == null ? "" : v.getReviewComment()),
                    "/reporting/submission.xhtml?id=" + s.getId(), false));
        }
        parks.ofCommittee(me).ifPresent(p -> {
            for (var f : filings.list(new ParkFilingService.Filter(p.getId(), null, null, null), 0, 200).items()) {
                var v = f.latest();
                if (v == null || v.getReviewedAt() == null || v.getReviewedAt().isBefore(since)) {
                    continue;
                }
                String key = v.getOutcome() == FilingStatus.APPROVED ? "ui.notice.filingApproved"
                        : "ui.notice.filingReturned";
                notices.add(new Notice(v.getReviewedAt(), Messages.get(locale, key, f.getYear(),
                        v.getReviewComment() == null ? "" : v.getReviewComment()), "/parks/filing.xhtml?id=" + f.getId(), false));
            }
        });
    }

    private static String name(ReportingCycle c, boolean en) {
        return Bilingual.pick(c.getNameZh(), c.getNameEn(), en, null);
    }
}
