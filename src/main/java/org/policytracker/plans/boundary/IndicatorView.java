package org.policytracker.plans.boundary;

import org.policytracker.plans.entity.Aggregation;
import org.policytracker.plans.entity.Direction;
import org.policytracker.plans.entity.Indicator;

public record IndicatorView(Long id, String code, String nameZh, String nameEn, String unit, Direction direction,
                            Aggregation aggregation, String countsRecognition, long version) {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.getId(), i.getCode(), i.getNameZh(), i.getNameEn(), i.getUnit(),
                i.getDirection(), i.getAggregation(), i.getCountsRecognition(), i.getVersion());
    }
}
