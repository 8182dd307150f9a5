package org.policytracker.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Values;
import org.policytracker.reports.control.IssuedReports;
import org.policytracker.reports.control.ReportEngine;
import org.policytracker.reports.control.ReportService;
import org.policytracker.reports.entity.IssuedReportFile;
import org.policytracker.reports.entity.IssuedReportKind;

@RequestScoped
@Path("reports/issued")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@Transactional
@Timed(name = "issuedReports", description = "Time spent answering /api/reports/issued")
public class IssuedReportsResource {

    @Inject
    IssuedReports issued;

    /** What to issue. */
    public static class IssueData {
        @NotBlank(message = "{report.issue.kind.required}") @EnumValue(IssuedReportKind.class) public String kind;
        @NotNull(message = "{report.issue.subject.required}") public Long subjectId;
        @Size(max = 16, message = "{field.tooLong}") public String period;
        @Pattern(regexp = "zh|en", message = "{report.issue.language}") public String language;
        @Size(max = 300, message = "{field.tooLong}") public String addressee;
    }

    @POST
    @Operation(summary = "Issue (印发) a report: numbered in the issuing office's series (陕工信函〔2026〕12号), dated, kept as "
            + "PDF/A-2b, XLSX and DOCX with their SHA-256; lists the figures changed since the last issue of the same report")
    public Response issue(@NotNull(message = "{body.required}") @Valid IssueData d, @Context UriInfo uri) {
        IssuedReports.Issued i = issued.issue(new IssuedReports.Request(Values.enumOf(IssuedReportKind.class, d.kind),
                d.subjectId, d.period, d.language, d.addressee), Instant.now());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(i.report().getId())).build())
                .entity(IssuedReportView.of(i)).build();
    }

    @GET
    @Operation(summary = "Issued reports the user may read, newest first (kind, subjectId to narrow)")
    public Page<IssuedReportView> list(@QueryParam("kind") @EnumValue(IssuedReportKind.class) String kind,
                                       @QueryParam("subjectId") @jakarta.validation.constraints.Pattern(regexp = Values.ID_PATTERN,
                                               message = "{id.invalid}") String subjectId,
                                       @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                       @QueryParam("size") @DefaultValue("20") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return issued.list(kind == null || kind.isBlank() ? null : Values.enumOf(IssuedReportKind.class, kind), Values.id(subjectId),
                page, size).map(r -> IssuedReportView.of(r, java.util.List.of()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One issued report: number, date, files with SHA-256, and the figures changed since the issue before it")
    public IssuedReportView get(@PathParam("id") long id) {
        return IssuedReportView.of(issued.view(id));
    }

    @GET
    @Path("{id}/files/{format}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json"})
    @Operation(summary = "A file of an issued report (format=pdf|xlsx|docx), byte for byte as issued; Repr-Digest carries its SHA-256")
    public Response file(@PathParam("id") long id, @PathParam("format") @EnumValue(ReportEngine.Format.class) String format) {
        ReportEngine.Format f = Values.enumOf(ReportEngine.Format.class, format, ReportEngine.Format.PDF);
        IssuedReports.Download d = issued.file(id, f);
        IssuedReportFile file = d.file();
        return Response.ok(d.content(), f.mediaType())
                .header("Content-Disposition", ReportService.Produced.contentDispositionOf(file.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + file.getSha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.getSha256())) + ":")
                .build();
    }
}
