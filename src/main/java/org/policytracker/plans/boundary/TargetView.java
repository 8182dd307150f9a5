package org.policytracker.plans.boundary;

import java.math.BigDecimal;
import org.policytracker.organisations.boundary.OrganisationView.Ref;
import org.policytracker.plans.entity.Relation;
import org.policytracker.plans.entity.Target;

/** A target, with its indicator spelled out so that it reads on its own (e.g. "≤ 14.5 Mt, −11.48 % vs 2015"). */
public record TargetView(Long id, Long planId, Long taskId, IndicatorView indicator, Ref scope, Relation relation,
                         Integer baselineYear, BigDecimal baselineValue, int targetYear, BigDecimal targetValue,
                         BigDecimal relativeChangePercent, String statement, long version) {

    public static TargetView of(Target t) {
        return new TargetView(t.getId(), t.getPlan().getId(), t.getTask() == null ? null : t.getTask().getId(),
                IndicatorView.of(t.getIndicator()), Ref.of(t.getScope()), t.getRelation(), t.getBaselineYear(),
                strip(t.getBaselineValue()), t.getTargetYear(), strip(t.getTargetValue()),
                strip(t.getRelativeChangePercent()), t.getStatement(), t.getVersion());
    }

    private static BigDecimal strip(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }
}
