package org.policytracker.importing.boundary;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.importing.control.PlanImportService;
import org.policytracker.importing.control.PlanProposal;
import org.policytracker.plans.boundary.PlanView;
import org.policytracker.plans.entity.Plan;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.importing.control.TaskSheet;
import org.policytracker.platform.rest.InvalidRequestException;

/**
 * Plans from their text (docs/import.md): send the document, get a proposal to correct; send the corrected
 * proposal back to create the plan with its tasks, units and targets.
 */
@RequestScoped
@Path("plan-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plan import")
@Timed(name = "planImports", description = "Time spent answering /api/plan-imports")
public class PlanImportsResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    PlanImportService imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, DOCX})
    @Operation(summary = "Read a plan document (UTF-8 text or .docx) into a proposal: title, numbers, issuers, the task tree with "
            + "units by role (matched to the registry, with score), deadlines, targets, reporting dates and flags; nothing is saved")
    public PlanProposal propose(java.io.InputStream document) throws java.io.IOException {
        imports.requireImporter(); // before a byte of the document is read
        return imports.propose(bounded(document, MOST_DOCUMENT_BYTES), Messages.fromAcceptLanguage(headers.getAcceptableLanguages()));
    }

    /** The largest document and task list read (the request's own limit, docs/api.md). */
    static final int MOST_DOCUMENT_BYTES = 10 * 1024 * 1024;
    static final int MOST_SHEET_BYTES = 5 * 1024 * 1024;

    private static byte[] bounded(java.io.InputStream body, int most) throws java.io.IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(most + 1);
        if (bytes.length > most) {
            throw new InvalidRequestException("file", "attachment.tooLarge", most / (1024 * 1024));
        }
        return bytes;
    }

    public static final String XLSX = Xlsx.MEDIA_TYPE;

    @jakarta.ws.rs.GET
    @Path("task-template")
    @Produces(XLSX)
    @Operation(summary = "The task-list template for a new plan (Excel): one row per task — path, kind, number, title, units by role, deadline")
    public Response template() {
        return Response.ok(TaskSheet.template())
                .header("Content-Disposition", "attachment; filename=\"task-list-template.xlsx\"").build();
    }

    @jakarta.ws.rs.GET
    @Path("plans/{id: [0-9]+}/tasks")
    @Produces(XLSX)
    @Operation(summary = "A plan's task list in Excel with units, deadlines, lights, percent and latest progress; it reads back in")
    public Response exportTasks(@jakarta.ws.rs.PathParam("id") long id) {
        return Response.ok(imports.exportTasks(id, java.time.LocalDate.now(Shanghai.ZONE)))
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + "-tasks.xlsx\"").build();
    }

    @POST
    @Path("sheet")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Read a task list (Excel, as exported or the template) into a proposal's tasks; every bad cell is refused by "
            + "sheet, row and column and nothing is taken until the file is clean")
    public PlanProposal proposeFromSheet(java.io.InputStream workbook) throws java.io.IOException {
        imports.requireImporter();
        return imports.proposeFromSheet(bounded(workbook, MOST_SHEET_BYTES));
    }

    @POST
    @Path("accepted")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the plan a (corrected) proposal describes, with its tasks, units, deadlines and targets — all or nothing; "
            + "each remaining problem is named by its place in the proposal (tasks[3].units[1].organisationId)")
    public Response accept(@NotNull(message = "{body.required}") PlanProposal proposal, @Context UriInfo uri) {
        Plan p = imports.accept(proposal);
        return Response.created(uri.getBaseUriBuilder().path("plans").path(String.valueOf(p.getId())).build()).entity(PlanView.of(p)).build();
    }
}
