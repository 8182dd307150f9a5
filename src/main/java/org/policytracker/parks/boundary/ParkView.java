package org.policytracker.parks.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkKind;
import org.policytracker.parks.entity.ParkLevel;

/** A park as the API shows it. */
public record ParkView(Long id, String code, String nameZh, String nameEn, ParkLevel level, ParkKind kind,
                       OrganisationView.Ref province, OrganisationView.Ref city, OrganisationView.Ref committee,
                       LocalDate approvedOn, BigDecimal areaKm2, String leadingIndustries, long version) {

    public static ParkView of(Park p) {
        return new ParkView(p.getId(), p.getCode(), p.getNameZh(), p.getNameEn(), p.getLevel(), p.getKind(),
                OrganisationView.Ref.of(p.getProvince()), OrganisationView.Ref.of(p.getCity()),
                OrganisationView.Ref.of(p.getCommittee()), p.getApprovedOn(),
                p.getAreaKm2() == null ? null : p.getAreaKm2().stripTrailingZeros(), p.getLeadingIndustries(), p.getVersion());
    }
}
