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
import org.policytracker.plans.control.IndicatorData;
import org.policytracker.plans.control.IndicatorService;
import org.policytracker.plans.control.TargetData;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.Values;

/** Indicators ({@code /api/indicators}) and targets ({@code /api/indicators/targets}). */
@RequestScoped
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
@Transactional
@Timed(name = "indicators", description = "Time spent answering /api/indicators")
public class IndicatorsResource {

    @Inject
    IndicatorService indicators;

    @GET
    @Operation(summary = "List indicators")
    public Page<IndicatorView> list(@QueryParam("q") String text,
                                    @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                    @QueryParam("size") @DefaultValue("50") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return indicators.indicators(text, page, size).map(IndicatorView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One indicator: code, names, unit, direction, how it aggregates")
    public IndicatorView get(@PathParam("id") long id) {
        return IndicatorView.of(indicators.indicator(id));
    }

    @POST
    @Operation(summary = "Create an indicator")
    public Response create(@NotNull(message = "{body.required}") @Valid IndicatorData indicator, @Context UriInfo uri) {
        IndicatorView created = IndicatorView.of(indicators.createIndicator(indicator));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an indicator; send the version you read")
    public IndicatorView update(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid IndicatorData indicator) {
        return IndicatorView.of(indicators.updateIndicator(id, indicator));
    }

    @GET
    @Path("targets")
    @Operation(summary = "List targets; filter by plan, indicator, scope organisation, task")
    public Page<TargetView> targets(@QueryParam("plan") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String plan,
                                    @QueryParam("indicator") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String indicator,
                                    @QueryParam("scope") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String scope,
                                    @QueryParam("task") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String task,
                                    @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                    @QueryParam("size") @DefaultValue("50") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return indicators.targets(Values.id(plan), Values.id(indicator), Values.id(scope), Values.id(task), page, size)
                .map(TargetView::of);
    }

    @GET
    @Path("targets/{id}")
    @Operation(summary = "One target: indicator, plan, scope, relation, baseline and target")
    public TargetView target(@PathParam("id") long id) {
        return TargetView.of(indicators.target(id));
    }

    @POST
    @Path("targets")
    @Operation(summary = "Set a target: a target value and/or a relative change against a baseline year")
    public Response createTarget(@NotNull(message = "{body.required}") @Valid TargetData target, @Context UriInfo uri) {
        TargetView created = TargetView.of(indicators.createTarget(target));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("targets/{id}")
    @Operation(summary = "Change a target; send the version you read")
    public TargetView updateTarget(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid TargetData target) {
        return TargetView.of(indicators.updateTarget(id, target));
    }
}
