package org.policytracker.reports.control;

import static org.policytracker.reports.control.ParkReports.ADDITIVE;
import static org.policytracker.reports.control.ParkReports.avg;
import static org.policytracker.reports.control.ParkReports.level;
import static org.policytracker.reports.control.ParkReports.plain;
import static org.policytracker.reports.control.ParkReports.rate;
import static org.policytracker.reports.control.ReportFrame.chinese;
import static org.policytracker.reports.control.ReportFrame.label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policytracker.reports.control.ParkReports.Standing;
import org.policytracker.platform.i18n.Units;

/** How the provincial park summary lays out its figures ({@link ParkSummaryFigures}): the template's rows, section by section. */
final class ParkSummaryLayout {

    private ParkSummaryLayout() {
    }

    /** 一、总体情况: the year in one paragraph, then the figures. */
    static void overview(Lines lines, Locale locale, ParkSummaryFigures f, String scopeName, int year, int listed,
                                 List<Standing> all) {
        String tenK = label(locale, "unit.tenThousandYuan");
        String items = label(locale, "unit.items");
        String parksUnit = label(locale, "unit.parks");
        lines.section(label(locale, "parks.overview"));
        lines.paragraph(label(locale, "parks.intro", scopeName, year, listed, f.approved, f.projects, f.completed,
                plain(f.planned), plain(f.executedTotal), plain(f.executedYear)));
        lines.head("statHead");
        lines.stat(label(locale, "parks.listed"), listed, parksUnit);
        lines.stat(label(locale, "parks.withPlan"), all.stream().filter(st -> st.plan() != null || st.pendingPlan() != null).count(),
                parksUnit);
        lines.stat(label(locale, "parks.approved"), f.approved, parksUnit);
        lines.stat(label(locale, "parks.reportsDue"), f.due, parksUnit);
        lines.stat(label(locale, "parks.reportsOnTime"), f.onTime, parksUnit);
        lines.stat(label(locale, "parks.reportsLate"), f.late, parksUnit);
        lines.stat(label(locale, "parks.reportsMissing"), f.missing, parksUnit);
        lines.stat(label(locale, "parks.projects"), f.projects, items);
        lines.stat(label(locale, "parks.projectsCompleted"), f.completed, items);
        lines.stat(label(locale, "parks.investmentPlanned"), f.planned, tenK);
        lines.stat(label(locale, "parks.investmentYear", year), f.executedYear, tenK);
        lines.stat(label(locale, "parks.investmentTotal", year), f.executedTotal, tenK);
        lines.stat(label(locale, "parks.investmentRate"), rate(f.executedTotal, f.planned), "%");
        lines.stat(label(locale, "parks.behindCount"), f.behind.size(), parksUnit);
    }
    /** A park's row: its level, plan, report timeliness, approval, schedule, projects and investment. */
    record ParkLine(String park, String level, String plan, String timeliness, String approvedOn, String schedule, Integer projects,
                    Integer completed, BigDecimal planned, BigDecimal executed, BigDecimal executionRate) implements ReportLine {
    }

    /** The parks' totals (合计). */
    record ParkTotalLine(String park, Integer projects, Integer completed, BigDecimal planned, BigDecimal executed,
                         BigDecimal executionRate) implements ReportLine {
    }

    /** An expected result over the parks: how combined, by how many parks stated and reported, and the attainment. */
    record ResultLine(String result, String unit, String combined, Integer parksWithTarget, BigDecimal expected,
                      Integer parksReported, BigDecimal actual, BigDecimal attainment) implements ReportLine {
    }

    /** 二、各园区情况: one row per park, then the totals. */
    static void byPark(Lines lines, Locale locale, ParkSummaryFigures f) {
        lines.section(label(locale, "parks.byPark"));
        lines.head("parkHead");
        for (ParkSummaryFigures.ParkRow r : f.parks) {
            String schedule = r.projects() == null ? "" : label(locale, r.onSchedule() ? "parks.onSchedule" : "parks.behindSchedule");
            lines.add(new ParkLine(r.name(), level(locale, r.standing().park()), r.planState(), r.timeliness(), r.approvedOn(),
                    schedule, r.projects(), r.completed(), r.planned(), r.executed(), r.executionRate()));
        }
        lines.add(new ParkTotalLine(label(locale, "col.total"), f.projects, f.completed, f.planned, f.executedTotal,
                rate(f.executedTotal, f.planned)));
    }

    /** 三、预期成效: each expected result summed (amounts) or averaged (rates, intensities) over the parks. */
    static void results(Lines lines, Locale locale, ParkSummaryFigures f, int year) {
        lines.section(label(locale, "parks.results", year));
        if (f.results.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
            return;
        }
        lines.head("resultHead").addAll(resultLines(locale, f));
    }

    /** The expected results' rows: no park stating (reporting) one leaves it blank, not a total of 0 that reads as "nothing saved". */
    static List<ResultLine> resultLines(Locale locale, ParkSummaryFigures f) {
        boolean zh = chinese(locale);
        List<ResultLine> out = new ArrayList<>();
        f.results.forEach((k, sum) -> {
            boolean add = ADDITIVE.contains(k);
            BigDecimal target = sum.parksWithTarget == 0 ? null : add ? sum.targets : avg(sum.targets, BigDecimal.valueOf(sum.parksWithTarget));
            BigDecimal actual = sum.parksReported == 0 ? null : add ? sum.actuals : avg(sum.actuals, BigDecimal.valueOf(sum.parksReported));
            out.add(new ResultLine(zh ? k.nameZh() : label(locale, "result." + k.name()), Units.of(k.unit(), locale),
                    label(locale, add ? "parks.sum" : "parks.average"), sum.parksWithTarget, target, sum.parksReported, actual,
                    add ? rate(sum.actualsOfTargeted, sum.targetsOfTargeted) : null));
        });
        return out;
    }

    static void remarks(Lines lines, List<ParkSummaryFigures.Remark> remarks) {
        remarks.forEach(r -> lines.remark(r.park(), r.text()));
    }
}
