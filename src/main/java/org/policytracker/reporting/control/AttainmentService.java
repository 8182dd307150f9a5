package org.policytracker.reporting.control;

import org.policytracker.platform.persistence.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.policytracker.cases.control.CaseService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.control.IndicatorService;
import org.policytracker.plans.entity.Aggregation;
import org.policytracker.plans.entity.Direction;
import org.policytracker.plans.entity.Relation;
import org.policytracker.plans.entity.Target;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.SubmissionVersion;
import org.policytracker.reporting.entity.VersionContent;

/**
 * How far each target of a plan is attained: the value the target asks for (stated, or the
 * baseline moved by the relative change), the actual value by year from the reports the user may
 * see, and a verdict (docs/reporting-rules.md, "Indicator attainment").
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttainmentService {

    /** Where a target stands. */
    public enum Verdict { ATTAINED, NOT_YET, MISSED, PROVISIONAL, NO_DATA }

    /**
     * One year's actual: the value, the period whose report gave it, how many organisations' values
     * it combines out of how many under the scope were obliged to report that year (11 of 12; 0 when the value is the
     * scope's own or counted from recognitions), and whether that period ends before the year does (a year-to-date figure).
     */
    public record Actual(BigDecimal value, String period, int reporters, int obliged, boolean partYear) {
    }

    /**
     * A target with its required value, actuals by year, the latest actual, how much of the way from
     * the baseline to the target is covered (percent, null without a baseline) and the verdict.
     */
    public record Attainment(Target target, BigDecimal required, SortedMap<Integer, Actual> actuals, Integer latestYear,
                             BigDecimal latest, Double progressPercent, Verdict verdict) {
    }

    @Inject
    IndicatorService indicators;

    @Inject
    SubmissionService submissions;

    @Inject
    CaseService cases;

    /** Every target of the plan, with actuals from the plan's cycles up to {@code upToYear} (all when null). */
    public List<Attainment> ofPlan(long planId, Integer upToYear, int currentYear) {
        List<Target> targets = indicators.targetsOf(planId);
        // indicator id → organisation id → year → (period end, value): the latest report of each year wins
        Map<Long, Map<Long, TreeMap<Integer, Reported>>> values = new HashMap<>();
        Map<Long, Organisation> reporters = new HashMap<>();
        // year → the organisations obliged to report on the plan in that year (a slot of theirs, sent or not)
        Map<Integer, Map<Long, Organisation>> obliged = new HashMap<>();
        for (Submission s : submissions.list(new SubmissionService.Filter(null, null, null, null, planId), 0, Page.EVERY).all()) {
            SubmissionVersion v = s.latest();
            int year = s.getPeriodEnd().getYear();
            obliged.computeIfAbsent(year, k -> new HashMap<>()).put(s.getOrganisation().getId(), s.getOrganisation());
            if (v == null || (upToYear != null && year > upToYear)) {
                continue;
            }
            for (VersionContent.IndicatorAnswer iv
                    : VersionContent.of(v.getContent()).indicatorValues()) {
                if (iv.value() == null) {
                    continue;
                }
                reporters.put(s.getOrganisation().getId(), s.getOrganisation());
                Reported r = new Reported(s.getPeriodEnd(), s.getPeriodCode(), iv.value());
                values.computeIfAbsent(iv.indicatorId(), k -> new HashMap<>())
                        .computeIfAbsent(s.getOrganisation().getId(), k -> new TreeMap<>())
                        .merge(year, r, (a, b) -> b.periodEnd().isAfter(a.periodEnd()) ? b : a);
            }
        }
        List<Attainment> out = new ArrayList<>();
        for (Target t : targets) {
            SortedMap<Integer, Actual> actuals = t.getIndicator().getCountsRecognition() != null
                    ? recognisedByYear(t, upToYear)
                    : actualsInScope(t, values.getOrDefault(t.getIndicator().getId(), Map.of()), reporters, obliged);
            out.add(judge(t, actuals, currentYear));
        }
        out.sort(Comparator.comparing((Attainment a) -> a.target().getIndicator().getCode())
                .thenComparing(a -> a.target().getTargetYear()));
        return out;
    }

    private record Reported(java.time.LocalDate periodEnd, String period, BigDecimal value) {
    }

    /**
     * Actuals of the target's scope: the scope organisation's own value when it reported one, else
     * the values of the organisations under it combined by the indicator's aggregation.
     */
    private static SortedMap<Integer, Actual> actualsInScope(Target t, Map<Long, TreeMap<Integer, Reported>> byOrg,
                                                            Map<Long, Organisation> reporters,
                                                            Map<Integer, Map<Long, Organisation>> obliged) {
        Organisation scope = t.getScope();
        SortedMap<Integer, Actual> out = new TreeMap<>();
        TreeMap<Integer, Reported> own = byOrg.get(scope.getId());
        if (own != null) {
            own.forEach((y, r) -> out.put(y, new Actual(r.value(), r.period(), 1, 0, partYear(r.periodEnd()))));
        }
        Map<Integer, List<Reported>> under = new TreeMap<>();
        byOrg.forEach((orgId, years) -> {
            Organisation o = reporters.get(orgId);
            if (!orgId.equals(scope.getId()) && o.selfAndAncestors().stream().anyMatch(a -> a.getId().equals(scope.getId()))) {
                years.forEach((y, r) -> under.computeIfAbsent(y, k -> new ArrayList<>()).add(r));
            }
        });
        under.forEach((y, list) -> {
            if (!out.containsKey(y)) {
                Reported last = list.stream().max(Comparator.comparing(Reported::periodEnd)).orElseThrow();
                long dueUnder = obliged.getOrDefault(y, Map.of()).values().stream().filter(o -> !o.getId().equals(scope.getId())
                        && o.selfAndAncestors().stream().anyMatch(a -> a.getId().equals(scope.getId()))).count();
                out.put(y, new Actual(combine(t.getIndicator().getAggregation(), list), last.period(), list.size(),
                        (int) Math.max(dueUnder, list.size()),
                        partYear(last.periodEnd())));
            }
        });
        return out;
    }

    private static boolean partYear(java.time.LocalDate periodEnd) {
        return periodEnd.getMonthValue() != 12 || periodEnd.getDayOfMonth() != 31;
    }

    static BigDecimal combine(Aggregation aggregation, List<Reported> list) {
        List<BigDecimal> v = list.stream().map(Reported::value).toList();
        return switch (aggregation) {
            case SUM -> v.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> v.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(v.size()), 4, RoundingMode.HALF_UP).stripTrailingZeros();
            case MAX -> v.stream().max(Comparator.naturalOrder()).orElseThrow();
            case MIN -> v.stream().min(Comparator.naturalOrder()).orElseThrow();
            case LATEST -> list.stream().max(Comparator.comparing(Reported::periodEnd)).orElseThrow().value();
        };
    }

    /** A counting target's actual in a year: the units recognised in its scope from its first year to that year. */
    private SortedMap<Integer, Actual> recognisedByYear(Target t, Integer upToYear) {
        CaseService.Recognised r = cases.recognisedFor(t.getId());
        SortedMap<Integer, Actual> out = new TreeMap<>();
        TreeMap<Integer, Long> perYear = new TreeMap<>();
        r.cases().forEach(c -> perYear.merge(c.getList().getYear(), 1L, Long::sum));
        long running = 0;
        for (var e : perYear.entrySet()) {
            if (upToYear != null && e.getKey() > upToYear) {
                break;
            }
            running += e.getValue();
            out.put(e.getKey(), new Actual(BigDecimal.valueOf(running), String.valueOf(e.getKey()), e.getValue().intValue(), 0, false));
        }
        return out;
    }

    /** The value the target asks for: stated, else the baseline value moved by the relative change. */
    public static BigDecimal required(Target t) {
        if (t.getTargetValue() != null) {
            return t.getTargetValue().stripTrailingZeros();
        }
        if (t.getBaselineValue() != null && t.getRelativeChangePercent() != null) {
            return t.getBaselineValue().multiply(BigDecimal.ONE.add(t.getRelativeChangePercent().movePointLeft(2)))
                    .round(new MathContext(6)).stripTrailingZeros();
        }
        return null;
    }

    static Attainment judge(Target t, SortedMap<Integer, Actual> actuals, int currentYear) {
        BigDecimal required = required(t);
        // what counts for a target is the latest value up to its target year (a 2019 cap is judged on 2019)
        SortedMap<Integer, Actual> upToTarget = actuals.headMap(t.getTargetYear() + 1);
        if (upToTarget.isEmpty()) {
            return new Attainment(t, required, actuals, null, null, null, Verdict.NO_DATA);
        }
        int latestYear = upToTarget.lastKey();
        BigDecimal latest = actuals.get(latestYear).value();
        Double progress = null;
        if (required != null && t.getBaselineValue() != null && required.compareTo(t.getBaselineValue()) != 0) {
            progress = latest.subtract(t.getBaselineValue()).doubleValue() / required.subtract(t.getBaselineValue()).doubleValue() * 100;
            progress = Math.round(progress * 10) / 10.0;
        }
        if (required == null) {
            return new Attainment(t, null, actuals, latestYear, latest, progress, Verdict.NO_DATA);
        }
        boolean met = meets(t.getRelation(), t.getIndicator().getDirection(), latest, required);
        if (actuals.get(latestYear).partYear() && t.getIndicator().getAggregation() == Aggregation.SUM
                && t.getRelation() == Relation.AT_MOST) {
            // a year-to-date total under its cap says nothing yet about the whole year
            return new Attainment(t, required, actuals, latestYear, latest, progress, met ? Verdict.PROVISIONAL : Verdict.MISSED);
        }
        Verdict v = met ? Verdict.ATTAINED : t.getTargetYear() < currentYear ? Verdict.MISSED : Verdict.NOT_YET;
        return new Attainment(t, required, actuals, latestYear, latest, progress, v);
    }

    /** Whether {@code actual} satisfies the target; "about" allows 2 % either side. */
    static boolean meets(Relation relation, Direction direction, BigDecimal actual, BigDecimal required) {
        return switch (relation) {
            case AT_MOST -> actual.compareTo(required) <= 0;
            case AT_LEAST -> actual.compareTo(required) >= 0;
            case EQUAL -> actual.compareTo(required) == 0;
            case ABOUT -> direction == Direction.DECREASE ? actual.compareTo(required.multiply(new BigDecimal("1.02"))) <= 0
                    : actual.compareTo(required.multiply(new BigDecimal("0.98"))) >= 0;
        };
    }
}
