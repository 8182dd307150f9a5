package org.policytracker.reports.control;

import org.policytracker.platform.time.Shanghai;
import static org.policytracker.reports.control.ReportFrame.chinese;
import static org.policytracker.reports.control.ReportFrame.label;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
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
            table(lines, locale, zh, targets);
        }
        lines.section(label(locale, "attainment.byTarget"));
        int n = 0;
        for (AttainmentService.Attainment a : targets) {
            String key = "T" + a.target().getId();
            n++;
            String statement = TargetText.sentence(a.target(), locale);
            lines.add("targetTitle", Arrays.asList(n + ". " + PlanSummaryReport.indicatorName(a, zh) + " — "
                    + PlanSummaryReport.name(a.target().getScope(), zh) + ", " + a.target().getTargetYear(), statement,
                    null, null, null, null, null, null, null, null, null, key));
            lines.add("pointHead", Arrays.asList(label(locale, "col.year"), label(locale, "col.actual"), label(locale, "col.actualPeriod"),
                    label(locale, "col.target"), label(locale, "col.baseline"), label(locale, "col.reporters"),
                    null, null, null, null, null, key));
            TreeSet<Integer> years = new TreeSet<>(a.actuals().keySet());
            if (a.target().getBaselineYear() != null) {
                years.add(a.target().getBaselineYear());
            }
            years.add(a.target().getTargetYear());
            for (int y : years) {
                AttainmentService.Actual actual = a.actuals().get(y);
                BigDecimal value = actual != null ? actual.value()
                        : a.target().getBaselineYear() != null && y == a.target().getBaselineYear() ? a.target().getBaselineValue() : null;
                lines.add("point", Arrays.asList(String.valueOf(y), actual == null ? "" : period(actual, locale),
                                null, null, null, null, null, null, null, null, null, key),
                        value, a.required(), a.target().getBaselineValue(), actual == null ? null : actual.reporters());
            }
        }
        Map<String, Object> p = frame.official(locale, label(locale, "attainment.title", PlanSummaryReport.title(plan, zh)),
                label(locale, "attainment.subtitle"), addressee, plan.getOwner(), now);
        p.put("L_ACTUAL", label(locale, "col.actual"));
        p.put("L_TARGET", label(locale, "col.target"));
        p.put("L_BASELINE", label(locale, "col.baseline"));
        return engine.produce("indicator-attainment", p, lines.rows(), format,
                plan.getCode() + "-indicators-" + now.atZone(Shanghai.ZONE).toLocalDate() + "." + format.extension());
    }

    /** The targets' table: indicator, scope, unit, baseline, target, year, latest actual and period, progress, verdict. */
    static void table(Lines lines, Locale locale, boolean zh, List<AttainmentService.Attainment> targets) {
        lines.add("indHead", Arrays.asList(label(locale, "col.indicator"), label(locale, "col.scope"), label(locale, "col.unit"),
                label(locale, "col.baseline"), label(locale, "col.target"), label(locale, "col.targetYear"), label(locale, "col.actual"),
                label(locale, "col.actualPeriod"), label(locale, "col.progress"), label(locale, "col.verdict")));
        for (AttainmentService.Attainment a : targets) {
            lines.add("ind", Arrays.asList(PlanSummaryReport.indicatorName(a, zh), PlanSummaryReport.name(a.target().getScope(), zh),
                            Units.of(a.target().getIndicator().getUnit(), locale),
                            a.latestYear() == null ? "" : period(a.actuals().get(a.latestYear()), locale),
                            light(a.verdict()), label(locale, "verdict." + a.verdict().name()),
                            a.required() == null ? TargetText.relative(a.target(), zh) : null),
                    a.target().getBaselineValue(), a.required(), a.target().getTargetYear(), a.latest(), a.progressPercent());
        }
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
