package org.policytracker.reports.control;

import static org.policytracker.reports.control.ReportFrame.label;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.platform.time.Shanghai;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.reports.control.ParkReports.Standing;

/**
 * The provincial park summary's figures for one year, computed from the parks' standings before any layout: plans
 * approved, annual reports due, on time, late and missing, projects and investment, the expected results summed or
 * averaged, and each park's row with why it is behind. Rows are typed; {@link ParkReports} lays them out.
 */
final class ParkSummaryFigures {

    /** One park's row of the table; numbers are null for a park without an approved plan. */
    record ParkRow(String name, Standing standing, String planState, String timeliness, String approvedOn, boolean onSchedule,
                   Integer projects, Integer completed, BigDecimal planned, BigDecimal executed, BigDecimal executionRate) {
    }

    /** A park's words in the report: why it is behind, its experience, its difficulties. */
    record Remark(String park, String text) {
    }

    /**
     * One expected result over the parks: the sum of the targets and of the actuals, how many parks stated a target and
     * how many reported an actual, and the actuals and targets of the parks that did both (the attainment compares like
     * with like).
     */
    static final class ResultSum {
        BigDecimal targets = BigDecimal.ZERO;
        BigDecimal actuals = BigDecimal.ZERO;
        int parksWithTarget;
        int parksReported;
        BigDecimal actualsOfTargeted = BigDecimal.ZERO;
        BigDecimal targetsOfTargeted = BigDecimal.ZERO;
    }

    int approved;
    int due;
    int onTime;
    int late;
    int missing;
    int projects;
    int completed;
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal executedYear = BigDecimal.ZERO;
    BigDecimal executedTotal = BigDecimal.ZERO;
    final Map<ResultKind, ResultSum> results = new EnumMap<>(ResultKind.class);
    final List<ParkRow> parks = new ArrayList<>();
    final List<Remark> behind = new ArrayList<>();
    final List<Remark> experience = new ArrayList<>();
    final List<Remark> difficulties = new ArrayList<>();

    private final int year;
    private final Instant now;
    private final Locale locale;

    private ParkSummaryFigures(int year, Instant now, Locale locale) {
        this.year = year;
        this.now = now;
        this.locale = locale;
    }

    /** The figures of {@code year} over {@code standings} (every park listed or with a plan), judged at {@code now}. */
    static ParkSummaryFigures of(List<Standing> standings, int year, Instant now, Locale locale) {
        ParkSummaryFigures f = new ParkSummaryFigures(year, now, locale);
        boolean zh = ReportFrame.chinese(locale);
        for (Standing s : standings) {
            String name = ParkReports.name(s.park(), zh);
            if (s.plan() == null) {
                f.parks.add(new ParkRow(name, s, label(locale, "parks.plan." + (s.pendingPlan() == null ? "none" : "review")), "", "",
                        false, null, null, null, null, null));
                f.behind.add(new Remark(name, label(locale, "parks.behind.noPlan")));
            } else {
                f.park(name, s);
            }
        }
        return f;
    }

    private void park(String name, Standing s) {
        approved++;
        List<String> reasons = new ArrayList<>();
        Map<String, String> status = s.projectStatus(year);
        int pProjects = s.planContent().projects.size();
        int pDone = (int) s.planContent().projects.stream().filter(x -> TaskStatus.COMPLETED.name().equals(status.get(x.code))).count();
        projects += pProjects;
        completed += pDone;
        BigDecimal pPlanned = s.planned();
        BigDecimal pTotal = s.executed(0, year);
        planned = planned.add(pPlanned);
        executedYear = executedYear.add(s.executed(year, year));
        executedTotal = executedTotal.add(pTotal);
        String timeliness = ParkReports.covers(s, year) ? timeliness(s, reasons) : "";
        for (ParkPlanContent.Project x : s.planContent().projects) {
            if (x.end != null && x.end.compareTo(year + "-12") <= 0 && !TaskStatus.COMPLETED.name().equals(status.get(x.code))) {
                reasons.add(label(locale, "parks.behind.project", x.code + " " + (x.name == null ? "" : x.name), x.end));
            }
        }
        results(s);
        AnnualReportContent rc = s.in(year);
        if (rc != null && rc.experience != null && !rc.experience.isBlank()) {
            experience.add(new Remark(name, rc.experience.strip()));
        }
        if (rc != null && rc.difficulties != null && !rc.difficulties.isBlank()) {
            difficulties.add(new Remark(name, rc.difficulties.strip()));
        }
        if (!reasons.isEmpty()) {
            behind.add(new Remark(name, String.join("；", reasons)));
        }
        parks.add(new ParkRow(name, s, label(locale, "parks.plan.approved"), timeliness,
                s.plan().getDecidedAt() == null ? "" : s.plan().getDecidedAt().atZone(Shanghai.ZONE).toLocalDate().toString(),
                reasons.isEmpty(), pProjects, pDone, pPlanned, pTotal, ParkReports.rate(pTotal, pPlanned)));
    }

    /** The year's annual report: due by 31 December, on time, late or missing (a reason to be behind). */
    private String timeliness(Standing s, List<String> reasons) {
        due++;
        ParkFiling r = s.reports().get(year);
        Timeliness t = Timeliness.judge(LocalDate.of(year, 12, 31), 0, r == null ? null : r.getFirstSubmittedAt(), now);
        switch (t.status()) {
            case ON_TIME -> onTime++;
            case LATE -> {
                late++;
                reasons.add(label(locale, "parks.behind.late", t.daysLate()));
            }
            case MISSING -> {
                missing++;
                reasons.add(label(locale, "parks.behind.missing"));
            }
            case NOT_YET_DUE -> {
            }
        }
        return label(locale, "slot." + t.status().name()) + (t.status() == Timeliness.Status.LATE
                ? " " + label(locale, "parks.daysLate", t.daysLate()) : "");
    }

    /** Adds the park's expected results (targets) and the year's reported actuals to the sums. */
    private void results(Standing s) {
        Map<ResultKind, BigDecimal> ownTargets = new EnumMap<>(ResultKind.class);
        for (ParkPlanContent.ExpectedResult e : s.planContent().expectedResults) {
            ResultKind k = ResultKind.valueOf(e.kind);
            ResultSum sum = results.computeIfAbsent(k, x -> new ResultSum());
            if (e.target != null) {
                sum.targets = sum.targets.add(e.target);
                sum.parksWithTarget++;
                ownTargets.merge(k, e.target, BigDecimal::add);
            }
        }
        AnnualReportContent rc = s.in(year);
        if (rc == null) {
            return;
        }
        for (AnnualReportContent.ResultValue v : rc.results) {
            if (v.kind != null && v.actual != null) {
                // counted whichever park came first: a result reported by a park that set no target for it counts too
                ResultKind k = ResultKind.valueOf(v.kind);
                ResultSum sum = results.computeIfAbsent(k, x -> new ResultSum());
                sum.actuals = sum.actuals.add(v.actual);
                sum.parksReported++;
                if (ownTargets.containsKey(k)) {
                    sum.actualsOfTargeted = sum.actualsOfTargeted.add(v.actual);
                    sum.targetsOfTargeted = sum.targetsOfTargeted.add(ownTargets.get(k));
                }
            }
        }
    }
}
