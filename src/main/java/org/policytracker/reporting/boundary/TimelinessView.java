package org.policytracker.reporting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.reporting.entity.SubmissionStatus;

/** Who reported in a cycle, who was on time, who is late and who is silent. */
public record TimelinessView(Long cycleId, String cycleCode, Instant asOf, int graceDays, RatesView overall,
                             List<OrganisationRates> organisations, List<PeriodRates> periods, List<Slot> submissions) {

    public record RatesView(int due, int submitted, int onTime, int late, int missing, int notYetDue, Double reportingRate,
                            Double onTimeRate) {
        static RatesView of(ProgressService.Rates r) {
            return new RatesView(r.due(), r.submitted(), r.onTime(), r.late(), r.missing(), r.notYetDue(), r.reportingRate(),
                    r.onTimeRate());
        }
    }

    public record OrganisationRates(OrganisationView.Ref organisation, RatesView rates) {
    }

    public record PeriodRates(String period, RatesView rates) {
    }

    public record Slot(Long submissionId, OrganisationView.Ref organisation, String period, LocalDate dueDate,
                       SubmissionStatus status, Instant firstSubmittedAt, Timeliness timeliness) {
    }

    public static TimelinessView of(ProgressService.CycleTimeliness t) {
        return new TimelinessView(t.cycle().getId(), t.cycle().getCode(), t.asOf(), t.cycle().getGraceDays(),
                RatesView.of(t.overall()),
                t.byOrganisation().entrySet().stream().map(e -> new OrganisationRates(OrganisationView.Ref.of(e.getKey()),
                        RatesView.of(e.getValue()))).toList(),
                t.byPeriod().entrySet().stream().map(e -> new PeriodRates(e.getKey(), RatesView.of(e.getValue()))).toList(),
                t.slots().stream().map(s -> new Slot(s.submission().getId(), OrganisationView.Ref.of(s.submission().getOrganisation()),
                        s.submission().getPeriodCode(), s.submission().getDueDate(), s.submission().getStatus(),
                        s.submission().getFirstSubmittedAt(), s.timeliness())).toList());
    }
}
