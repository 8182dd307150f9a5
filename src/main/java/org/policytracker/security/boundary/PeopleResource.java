package org.policytracker.security.boundary;

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
import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.Values;
import org.policytracker.security.control.PersonData;
import org.policytracker.security.control.PersonService;
import org.policytracker.security.entity.Person;

/** Who works for which organisation: the administrator maintains it, the auditor reads it. */
@RequestScoped
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Transactional
@Timed(name = "people", description = "Time spent answering /api/people")
public class PeopleResource {

    @Inject
    PersonService people;

    public record PersonView(Long id, String username, String displayName, OrganisationView.Ref organisation,
                             boolean active, long version) {
        static PersonView of(Person p) {
            return new PersonView(p.getId(), p.getUsername(), p.getDisplayName(),
                    OrganisationView.Ref.of(p.getOrganisation()), p.isActive(), p.getVersion());
        }
    }

    @GET
    @Operation(summary = "List people and their organisations")
    public Page<PersonView> list(@QueryParam("organisation") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String organisation,
                                 @QueryParam("q") String text,
                                 @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                 @QueryParam("size") @DefaultValue("50") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return people.list(Values.id(organisation), text, page, size).map(PersonView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person: Keycloak user name, organisation, switched on or off")
    public PersonView get(@PathParam("id") long id) {
        return PersonView.of(people.get(id));
    }

    @POST
    @Operation(summary = "Record which organisation a person (Keycloak user name) works for")
    public Response create(@NotNull(message = "{body.required}") @Valid PersonData person, @Context UriInfo uri) {
        PersonView created = PersonView.of(people.create(person));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Move a person to another organisation, rename, or deactivate; send the version you read")
    public PersonView update(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid PersonData person) {
        return PersonView.of(people.update(id, person));
    }
}
