package org.policytracker.reports.control;

import org.policytracker.plans.control.TargetText;
import org.policytracker.platform.time.Shanghai;
import static org.policytracker.reports.control.ReportFrame.chinese;
import static org.policytracker.reports.control.ReportFrame.label;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.i18n.Units;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.reporting.control.AttainmentService;

/**
 * Indicator attainment of a plan: every target with its baseline, required value, latest actual and
 * verdict, then each target's values by year with a chart (target, baseline, actual by year).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttainmentReport {

    @Inject
    ReportEngine engine;

    @Inject
    ReportFrame frame;

    @Inject
    PlanService plans;

    @Inject
    AttainmentService attainment;

    public ReportService.Produced produce(long planId, Locale requested, String addressee, ReportEngine.Format format, Instant now) {
        Locale locale = Messages.supported(requested);
        boolean zh = chinese(locale);
        Plan plan = plans.get(planId);
        int year = now.atZone(Shanghai.ZONE).getYear();
        List<AttainmentService.Attainment> targets = attainment.ofPlan(planId, null, year);
        Lines lines = new Lines();
        lines.section(label(locale, "attainment.overview"));
        if (targets.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
        } else {
            lines.head("indHead").addAll(table(locale, zh, targets));
        }
        lines.section(label(locale, "attainment.byTarget"));
        int n = 0;
        for (AttainmentService.Attainment a : targets) {
            String key = "T" + a.target().getId();
            n++;
            lines.add(new TargetTitle(n + ". " + PlanSummaryReport.indicatorName(a, zh) + " — "
                    + PlanSummaryReport.name(a.target().getScope(), zh) + ", " + a.target().getTargetYear(),
                    TargetText.sentence(a.target(), locale), key));
            lines.add(new PointHead(key)).addAll(points(a, locale, key));
        }
        Map<String, Object> p = frame.official(locale, label(locale, "attainment.title", PlanSummaryReport.title(plan, zh)),
                label(locale, "attainment.subtitle"), addressee, plan.getOwner(), now);
        p.put("L_ACTUAL", label(locale, "col.actual"));
        p.put("L_TARGET", label(locale, "col.target"));
        p.put("L_BASELINE", label(locale, "col.baseline"));
        return engine.produce("indicator-attainment", p, lines.rows(), format,
                plan.getCode() + "-indicators-" + now.atZone(Shanghai.ZONE).toLocalDate() + "." + format.extension());
    }

    /** A target's row in the targets' table. */
    public record IndLine(String indicator, String scope, String unit, BigDecimal baseline, BigDecimal target, String relative,
                   Integer targetYear, BigDecimal latest, String latestPeriod, Double progress, String lightCode, String verdict)
            implements ReportLine {
    }

    /** The heading of a target's own part: its name, scope and year, and the target as the plan states it. */
    public record TargetTitle(String text, String statement, String key) implements ReportLine {
    }

    /** The head of a target's values by year (the key keeps it in the target's chart group). */
    public record PointHead(String key) implements ReportLine {
    }

    /** A target's value in one year: the actual (or the baseline in its year), the required value, who reported it. */
    public record PointLine(String year, BigDecimal actual, String actualPeriod, BigDecimal target, BigDecimal baseline, Integer reporters,
                     String key) implements ReportLine {
    }

    /** The targets' table: indicator, scope, unit, baseline, target, year, latest actual and period, progress, verdict. */
    static List<IndLine> table(Locale locale, boolean zh, List<AttainmentService.Attainment> targets) {
        return targets.stream().map(a -> new IndLine(PlanSummaryReport.indicatorName(a, zh),
                PlanSummaryReport.name(a.target().getScope(), zh), Units.of(a.target().getIndicator().getUnit(), locale),
                a.target().getBaselineValue(), a.required(), a.required() == null ? TargetText.relative(a.target(), zh) : null,
                a.target().getTargetYear(), a.latest(), a.latestYear() == null ? "" : period(a.actuals().get(a.latestYear()), locale),
                a.progressPercent(), light(a.verdict()), label(locale, "verdict." + a.verdict().name()))).toList();
    }

    /** A target's values by year: each year reported, the baseline year and the target year. */
    static List<PointLine> points(AttainmentService.Attainment a, Locale locale, String key) {
        TreeSet<Integer> years = new TreeSet<>(a.actuals().keySet());
        if (a.target().getBaselineYear() != null) {
            years.add(a.target().getBaselineYear());
        }
        years.add(a.target().getTargetYear());
        List<PointLine> out = new ArrayList<>();
        for (int y : years) {
            AttainmentService.Actual actual = a.actuals().get(y);
            BigDecimal value = actual != null ? actual.value()
                    : a.target().getBaselineYear() != null && y == a.target().getBaselineYear() ? a.target().getBaselineValue() : null;
            out.add(new PointLine(String.valueOf(y), value, actual == null ? "" : period(actual, locale), a.required(),
                    a.target().getBaselineValue(), actual == null ? null : actual.reporters(), key));
        }
        return out;
    }

    /** The period of an actual and, for a value combined from several organisations, how many of how many reported (报送 11/12). */
    static String period(AttainmentService.Actual actual, Locale locale) {
        return actual.period() + (actual.partYear() ? label(locale, "attainment.partYear") : "")
                + (actual.obliged() > 0 ? label(locale, "attainment.reported", actual.reporters(), actual.obliged()) : "");
    }

    static String light(AttainmentService.Verdict v) {
        return switch (v) {
            case ATTAINED -> "GREEN";
            case MISSED -> "RED";
            case NOT_YET, PROVISIONAL -> "YELLOW";
            case NO_DATA -> null;
        };
    }
}
