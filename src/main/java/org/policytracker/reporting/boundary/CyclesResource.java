package org.policytracker.reporting.boundary;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.Values;
import org.policytracker.reporting.control.CycleData;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.reporting.entity.ReportingCycle;

@RequestScoped
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
@Transactional
@Timed(name = "cycles", description = "Time spent answering /api/cycles")
public class CyclesResource {

    @Inject
    CycleService cycles;

    @Inject
    SubmissionService submissions;

    @Inject
    ProgressService progress;

    @GET
    @Operation(summary = "List the reporting cycles the user takes part in, reviews or owns; filter by plan")
    public Page<CycleView> list(@QueryParam("plan") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String plan,
                                @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                @QueryParam("size") @DefaultValue("20") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return cycles.list(Values.id(plan), page, size).map(CycleView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One reporting cycle with its obliged organisations")
    public CycleView get(@PathParam("id") long id) {
        return CycleView.of(cycles.get(id));
    }

    @POST
    @Operation(summary = "Create a reporting cycle for a plan (its plan office); the periods begun so far open at once")
    public Response create(@NotNull(message = "{body.required}") @Valid CycleData data, @Context UriInfo uri) {
        ReportingCycle c = cycles.create(data, LocalDate.now(Shanghai.ZONE));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.getId())).build()).entity(CycleView.of(c)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a reporting cycle; send the version you read (409 if someone changed it since)")
    public CycleView update(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid CycleData data) {
        return CycleView.of(cycles.update(id, data, LocalDate.now(Shanghai.ZONE)));
    }

    @GET
    @Path("{id}/timeliness")
    @Operation(summary = "Reporting rate and on-time rate per organisation and period; each slot on time, late (days) or missing")
    public TimelinessView timeliness(@PathParam("id") long id) {
        ReportingCycle c = cycles.get(id);
        var visible = submissions.list(new SubmissionService.Filter(id, null, null, null, null), 0, Page.EVERY).all();
        return TimelinessView.of(progress.cycleTimeliness(c, visible, Instant.now()));
    }
}
