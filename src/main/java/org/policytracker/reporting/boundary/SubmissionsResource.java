package org.policytracker.reporting.boundary;

import org.policytracker.platform.persistence.VersionChanges;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.rest.Preferences;
import org.policytracker.platform.rest.RequestLocale;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Values;
import org.policytracker.reporting.control.DraftData;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.reporting.entity.Attachment;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.SubmissionStatus;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.reporting.control.ReportingAccess;
import org.policytracker.reporting.control.SubmissionSheet;
import org.policytracker.reporting.control.SubmissionReview;
import org.policytracker.reporting.control.ReviewData;

@RequestScoped
@Path("submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
@Transactional
@Timed(name = "submissions", description = "Time spent answering /api/submissions")
public class SubmissionsResource {

    private static final String PREFER = "return=minimal: answer with the submission's id, new version and state only"
            + " (the answer says Preference-Applied: return=minimal)";
    private static final String WRITTEN = "The submission as it now stands; with Prefer: return=minimal its id, version and state";

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionReview review;

    @Inject
    AccessPolicy access;

    @Inject
    ReportingAccess reportingAccess;

    @Inject
    @ConfigProperty(name = "policytracker.attachments.max-bytes", defaultValue = "20971520")
    long maxAttachmentBytes;

    @GET
    @Operation(summary = "List the submissions the user may see (own organisation's; all of a cycle it reviews or owns), due date descending")
    public Page<SubmissionView> list(@QueryParam("cycle") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String cycle,
                                     @QueryParam("plan") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String plan,
                                     @QueryParam("organisation") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String organisation,
                                     @QueryParam("period") @Pattern(regexp = "\\s*[0-9]{4}(-(H[12]|Q[1-4]))?\\s*", message = "{period.invalid}") String period,
                                     @QueryParam("status") @EnumValue(SubmissionStatus.class) String status,
                                     @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                     @QueryParam("size") @DefaultValue("20") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        Instant now = Instant.now();
        return submissions.list(new SubmissionService.Filter(Values.id(cycle), Values.id(organisation), period,
                Values.enumOf(SubmissionStatus.class, status), Values.id(plan)), page, size)
                .map(s -> SubmissionView.summary(s, now, reportingAccess.canFill(s.getOrganisation()),
                        reportingAccess.canReview(s.getCycle().reviewerFor(s.getOrganisation()), s.getOrganisation())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One submission with its draft (each task's computed light), evidence and last review")
    public SubmissionView get(@PathParam("id") long id) {
        return full(submissions.get(id));
    }

    @PUT
    @Path("{id}/draft")
    @Operation(summary = "Save into the draft; send the version you read. On 409 the answer carries who saved in between and your input (yourInput)")
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING), description = PREFER)
    @APIResponse(responseCode = "200", description = WRITTEN, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {SubmissionView.class, SubmissionView.Brief.class})))
    public Response saveDraft(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid DraftData draft,
                              @Context HttpHeaders headers) {
        return written(submissions.saveDraft(id, draft, draft::toJson, Instant.now()), headers);
    }

    @GET
    @Path("{id}/sheet")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The submission as a fill-in workbook (.xlsx): one row per task, one per indicator, and which draft version it was made from (labels in the Accept-Language)")
    public Response sheet(@PathParam("id") long id, @Context HttpHeaders headers) {
        Submission s = submissions.get(id);
        // the submission read once (and its access checked once) for both the workbook and its file name
        return Response.ok(SubmissionSheet.write(s, "en".equals(RequestLocale.of(headers).getLanguage())),
                        Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", Xlsx.disposition("submission-" + id + "-" + s.getPeriodCode() + ".xlsx",
                        "进展填报-" + s.getOrganisation().getNameZh() + "-" + s.getPeriodCode() + ".xlsx"))
                .build();
    }

    @PUT
    @Path("{id}/sheet")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Save a filled-in workbook as the draft (every bad cell named by sheet, row and column; nothing saved until the file is clean)."
            + " Refused with 409 when the draft changed since the file was downloaded, unless ?overwrite=true")
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING), description = PREFER)
    @APIResponse(responseCode = "200", description = WRITTEN, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {SubmissionView.class, SubmissionView.Brief.class})))
    public Response uploadSheet(@PathParam("id") long id, @QueryParam("overwrite") @DefaultValue("false") boolean overwrite,
                                InputStream body, @Context HttpHeaders headers) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(SubmissionService.MAX_SHEET_BYTES + 1);
        if (bytes.length > SubmissionService.MAX_SHEET_BYTES) {
            throw new InvalidRequestException("file", "attachment.tooLarge", SubmissionService.MAX_SHEET_BYTES / (1024 * 1024));
        }
        return written(submissions.saveDraftFromSheet(id, bytes, overwrite, Instant.now()), headers);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Send the draft to the reviewer as the next version; refused, naming each field, while a delayed or red task lacks its explanation and corrective action."
            + " The body may carry answers as for the draft (taskReports, indicatorValues): they are saved and sent in one go, or, if the send is refused, not saved either")
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING), description = PREFER)
    @APIResponse(responseCode = "200", description = WRITTEN, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {SubmissionView.class, SubmissionView.Brief.class})))
    public Response submit(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid DraftData d,
                           @Context HttpHeaders headers) {
        return written(submissions.submit(id, d, d::toJson, Instant.now()), headers);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return a submitted version to the reporting organisation with what to fix: a comment on the whole, on single tasks, or both (reviewing organisation only)")
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING), description = PREFER)
    @APIResponse(responseCode = "200", description = WRITTEN, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {SubmissionView.class, SubmissionView.Brief.class})))
    public Response returnForRevision(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid ReviewData d,
                                      @Context HttpHeaders headers) {
        return written(review.returnForRevision(id, d, Instant.now()), headers);
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept the submitted version (reviewing organisation only; never one's own organisation's)")
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING), description = PREFER)
    @APIResponse(responseCode = "200", description = WRITTEN, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {SubmissionView.class, SubmissionView.Brief.class})))
    public Response accept(@PathParam("id") long id, @NotNull(message = "{body.required}") @Valid ReviewData d,
                           @Context HttpHeaders headers) {
        return written(review.accept(id, d, Instant.now()), headers);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every submitted version as it was sent, with its review: the history")
    public List<VersionView> versions(@PathParam("id") long id) {
        return submissions.get(id).getVersions().stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{id}/versions/compare")
    @Operation(summary = "What changed between two sent versions, answer by answer (by default the one before the latest and the latest)")
    public VersionChanges.Comparison compare(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        return review.compare(id, from, to);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach evidence (the file as the body, its name in ?name=): PDF, Word, Excel or an image, recognised by its content")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body, @Context UriInfo uri)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes + 1));
        if (bytes.length > maxAttachmentBytes) {
            throw new InvalidRequestException("file", "attachment.tooLarge", maxAttachmentBytes / (1024 * 1024));
        }
        Attachment a = submissions.attach(id, name, bytes, Instant.now());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build())
                .entity(SubmissionView.AttachmentView.of(a)).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a piece of evidence (its SHA-256 as ETag)")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Attachment a = submissions.attachment(id, attachmentId);
        String encoded = URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(submissions.content(a), a.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .tag(a.getSha256())
                .build();
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove evidence from the draft (not once it was part of a submitted version)")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        submissions.detach(id, attachmentId);
        return Response.noContent().build();
    }

    /**
     * The answer to a save or a decision: the whole submission as it now stands, or, when the client prefers
     * ({@code Prefer: return=minimal}), only its id, new version and state — the form is not read back and written out.
     */
    private Response written(Submission s, HttpHeaders headers) {
        if (Preferences.minimal(headers)) {
            return Response.ok(SubmissionView.Brief.of(s)).header(Preferences.APPLIED, Preferences.RETURN_MINIMAL).build();
        }
        return Response.ok(full(s)).build();
    }

    private SubmissionView full(Submission s) {
        return SubmissionView.full(s, Instant.now(), reportingAccess.canFill(s.getOrganisation()),
                reportingAccess.canReview(s.getCycle().reviewerFor(s.getOrganisation()), s.getOrganisation()), submissions.attachments(s));
    }
}
