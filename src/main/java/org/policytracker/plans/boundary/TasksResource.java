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
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.plans.control.TaskData;
import org.policytracker.plans.control.TaskFilter;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.IsoDate;
import org.policytracker.platform.validation.Values;

@RequestScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
@Transactional
@Timed(name = "tasks", description = "Time spent answering /api/tasks")
public class TasksResource {

    @Inject
    TaskService tasks;

    @GET
    @Operation(summary = "List tasks in document order; filter by plan, responsible organisation (and role), "
            + "deadline range, status, kind and text")
    public Page<TaskView> list(@QueryParam("plan") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String plan,
                               @QueryParam("organisation") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String organisation,
                               @QueryParam("role") @EnumValue(UnitRole.class) String role,
                               @QueryParam("deadlineFrom") @IsoDate String deadlineFrom,
                               @QueryParam("deadlineTo") @IsoDate String deadlineTo,
                               @QueryParam("status") @EnumValue(TaskStatus.class) String status,
                               @QueryParam("kind") @EnumValue(TaskKind.class) String kind,
                               @QueryParam("q") String text,
                               @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                               @QueryParam("size") @DefaultValue("50") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        TaskFilter filter = new TaskFilter(Values.id(plan), Values.id(organisation), Values.enumOf(UnitRole.class, role),
                Values.date(deadlineFrom), Values.date(deadlineTo), Values.enumOf(TaskStatus.class, status),
                Values.enumOf(TaskKind.class, kind), text);
        return tasks.list(filter, page, size).map(TaskView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One task with its units, deadline and milestones")
    public TaskView get(@PathParam("id") long id) {
        return TaskView.of(tasks.get(id));
    }

    @POST
    @Operation(summary = "Create a task under a plan (and a parent node)")
    public Response create(@NotNull(message = "{body.required}") @Valid TaskData task, @Context UriInfo uri) {
        TaskView created = TaskView.of(tasks.create(task));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a task (text, place in the tree, units, deadline, status); send the version you read")
    public TaskView update(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid TaskData task) {
        return TaskView.of(tasks.update(id, task));
    }
}
