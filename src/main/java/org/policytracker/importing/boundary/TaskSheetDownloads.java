package org.policytracker.importing.boundary;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import org.policytracker.importing.control.PlanImportService;
import org.policytracker.importing.control.TaskSheet;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.web.Download;
import org.policytracker.platform.web.FormState;
import org.policytracker.platform.web.Language;
import org.policytracker.platform.rest.AccessDeniedException;

/** Task lists in Excel from the pages: a plan's (plan page) and the empty template (import page). */
@Named("taskSheets")
@RequestScoped
public class TaskSheetDownloads {

    @Inject
    PlanImportService imports;

    @Inject
    Language language;

    /** The plan's task list with units, deadlines, lights and latest progress; it reads back in on the import page. */
    public void plan(Long id) throws IOException {
        byte[] bytes;
        try {
            bytes = imports.exportTasks(id == null ? -1 : id, LocalDate.now(Shanghai.ZONE));
        } catch (NotFoundException | AccessDeniedException e) {
            FormState.top(FacesMessage.SEVERITY_ERROR, language.message("ui.reports.notFound"));
            return;
        }
        Download.send(bytes, Xlsx.MEDIA_TYPE, Xlsx.disposition("plan-" + id + "-tasks.xlsx", "任务清单-" + id + ".xlsx"));
    }

    /** The empty task list to fill in for a new plan. */
    public void template() throws IOException {
        Download.send(TaskSheet.template(), Xlsx.MEDIA_TYPE, Xlsx.disposition("task-list-template.xlsx", "任务清单模板.xlsx"));
    }
}
