package org.policytracker.reporting.boundary;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.validation.IsoDate;
import org.policytracker.platform.validation.Values;

@RequestScoped
@Path("plans/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
@Transactional
@Timed(name = "progress", description = "Time spent answering /api/plans/{id}/progress")
public class PlanProgressResource {

    @Inject
    ProgressViews views;

    @GET
    @Operation(summary = "Traffic lights and rolled-up progress per task and per responsible organisation, from the latest submitted reports")
    @APIResponse(responseCode = "200", description = "The plan's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("asOf") @IsoDate String asOf) {
        LocalDate day = Values.date(asOf);
        // written ahead and kept while the plan's reports, tasks and units are unchanged (ProgressViews)
        return Response.ok(views.json(id, day == null ? LocalDate.now(Shanghai.ZONE) : day), MediaType.APPLICATION_JSON_TYPE
                .withCharset("UTF-8")).build();
    }
}
