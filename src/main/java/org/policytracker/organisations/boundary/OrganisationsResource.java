package org.policytracker.organisations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.transaction.Transactional;
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
import org.policytracker.organisations.control.OrganisationData;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Values;

@RequestScoped
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
@Transactional
@Timed(name = "organisations", description = "Time spent answering /api/organisations")
public class OrganisationsResource {

    @Inject
    OrganisationService organisations;

    @GET
    @Operation(summary = "List organisations, filtered by kind, parent and text (code, name or alias)")
    public Page<OrganisationView> list(@QueryParam("kind") @EnumValue(OrganisationKind.class) String kind,
                                       @QueryParam("parent") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String parent,
                                       @QueryParam("q") String text,
                                       @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                       @QueryParam("size") @DefaultValue("50") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return organisations.list(Values.enumOf(OrganisationKind.class, kind), Values.id(parent), text, page, size).map(OrganisationView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation")
    public OrganisationView get(@PathParam("id") long id) {
        return OrganisationView.of(organisations.get(id));
    }

    @POST
    @Operation(summary = "Create an organisation")
    public Response create(@NotNull(message = "{body.required}") @Valid OrganisationData organisation, @Context UriInfo uri) {
        OrganisationView created = OrganisationView.of(organisations.create(organisation));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an organisation; send the version you read (409 if someone changed it since)")
    public OrganisationView update(@PathParam("id") long id,
                                   @NotNull(message = "{body.required}") @Valid OrganisationData organisation) {
        return OrganisationView.of(organisations.update(id, organisation));
    }
}
