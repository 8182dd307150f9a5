package org.policytracker.reports.control;

import static org.policytracker.reports.control.ParkReports.AT;
import static org.policytracker.reports.control.ParkReports.executedOf;
import static org.policytracker.reports.control.ParkReports.level;
import static org.policytracker.reports.control.ParkReports.name;
import static org.policytracker.reports.control.ParkReports.progress;
import static org.policytracker.reports.control.ParkReports.rate;
import org.policytracker.platform.time.Shanghai;
import static org.policytracker.reports.control.ReportFrame.chinese;
import static org.policytracker.reports.control.ReportFrame.label;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policytracker.reports.control.ParkReports.Standing;
import java.util.Map;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.platform.i18n.Units;
import org.policytracker.platform.time.Timeliness;

/** The sections of one park's progress report: the park, its approved plan, projects, results, filings and words. */
final class ParkProgressSections {

    private ParkProgressSections() {
    }

    /** The report's rows for {@code park} as its standing {@code s} (null: no plan at all) was in {@code year}. */
    static Lines of(Park park, Standing s, int year, Instant now, Locale locale) {
        boolean zh = chinese(locale);
        Lines lines = new Lines();
        lines.section(label(locale, "park.basic"));
        lines.add(new ReportLine.Kv(label(locale, "col.park"), name(park, zh)));
        lines.add(new ReportLine.Kv(label(locale, "col.level"), level(locale, park)));
        lines.add(new ReportLine.Kv(label(locale, "park.committee"), name(park.getCommittee(), zh)));
        lines.add(new ReportLine.Kv(label(locale, "park.location"), name(park.getProvince(), zh)
                + (park.getCity() == null ? "" : " " + name(park.getCity(), zh))));
        if (park.getLeadingIndustries() != null) {
            lines.add(new ReportLine.Kv(label(locale, "park.industries"), park.getLeadingIndustries()));
        }
        if (s == null || s.plan() == null) {
            lines.section(label(locale, "park.plan"));
            lines.paragraph(label(locale, s != null && s.pendingPlan() != null ? "park.planUnderReview" : "park.noPlan"));
            return lines;
        }
        plan(lines, locale, s);
        projects(lines, locale, s, year);
        AnnualReportContent rc = s.in(year);
        results(lines, locale, s, rc, year);
        filings(lines, locale, s, year, now);
        if (rc != null) {
            narrative(lines, locale, rc, year);
        }
        return lines;
    }

    private static void plan(Lines lines, Locale locale, Standing s) {
        String tenK = label(locale, "unit.tenThousandYuan");
        ParkPlanContent pc = s.planContent();
        lines.section(label(locale, "park.plan"));
        lines.add(new ReportLine.Kv(label(locale, "park.period"), pc.periodStart + "—" + pc.periodEnd));
        lines.add(new ReportLine.Kv(label(locale, "col.approvedOn"), s.plan().getDecidedAt() == null ? ""
                : s.plan().getDecidedAt().atZone(Shanghai.ZONE).toLocalDate().toString()));
        lines.add(new KvnLine(label(locale, "parks.investmentPlanned"), s.planned(), tenK));
        lines.paragraph(pc.basicSituation);
        for (ParkPlanContent.TaskItem t : pc.tasks) {
            lines.remark(label(locale, "area." + t.area), t.description);
        }
    }

    /** A figure in the basic facts: label, amount, unit. */
    record KvnLine(String label, BigDecimal value, String unit) implements ReportLine {
    }

    /** A project of the plan: its area, period, status and investment planned, executed in the year and up to it. */
    record ProjectLine(String code, String project, String area, String period, String status, BigDecimal planned,
                       BigDecimal executedInYear, BigDecimal executed, BigDecimal executionRate) implements ReportLine {
    }

    /** The projects' totals (合计, in the code column). */
    record ProjectTotalLine(String code, BigDecimal planned, BigDecimal executedInYear, BigDecimal executed,
                            BigDecimal executionRate) implements ReportLine {
    }

    /** An expected result: baseline, target and its year, the year's actual and the progress towards the target. */
    record OutcomeLine(String result, String unit, BigDecimal baseline, BigDecimal target, Integer targetYear, BigDecimal actual,
                       BigDecimal attainment) implements ReportLine {
    }

