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
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.parks.control.ParkData;
import org.policytracker.parks.control.ParkService;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkKind;
import org.policytracker.parks.entity.ParkLevel;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Values;

@RequestScoped
@Path("parks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "parks")
@Transactional
@Timed(name = "parks", description = "Time spent answering /api/parks")
public class ParksResource {

    @Inject
    ParkService parks;

    @GET
    @Operation(summary = "The park registry; filter by province, city, level, kind and text")
    public Page<ParkView> list(@QueryParam("province") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String province,
                               @QueryParam("city") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String city,
                               @QueryParam("level") @EnumValue(ParkLevel.class) String level,
                               @QueryParam("kind") @EnumValue(ParkKind.class) String kind,
                               @QueryParam("q") String text,
                               @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                               @QueryParam("size") @DefaultValue("50") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return parks.list(new ParkService.Filter(Values.id(province), Values.id(city), Values.enumOf(ParkLevel.class, level),
                Values.enumOf(ParkKind.class, kind), text), page, size).map(ParkView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One park")
    public ParkView get(@PathParam("id") long id) {
        return ParkView.of(parks.get(id));
    }

    @POST
    @Operation(summary = "Register a park (the administrator, or a plan office of the park's province)")
    public Response create(@NotNull(message = "{body.required}") @Valid ParkData data, @Context UriInfo uri) {
        Park p = parks.create(data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.getId())).build()).entity(ParkView.of(p)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a park; send the version you read (409 if someone changed it since)")
    public ParkView update(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid ParkData data) {
        return ParkView.of(parks.update(id, data));
    }
}
