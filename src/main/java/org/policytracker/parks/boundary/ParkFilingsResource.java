package org.policytracker.parks.boundary;

import org.policytracker.platform.persistence.VersionChanges;
import org.policytracker.platform.json.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.parks.control.EvaluationData;
import org.policytracker.parks.control.FilingData;
import org.policytracker.parks.control.FilingDraft;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.entity.FilingStatus;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Values;
import org.policytracker.platform.validation.Year;
import org.policytracker.platform.state.DecisionData;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.parks.control.ParkAccess;

@RequestScoped
@Path("park-filings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "parks")
@Transactional
@Timed(name = "parkFilings", description = "Time spent answering /api/park-filings")
public class ParkFilingsResource {

    @Inject
    ParkFilingService filings;

    @Inject
    AccessPolicy access;

    @Inject
    ParkAccess parkAccess;

    @GET
    @Operation(summary = "Park implementation plans and annual reports the user may see; filter by park, type, year, status")
    public Page<FilingView> list(@QueryParam("park") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String park,
                                 @QueryParam("type") @EnumValue(FilingType.class) String type,
                                 @QueryParam("year") @Year Integer year,
                                 @QueryParam("status") @EnumValue(FilingStatus.class) String status,
                                 @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                 @QueryParam("size") @DefaultValue("20") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        Instant now = Instant.now();
        return filings.list(new ParkFilingService.Filter(Values.id(park), Values.enumOf(FilingType.class, type), year,
                Values.enumOf(FilingStatus.class, status)), page, size).map(f -> view(f, now, false));
    }

    @GET
    @Path("annual-status")
    @Operation(summary = "For each park with an approved plan covering the year: its annual report and whether it came on time, late or is missing")
    public List<java.util.Map<String, Object>> annualStatus(@QueryParam("year") @NotNull(message = "{filing.year.required}") @Year Integer year) {
        Instant now = Instant.now();
        return filings.annualStatus(year, now).stream().map(s -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("park", new FilingView.ParkRef(s.park().getId(), s.park().getCode(), s.park().getNameZh(), s.park().getNameEn()));
            m.put("planId", s.plan().getId());
            m.put("reportId", s.report() == null ? null : s.report().getId());
            m.put("reportStatus", s.report() == null ? null : s.report().getStatus());
            m.put("dueDate", year + "-12-31");
            m.put("timeliness", s.timeliness());
            return m;
        }).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One filing with its draft document")
    public FilingView get(@PathParam("id") long id) {
        return view(filings.get(id), Instant.now(), true);
    }

    @POST
    @Operation(summary = "Open a draft (the park's committee): a plan from its first year, or the annual report of a year on the approved plan")
    public Response open(@NotNull(message = "{body.required}") @Valid FilingData data, @Context UriInfo uri) {
        ParkFiling f = filings.open(data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(f.getId())).build())
                .entity(view(f, Instant.now(), true)).build();
    }

    @PUT
    @Path("{id}/draft")
    @Operation(summary = "Save the draft document; send the version you read (409 carries your input back)")
    public FilingView saveDraft(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid FilingDraft draft) {
        return view(filings.saveDraft(id, draft, () -> {
            try (Jsonb jsonb = JsonbBuilder.create()) {
                return Jsons.PROVIDER.createReader(new StringReader(jsonb.toJson(draft))).readValue();
            } catch (Exception e) {
                return null;
            }
        }), Instant.now(), true);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Send to the province; refused, naming each field, while a section the notice requires is missing")
    public FilingView submit(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid DecisionData d) {
        return view(filings.submit(id, d.version, Instant.now()), Instant.now(), true);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return to the park with comments (a plan office of the park's province)")
    public FilingView returnForRevision(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid DecisionData d) {
        return view(filings.returnForRevision(id, d.version, d.comment, Instant.now()), Instant.now(), true);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve the plan / accept the report (a plan office of the park's province; never the park itself)")
    public FilingView approve(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid DecisionData d) {
        return view(filings.approve(id, d.version, d.comment, Instant.now()), Instant.now(), true);
    }

    @POST
    @Path("{id}/evaluation")
    @Operation(summary = "Record the province's evaluation and acceptance of an approved plan's transformation")
    public FilingView evaluate(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid EvaluationData d) {
        return view(filings.evaluate(id, d), Instant.now(), true);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every submitted version as it was sent, with the province's decision")
    public List<FilingView.VersionView> versions(@PathParam("id") long id) {
        return filings.get(id).getVersions().stream().map(FilingView.VersionView::of).toList();
    }

    @GET
    @Path("{id}/versions/compare")
    @Operation(summary = "What changed between two sent versions, answer by answer (by default the one before the latest and the latest)")
    public VersionChanges.Comparison compare(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        return filings.compare(id, from, to);
    }

    private FilingView view(ParkFiling f, Instant now, boolean withContent) {
        return FilingView.of(f, now, parkAccess.canFile(f.getPark().getCommittee()),
                parkAccess.canApprove(f.getPark().getProvince(), f.getPark().getCommittee()), withContent);
    }
}
