package org.policytracker.plans.boundary;

import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.plans.entity.Aggregation;
import org.policytracker.plans.entity.Direction;
import org.policytracker.plans.entity.Indicator;

/** An indicator, with the organisation that keeps it ({@code owner}; none: the administrator). */
public record IndicatorView(Long id, String code, String nameZh, String nameEn, String unit, Direction direction,
                            Aggregation aggregation, String countsRecognition, OrganisationView.Ref owner, long version) {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.getId(), i.getCode(), i.getNameZh(), i.getNameEn(), i.getUnit(),
                i.getDirection(), i.getAggregation(), i.getCountsRecognition(), OrganisationView.Ref.of(i.getOwner()),
                i.getVersion());
    }
}
