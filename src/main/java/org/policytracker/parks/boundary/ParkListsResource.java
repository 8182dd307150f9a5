package org.policytracker.parks.boundary;

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
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.parks.control.ParkListData;
import org.policytracker.parks.control.ParkListService;
import org.policytracker.parks.entity.ParkList;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.Values;
import org.policytracker.platform.validation.Year;
import org.policytracker.platform.state.DecisionData;

@RequestScoped
@Path("park-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "parks")
@Transactional
@Timed(name = "parkLists", description = "Time spent answering /api/park-lists")
public class ParkListsResource {

    @Inject
    ParkListService lists;

    @GET
    @Operation(summary = "Provinces' lists of parks qualified for circular transformation (the province's plan offices; national agencies once sent)")
    public Page<ParkListView> list(@QueryParam("province") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String province,
                                   @QueryParam("year") @Year Integer year,
                                   @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                   @QueryParam("size") @DefaultValue("20") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        Instant now = Instant.now();
        return lists.list(Values.id(province), year, page, size).map(l -> ParkListView.of(l, now));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One list with its parks and their expected results")
    public ParkListView get(@PathParam("id") long id) {
        return ParkListView.of(lists.get(id), Instant.now());
    }

    @POST
    @Operation(summary = "Open the province's list for a year (due date: 30 June of the year unless given)")
    public Response open(@NotNull(message = "{body.required}") @Valid ParkListData data, @Context UriInfo uri) {
        ParkList l = lists.open(data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(l.getId())).build())
                .entity(ParkListView.of(l, Instant.now())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save the draft list; send the version you read")
    public ParkListView save(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid ParkListData data) {
        return ParkListView.of(lists.saveDraft(id, data), Instant.now());
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Send the list to NDRC and MIIT; its timeliness is judged against the due date")
    public ParkListView submit(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid DecisionData d) {
        return ParkListView.of(lists.submit(id, d.version, Instant.now()), Instant.now());
    }
}
