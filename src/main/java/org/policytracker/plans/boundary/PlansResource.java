package org.policytracker.plans.boundary;

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
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.plans.control.IndicatorService;
import org.policytracker.plans.control.PlanData;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.PlanLevel;
import org.policytracker.plans.entity.PlanStatus;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Values;

@RequestScoped
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
@Transactional
@Timed(name = "plans", description = "Time spent answering /api/plans")
public class PlansResource {

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    IndicatorService indicators;

    @GET
    @Operation(summary = "List plans, newest first; filter by text (title, document number), level, status, issuer")
    public Page<PlanView> list(@QueryParam("q") String text,
                               @QueryParam("level") @EnumValue(PlanLevel.class) String level,
                               @QueryParam("status") @EnumValue(PlanStatus.class) String status,
                               @QueryParam("issuer") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String issuer,
                               @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                               @QueryParam("size") @DefaultValue("20") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return plans.list(text, Values.enumOf(PlanLevel.class, level), Values.enumOf(PlanStatus.class, status),
                Values.id(issuer), page, size).map(PlanView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plan with its issuers and the plans it implements")
    public PlanView get(@PathParam("id") long id) {
        return PlanView.of(plans.get(id));
    }

    @GET
    @Path("{id}/tasks")
    @Operation(summary = "The plan's task tree (sections, tasks, sub-tasks) with units, deadlines and milestones")
    public List<TaskView> tree(@PathParam("id") long id) {
        return TaskView.forest(tasks.tree(id));
    }

    @GET
    @Path("{id}/targets")
    @Operation(summary = "The plan's indicator targets")
    public List<TargetView> targets(@PathParam("id") long id) {
        plans.get(id);
        return indicators.targetsOf(id).stream().map(TargetView::of).toList();
    }

    @POST
    @Operation(summary = "Create a plan")
    public Response create(@NotNull(message = "{body.required}") @Valid PlanData plan, @Context UriInfo uri) {
        PlanView created = PlanView.of(plans.create(plan));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a plan; send the version you read (409 if someone changed it since)")
    public PlanView update(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid PlanData plan) {
        return PlanView.of(plans.update(id, plan));
    }
}
