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
import java.util.Arrays;
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
        lines.add("kv", Arrays.asList(label(locale, "col.park"), name(park, zh)));
        lines.add("kv", Arrays.asList(label(locale, "col.level"), level(locale, park)));
        lines.add("kv", Arrays.asList(label(locale, "park.committee"), name(park.getCommittee(), zh)));
        lines.add("kv", Arrays.asList(label(locale, "park.location"), name(park.getProvince(), zh)
                + (park.getCity() == null ? "" : " " + name(park.getCity(), zh))));
        if (park.getLeadingIndustries() != null) {
            lines.add("kv", Arrays.asList(label(locale, "park.industries"), park.getLeadingIndustries()));
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
        lines.add("kv", Arrays.asList(label(locale, "park.period"), pc.periodStart + "—" + pc.periodEnd));
        lines.add("kv", Arrays.asList(label(locale, "col.approvedOn"), s.plan().getDecidedAt() == null ? ""
                : s.plan().getDecidedAt().atZone(Shanghai.ZONE).toLocalDate().toString()));
        lines.add("kvn", Arrays.asList(label(locale, "parks.investmentPlanned"), tenK), s.planned());
        lines.paragraph(pc.basicSituation);
        for (ParkPlanContent.TaskItem t : pc.tasks) {
            lines.add("remark", Arrays.asList(label(locale, "area." + t.area), t.description));
        }
    }

    private static void projects(Lines lines, Locale locale, Standing s, int year) {
        ParkPlanContent pc = s.planContent();
        lines.section(label(locale, "park.projects", year));
        Map<String, String> status = s.projectStatus(year);
        lines.add("projectHead", Arrays.asList(label(locale, "col.code"), label(locale, "col.project"), label(locale, "col.area"),
                label(locale, "col.projectPeriod"), label(locale, "col.status"), label(locale, "col.planned"),
                label(locale, "col.executedIn", year), label(locale, "col.executed", year), label(locale, "col.executionRate")));
        BigDecimal sumYear = BigDecimal.ZERO;
        BigDecimal sumTotal = BigDecimal.ZERO;
        for (ParkPlanContent.Project x : pc.projects) {
            BigDecimal inYear = executedOf(s, x.code, year, year);
            BigDecimal total = executedOf(s, x.code, 0, year);
            sumYear = sumYear.add(inYear);
            sumTotal = sumTotal.add(total);
            String st = status.get(x.code);
            lines.add("project", Arrays.asList(x.code, x.name, x.area == null ? "" : label(locale, "area." + x.area),
                            (x.start == null ? "" : x.start) + "—" + (x.end == null ? "" : x.end),
                            st == null ? label(locale, "status.unreported") : label(locale, "status." + st)),
                    x.investment, inYear, total, rate(total, x.investment));
        }
        lines.add("projectTotal", List.of(label(locale, "col.total")), s.planned(), sumYear, sumTotal, rate(sumTotal, s.planned()));

    }

    private static void results(Lines lines, Locale locale, Standing s, AnnualReportContent rc, int year) {
        boolean zh = chinese(locale);
        ParkPlanContent pc = s.planContent();
        lines.section(label(locale, "park.results", year));
        lines.add("outcomeHead", Arrays.asList(label(locale, "col.result"), label(locale, "col.unit"), label(locale, "col.baseline"),
                label(locale, "col.target"), label(locale, "col.targetYear"), label(locale, "col.actualYear", year), label(locale, "col.attainment")));
        for (ParkPlanContent.ExpectedResult e : pc.expectedResults) {
            ResultKind k = ResultKind.valueOf(e.kind);
            BigDecimal actual = rc == null ? null : rc.results.stream().filter(v -> e.kind.equals(v.kind)).map(v -> v.actual)
                    .filter(v -> v != null).findFirst().orElse(null);
            lines.add("outcome", Arrays.asList(zh ? k.nameZh() : label(locale, "result." + k.name()), Units.of(k.unit(), locale)),
                    e.baseline, e.target, e.targetYear, actual, progress(e.baseline, e.target, actual));
        }
    }

    private static void filings(Lines lines, Locale locale, Standing s, int year, Instant now) {
        ParkPlanContent pc = s.planContent();
        lines.section(label(locale, "park.reports"));
        lines.add("filingHead", Arrays.asList(label(locale, "col.year"), label(locale, "col.submittedAt"), label(locale, "col.timeliness"),
                label(locale, "col.decision"), label(locale, "col.evaluation")));
        for (int y = pc.periodStart == null ? year : pc.periodStart; y <= year; y++) {
            ParkFiling r = s.reports().get(y);
            Timeliness t = Timeliness.judge(LocalDate.of(y, 12, 31), 0, r == null ? null : r.getFirstSubmittedAt(), now);
            lines.add("filing", Arrays.asList(String.valueOf(y), r == null || r.getFirstSubmittedAt() == null ? "—"
                            : AT.format(r.getFirstSubmittedAt().atZone(Shanghai.ZONE)),
                    label(locale, "slot." + t.status().name()) + (t.status() == Timeliness.Status.LATE ? " " + label(locale, "parks.daysLate", t.daysLate()) : ""),
                    r == null ? "" : label(locale, "filing." + r.getStatus().name()),
                    r == null || r.getEvaluationResult() == null ? "" : label(locale, "evaluation." + r.getEvaluationResult().name())));
        }
    }

    private static void narrative(Lines lines, Locale locale, AnnualReportContent rc, int year) {
        lines.section(label(locale, "park.narrative", year));
        if (rc.progress != null) {
            lines.add("remark", Arrays.asList(label(locale, "park.progress"), rc.progress));
        }
        if (rc.difficulties != null) {
            lines.add("remark", Arrays.asList(label(locale, "park.difficulties"), rc.difficulties));
        }
        if (rc.experience != null) {
            lines.add("remark", Arrays.asList(label(locale, "park.experience"), rc.experience));
        }
    }
}
