package org.policytracker.parks.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.parks.control.ParkListContent;
import org.policytracker.parks.control.ParkListService;
import org.policytracker.parks.entity.ParkList;
import org.policytracker.platform.time.Timeliness;

/** A province's park list as the API shows it. */
public record ParkListView(Long id, long version, OrganisationView.Ref province, int year, LocalDate dueDate,
                           ParkList.Status status, Timeliness timeliness, Instant submittedAt, String submittedBy,
                           String draftSavedBy, int parkCount, ParkListContent content) {

    public static ParkListView of(ParkList l, Instant now) {
        ParkListContent c = ParkListService.content(l);
        return new ParkListView(l.getId(), l.getVersion(), OrganisationView.Ref.of(l.getProvince()), l.getYear(), l.getDueDate(),
                l.getStatus(), ParkListService.timeliness(l, now), l.getSubmittedAt(), l.getSubmittedBy(), l.getDraftSavedBy(),
                c.parks.size(), c);
    }
}
