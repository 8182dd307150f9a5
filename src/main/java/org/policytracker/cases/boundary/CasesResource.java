package org.policytracker.cases.boundary;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.cases.control.CaseListData;
import org.policytracker.cases.control.CaseSheet;
import org.policytracker.cases.control.CaseService;
import org.policytracker.cases.entity.CaseList;
import org.policytracker.plans.entity.Recognition;
import org.policytracker.cases.entity.TypicalCase;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Values;
import org.policytracker.platform.validation.Year;

@RequestScoped
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "typical cases")
@Transactional
@Timed(name = "cases", description = "Time spent answering /api/cases")
public class CasesResource {

    @Inject
    CaseService cases;

    @GET
    @Operation(summary = "Browse typical cases; filter by list, industry, typical mode, province (as published) and text")
    public Page<CaseView> search(@QueryParam("list") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String list,
                                 @QueryParam("industry") String industry,
                                 @QueryParam("mode") String mode,
                                 @QueryParam("province") String province,
                                 @QueryParam("q") String text,
                                 @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                 @QueryParam("size") @DefaultValue("20") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        return cases.search(filter(list, industry, mode, province, text), page, size).map(CaseView::of);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One typical case with the figures its text states")
    public CaseView get(@PathParam("id") long id) {
        return CaseView.of(cases.get(id));
    }

    @GET
    @Path("lists")
    @Operation(summary = "The published lists")
    public List<CaseView.ListView> lists() {
        return cases.lists().stream().map(CaseView.ListView::of).toList();
    }

    @POST
    @Path("lists")
    @Operation(summary = "Import a published list from its text (rows split by page breaks are joined back; figures are extracted)")
    public Response importList(@NotNull(message = "{body.required}") @Valid CaseListData data, @Context UriInfo uri) {
        CaseList l = cases.importList(data);
        return Response.created(uri.getBaseUriBuilder().path("cases").queryParam("list", l.getId()).build())
                .entity(CaseView.ListView.of(l)).build();
    }

    @GET
    @Path("facets")
    @Operation(summary = "The industries, typical modes and provinces to filter by, each with its number of cases")
    public Map<String, Map<String, Long>> facets(@QueryParam("list") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String list) {
        return cases.facets(Values.id(list));
    }

    @GET
    @Path("recognised")
    @Operation(summary = "How many units were recognised (typical case, water-saving benchmark, water-efficiency leader) in a province and years;"
            + " with ?target=: the units a target of a counting indicator counts, and which")
    public Map<String, Object> recognised(@QueryParam("target") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String target,
                                          @QueryParam("recognition") @DefaultValue("TYPICAL_CASE") @EnumValue(Recognition.class) String recognition,
                                          @QueryParam("province") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String province,
                                          @QueryParam("from") @Year Integer from,
                                          @QueryParam("to") @Year Integer to) {
        if (target != null) {
            CaseService.Recognised found = cases.recognisedFor(Values.id(target));
            return Map.of("recognition", found.recognition().name(), "fromYear", found.fromYear(), "toYear", found.toYear(),
                    "count", found.cases().size(), "cases", found.cases().stream().map(CaseView::of).toList());
        }
        Recognition r = Values.enumOf(Recognition.class, recognition, Recognition.TYPICAL_CASE);
        return Map.of("recognition", r.name(), "count", cases.countRecognised(r, Values.id(province), from, to));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The filtered cases as the published table (序号, 单位名称, 行业, 所在省市, 典型模式, 典型做法, 备注), CSV in UTF-8")
    public Response export(@QueryParam("list") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String list,
                           @QueryParam("industry") String industry,
                           @QueryParam("mode") String mode,
                           @QueryParam("province") String province,
                           @QueryParam("q") String text) {
        StringBuilder csv = new StringBuilder("\uFEFF"); // the byte-order mark Excel needs to read UTF-8
        try (org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(csv, org.apache.commons.csv.CSVFormat.RFC4180)) {
            out.printRecord("序号", "单位名称", "行业", "所在省市", "典型模式", "典型做法", "备注");
            for (TypicalCase c : cases.all(filter(list, industry, mode, province, text))) {
                out.printRecord(c.getNumber(), cell(c.getUnitName()), cell(c.getIndustry()), cell(c.getProvinceName()), cell(c.getMode()),
                        cell(c.getPractice()), cell(c.getRemarks()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"typical-cases.csv\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode("典型案例名单.csv", StandardCharsets.UTF_8))
                .build();
    }

    @GET
    @Path("workbook")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The filtered cases as an Excel workbook (the published table, and each list's description); it reads back in")
    public Response workbook(@QueryParam("list") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String list,
                             @QueryParam("industry") String industry,
                             @QueryParam("mode") String mode,
                             @QueryParam("province") String province,
                             @QueryParam("q") String text) {
        return Response.ok(CaseSheet.write(cases.all(filter(list, industry, mode, province, text))), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", Xlsx.disposition("typical-cases.xlsx", "典型案例名单.xlsx")).build();
    }

    @GET
    @Path("workbook/template")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "An empty catalogue workbook to fill in: a list's description on one sheet, its cases on the other")
    public Response workbookTemplate() {
        return Response.ok(CaseSheet.template(), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", Xlsx.disposition("typical-cases-template.xlsx", "典型案例名单模板.xlsx")).build();
    }

    @POST
    @Path("workbook")
    @Consumes({Xlsx.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Take a catalogue workbook (plan office): new list codes are created, existing lists revised by case number"
            + " (nothing deleted by omission); every bad cell named by sheet, row and column, nothing saved until the file is clean")
    public CaseService.WorkbookResult importWorkbook(InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_WORKBOOK_BYTES + 1);
        if (bytes.length > MAX_WORKBOOK_BYTES) {
            throw new InvalidRequestException("file", "attachment.tooLarge", MAX_WORKBOOK_BYTES / (1024 * 1024));
        }
        return cases.importWorkbook(bytes);
    }

    /** The largest catalogue workbook taken. */
    public static final int MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

    /** A CSV cell (RFC 4180), with formula-looking text made inert for spreadsheets. */
    /** A cell's text that a spreadsheet will not run as a formula ("=HYPERLINK(…)" → "'=HYPERLINK(…)"); quoting is the printer's. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        return v.matches("^[=+\\-@].*") ? "'" + v : v;
    }

    private static CaseService.Filter filter(String list, String industry, String mode, String province, String text) {
        return new CaseService.Filter(Values.id(list), industry, mode, province, null, text);
    }
}
