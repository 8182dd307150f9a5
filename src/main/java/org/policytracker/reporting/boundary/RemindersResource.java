package org.policytracker.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.reporting.control.ReminderService;

@RequestScoped
@Path("reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
@Transactional
@Timed(name = "reminders", description = "Time spent answering /api/reminders")
public class RemindersResource {

    @Inject
    ReminderService reminders;

    @GET
    @Operation(summary = "The reminders and escalations addressed to the user's organisation, newest first")
    public Page<ReminderView> mine(@QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                   @QueryParam("size") @DefaultValue("20") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return reminders.mine(page, size).map(ReminderView::of);
    }
}
