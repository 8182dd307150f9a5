package org.policytracker.reporting.boundary;

import java.time.LocalDate;
import java.util.List;
import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.reporting.entity.Frequency;
import org.policytracker.reporting.entity.ReportingCycle;

/** A reporting cycle as the API shows it. */
public record CycleView(Long id, String code, Long planId, String planCode, String nameZh, String nameEn, Frequency frequency,
                        int dueDaysAfterPeriod, int graceDays, List<Integer> reminderDaysBefore, OrganisationView.Ref reviewer,
                        OrganisationView.Ref alternateReviewer,
                        LocalDate firstPeriodStart, LocalDate lastPeriodEnd, List<ParticipantView> participants, long version) {

    public record ParticipantView(OrganisationView.Ref organisation, LocalDate obligedFrom, LocalDate obligedUntil) {
    }

    public static CycleView of(ReportingCycle c) {
        return new CycleView(c.getId(), c.getCode(), c.getPlan().getId(), c.getPlan().getCode(), c.getNameZh(), c.getNameEn(),
                c.getFrequency(), c.getDueDaysAfterPeriod(), c.getGraceDays(), c.reminderDays(),
                OrganisationView.Ref.of(c.getReviewer()), OrganisationView.Ref.of(c.getAlternateReviewer()), c.getFirstPeriodStart(), c.getLastPeriodEnd(),
                c.getParticipants().stream().map(p -> new ParticipantView(OrganisationView.Ref.of(p.getOrganisation()),
                        p.getObligedFrom(), p.getObligedUntil())).toList(), c.getVersion());
    }
}