    /** An annual report: when it came, how timely, the decision and the evaluation. */
    record FilingLine(String year, String submittedAt, String timeliness, String decision, String evaluation) implements ReportLine {
    }

    private static void projects(Lines lines, Locale locale, Standing s, int year) {
        lines.section(label(locale, "park.projects", year));
        lines.head("projectHead");
        List<ProjectLine> rows = projectLines(locale, s, year);
        lines.addAll(rows);
        BigDecimal sumYear = rows.stream().map(ProjectLine::executedInYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sumTotal = rows.stream().map(ProjectLine::executed).reduce(BigDecimal.ZERO, BigDecimal::add);
        lines.add(new ProjectTotalLine(label(locale, "col.total"), s.planned(), sumYear, sumTotal, rate(sumTotal, s.planned())));
    }

    /** The plan's projects with what was executed in {@code year} and up to it, and their status in the year's report. */
    static List<ProjectLine> projectLines(Locale locale, Standing s, int year) {
        Map<String, String> status = s.projectStatus(year);
        List<ProjectLine> out = new ArrayList<>();
        for (ParkPlanContent.Project x : s.planContent().projects) {
            BigDecimal total = executedOf(s, x.code, 0, year);
            String st = status.get(x.code);
            out.add(new ProjectLine(x.code, x.name, x.area == null ? "" : label(locale, "area." + x.area),
                    (x.start == null ? "" : x.start) + "—" + (x.end == null ? "" : x.end),
                    st == null ? label(locale, "status.unreported") : label(locale, "status." + st),
                    x.investment, executedOf(s, x.code, year, year), total, rate(total, x.investment)));
        }
        return out;
    }

    private static void results(Lines lines, Locale locale, Standing s, AnnualReportContent rc, int year) {
        boolean zh = chinese(locale);
        lines.section(label(locale, "park.results", year));
        lines.head("outcomeHead");
        for (ParkPlanContent.ExpectedResult e : s.planContent().expectedResults) {
            ResultKind k = ResultKind.valueOf(e.kind);
            BigDecimal actual = rc == null ? null : rc.results.stream().filter(v -> e.kind.equals(v.kind)).map(v -> v.actual)
                    .filter(v -> v != null).findFirst().orElse(null);
            lines.add(new OutcomeLine(zh ? k.nameZh() : label(locale, "result." + k.name()), Units.of(k.unit(), locale),
                    e.baseline, e.target, e.targetYear, actual, progress(e.baseline, e.target, actual)));
        }
    }

    private static void filings(Lines lines, Locale locale, Standing s, int year, Instant now) {
        ParkPlanContent pc = s.planContent();
        lines.section(label(locale, "park.reports"));
        lines.head("filingHead");
        for (int y = pc.periodStart == null ? year : pc.periodStart; y <= year; y++) {
            ParkFiling r = s.reports().get(y);
            Timeliness t = Timeliness.judge(LocalDate.of(y, 12, 31), 0, r == null ? null : r.getFirstSubmittedAt(), now);
            lines.add(new FilingLine(String.valueOf(y), r == null || r.getFirstSubmittedAt() == null ? "—"
                            : AT.format(r.getFirstSubmittedAt().atZone(Shanghai.ZONE)),
                    label(locale, "slot." + t.status().name()) + (t.status() == Timeliness.Status.LATE ? " " + label(locale, "parks.daysLate", t.daysLate()) : ""),
                    r == null ? "" : label(locale, "filing." + r.getStatus().name()),
                    r == null || r.getEvaluationResult() == null ? "" : label(locale, "evaluation." + r.getEvaluationResult().name())));
        }
    }

    private static void narrative(Lines lines, Locale locale, AnnualReportContent rc, int year) {
        lines.section(label(locale, "park.narrative", year));
        if (rc.progress != null) {
            lines.remark(label(locale, "park.progress"), rc.progress);
        }
        if (rc.difficulties != null) {
            lines.remark(label(locale, "park.difficulties"), rc.difficulties);
        }
        if (rc.experience != null) {
            lines.remark(label(locale, "park.experience"), rc.experience);
        }
    }
}
