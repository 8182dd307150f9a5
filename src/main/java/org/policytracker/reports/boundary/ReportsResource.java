package org.policytracker.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.reports.control.ReportEngine;
import org.policytracker.reports.control.ReportService;

@RequestScoped
@Path("reports")
@Tag(name = "reports")
@Transactional
@Timed(name = "reports", description = "Time spent producing /api/reports")
public class ReportsResource {

    @Inject
    ReportService reports;

    @GET
    @Path("cycles/{id}/timeliness")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json"})
    @Operation(summary = "Timeliness and ranking of a reporting cycle as PDF, Excel or Word (format=pdf|xlsx|docx; lang=zh|en)")
    public Response timeliness(@PathParam("id") long id,
                               @QueryParam("format") @DefaultValue("PDF") @EnumValue(ReportEngine.Format.class) String format,
                               @QueryParam("lang") @DefaultValue("zh") String lang,
                               @QueryParam("addressee") String addressee) {
        ReportService.Produced p = reports.timeliness(id, Locale.forLanguageTag(lang), addressee,
                ReportEngine.Format.valueOf(format.strip().toUpperCase(Locale.ROOT)), Instant.now());
        return download(p);
    }

    static Response download(ReportService.Produced p) {
        return Response.ok(p.content(), p.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + p.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(p.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
