package org.policytracker.reports.boundary;

import org.policytracker.platform.time.Shanghai;
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
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.reports.control.ReportEngine;
import org.policytracker.platform.validation.Year;
import org.policytracker.reports.control.AttainmentReport;
import org.policytracker.reports.control.ParkReports;
import org.policytracker.reports.control.PlanSummaryReport;
import org.policytracker.reports.control.ReportService;
import org.policytracker.platform.validation.Values;

@RequestScoped
@Path("reports")
@Tag(name = "reports")
@Transactional
@Timed(name = "reports", description = "Time spent producing /api/reports")
public class ReportsResource {

    @Inject
    ReportService reports;

    @Inject
    PlanSummaryReport planSummary;

    @Inject
    ParkReports parks;

    @Inject
    AttainmentReport attainment;

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
                format(format), Instant.now());
        return download(p);
    }

    @GET
    @Path("plans/{id}/summary")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json"})
    @Operation(summary = "Implementation summary of a plan for one reporting period (period=2024, 2020-H1; the latest due when absent): "
            + "tasks with lead unit, status, light and each organisation's answer; indicators; late and missing; difficulties")
    public Response planSummary(@PathParam("id") long id, @QueryParam("period") String period,
                                @QueryParam("format") @DefaultValue("PDF") @EnumValue(ReportEngine.Format.class) String format,
                                @QueryParam("lang") @DefaultValue("zh") String lang,
                                @QueryParam("addressee") String addressee) {
        return download(planSummary.produce(id, period, Locale.forLanguageTag(lang), addressee, format(format), Instant.now()));
    }

    @GET
    @Path("plans/{id}/indicators")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json"})
    @Operation(summary = "Indicator attainment of a plan: every target against its baseline and actuals by year, with a chart per target")
    public Response indicators(@PathParam("id") long id,
                               @QueryParam("format") @DefaultValue("PDF") @EnumValue(ReportEngine.Format.class) String format,
                               @QueryParam("lang") @DefaultValue("zh") String lang,
                               @QueryParam("addressee") String addressee) {
        return download(attainment.produce(id, Locale.forLanguageTag(lang), addressee, format(format), Instant.now()));
    }

    @GET
    @Path("parks/summary")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json"})
    @Operation(summary = "Provincial annual summary of the parks' circular transformation, to NDRC and MIIT (year: the previous "
            + "year when absent; province: the user's own when absent)")
    public Response parksSummary(@QueryParam("year") @Year Integer year, @QueryParam("province") Long province,
                                 @QueryParam("format") @DefaultValue("PDF") @EnumValue(ReportEngine.Format.class) String format,
                                 @QueryParam("lang") @DefaultValue("zh") String lang,
                                 @QueryParam("addressee") String addressee) {
        Instant now = Instant.now();
        return download(parks.provincialSummary(province, year != null ? year : lastYear(now), Locale.forLanguageTag(lang),
                addressee, format(format), now));
    }

    @GET
    @Path("parks/{id}/progress")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json"})
    @Operation(summary = "One park's circular-transformation plan and its progress to the end of a year (the previous year when absent)")
    public Response parkProgress(@PathParam("id") long id, @QueryParam("year") @Year Integer year,
                                 @QueryParam("format") @DefaultValue("PDF") @EnumValue(ReportEngine.Format.class) String format,
                                 @QueryParam("lang") @DefaultValue("zh") String lang,
                                 @QueryParam("addressee") String addressee) {
        return download(parks.park(id, year, Locale.forLanguageTag(lang), addressee, format(format), Instant.now()));
    }

    private static int lastYear(Instant now) {
        return now.atZone(Shanghai.ZONE).getYear() - 1;
    }

    /** The format asked for; blank (as "not given", which the validation lets through) is the default, PDF. */
    static ReportEngine.Format format(String format) {
        return Values.enumOf(ReportEngine.Format.class, format, ReportEngine.Format.PDF);
    }

    static Response download(ReportService.Produced p) {
        return Response.ok(p.content(), p.format().mediaType())
                .header("Content-Disposition", p.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
