package org.policytracker.reporting.boundary;

import org.policytracker.platform.web.Autosave;
import org.policytracker.platform.web.VersionChoice;
import org.policytracker.platform.persistence.VersionChanges;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonValue;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.platform.web.Download;
import org.policytracker.platform.web.FormState;
import org.policytracker.platform.web.Language;
import org.policytracker.reporting.control.DraftData;
import org.policytracker.reporting.control.ReviewData;
import org.policytracker.reporting.control.SubmissionReview;
import org.policytracker.reporting.control.SubmissionService;

/**
 * The submission page (reporting/submission.xhtml): the reporting organisation fills in every
 * assigned task and indicator, saves drafts and submits (saying why when it is late); the reviewer returns it with
 * comments on the whole and beside single tasks, or accepts it; a returned report shows what to fix at the top; everyone entitled sees the sent versions side by side. A failed save or a conflict
 * never loses what was typed: the form stays as it was, with the messages next to the fields.
 */
@Named
@ViewScoped
public class SubmissionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubmissionForms forms;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionReview review;

    @Inject
    Language language;

    private Long id;
    private SubmissionForms.Form form;
    private final FormState state = new FormState(field -> field.startsWith("taskReports[") || field.startsWith("indicatorValues[")
            || field.equals("file") || field.equals("sheet") || field.equals("comment") || field.equals("latenessReason")
            || field.startsWith("taskComments["));
    private String comment;
    private final Autosave autosave = new Autosave();
    private final VersionChoice versions = new VersionChoice();
    private transient Part file;
    private transient Part sheet;
    private byte[] pendingSheet;

    /** Reads the submission on the first request (view action). */
    public void load() {
        if (form == null && id != null) {
            try {
                form = forms.read(id, language.isEnglish());
            } catch (NotFoundException e) {
                message(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.notFound"));
            }
        }
    }

    public void save() {
        if (saveDraft()) {
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.saved"));
        }
    }

    /**
     * Saves the draft quietly (the form calls it every 30 s when something was typed): the time it went, or a note
     * that it did not (the reasons show by the fields, as after "save").
     */
    public void autosave() {
        if (form != null && form.canFill) {
            autosave.run(this::saveDraft);
        }
    }

    public String getAutosaveStatus() {
        return autosave.status(language);
    }

    public void submit() {
        if (!saveDraft()) {
            return;
        }
        // the draft itself is saved by now; a refusal leaves the form as typed, with the messages
        if (attempt(() -> submissions.submit(id, form.version, Instant.now()))) {
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.submitted"));
        }
    }

    public void returnForRevision() {
        if (attempt(() -> review.returnForRevision(id, review(), Instant.now()))) {
            comment = null;
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.returned"));
        }
    }

    public void accept() {
        if (attempt(() -> review.accept(id, review(), Instant.now()))) {
            comment = null;
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.accepted"));
        }
    }

    /** The review as typed: the comment on the whole and those beside the tasks (blank ones are dropped by the service). */
    private ReviewData review() {
        List<ReviewData.TaskNote> notes = new ArrayList<>();
        form.tasks.forEach(r -> notes.add(new ReviewData.TaskNote(r.taskId, r.reviewNote)));
        return new ReviewData(form.version, comment, notes);
    }

    /** The changes between the two versions chosen (by default the one before the latest, and the latest). */
    public VersionChanges.Comparison getComparison() {
        if (form == null || form.versions.size() < 2) {
            return null;
        }
        versions.sent(form.versions.size());
        return versions.comparison((from, to) -> review.compare(id, from, to), state, language);
    }

    /** The two versions chosen for the comparison. */
    public VersionChoice getVersions() {
        return versions;
    }

    /** Attaches the chosen file as evidence (its type is recognised by content). */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            state.put("file", language.message("ui.submission.chooseFile"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            String name = file.getSubmittedFileName();
            if (attempt(() -> submissions.attach(id, name, bytes, Instant.now()))) {
                form.attachments = forms.read(id, language.isEnglish()).attachments;
                message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.attached", name));
            }
        } catch (IOException e) {
            state.put("file", e.getMessage());
        }
    }

    /** The submission as a fill-in workbook, as its draft is stored (what was typed on the page since is not in it). */
    public void downloadSheet() throws IOException {
        byte[] bytes;
        try {
            bytes = submissions.sheet(id, language.isEnglish());
        } catch (NotFoundException e) {
            message(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.notFound"));
            return;
        }
        Download.send(bytes, Xlsx.MEDIA_TYPE, Xlsx.disposition("submission-" + id + "-" + form.period + ".xlsx",
                "进展填报-" + form.organisation + "-" + form.period + ".xlsx"));
    }

    /** Saves a filled-in workbook as the draft; every bad cell is listed, nothing is saved until the file is clean. */
    public void uploadSheet() {
        if (sheet == null || sheet.getSize() == 0) {
            state.put("sheet", language.message("ui.submission.chooseFile"));
            return;
        }
        try (InputStream in = sheet.getInputStream()) {
            byte[] bytes = in.readNBytes(SubmissionService.MAX_SHEET_BYTES + 1);
            if (bytes.length > SubmissionService.MAX_SHEET_BYTES) {
                state.put("sheet", language.message("attachment.tooLarge", SubmissionService.MAX_SHEET_BYTES / (1024 * 1024)));
                return;
            }
            saveSheet(bytes, false);
        } catch (IOException e) {
            state.put("sheet", e.getMessage());
        }
    }

    /** After a conflict: saves the same file over the draft that changed since it was downloaded. */
    public void overwriteWithSheet() {
        if (pendingSheet != null) {
            saveSheet(pendingSheet, true);
        }
    }

    private void saveSheet(byte[] bytes, boolean overwrite) {
        state.clear();
        try {
            submissions.saveDraftFromSheet(id, bytes, overwrite, Instant.now());
            pendingSheet = null;
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.sheetSaved"));
        } catch (InvalidRequestException e) {
            pendingSheet = null;
            state.put("sheet", FormState.workbookRefused(language, e));
        } catch (StaleUpdateException e) {
            pendingSheet = bytes;
            state.put("sheet", language.message("ui.submission.sheetConflict", e.changedBy() == null ? "?" : e.changedBy(),
                    e.changedAt() == null ? "" : FormState.at(e.changedAt())));
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, language.message(e.messageKey()));
        }
    }

    /** Whether a file waits to be saved over a draft that changed since it was downloaded. */
    public boolean isSheetConflict() {
        return pendingSheet != null;
    }

    /** Starts again from what is stored (what was typed since the last save is dropped). */
    public void reload() {
        reread();
    }

    private boolean saveDraft() {
        DraftData d = new DraftData();
        d.version = form.version;
        d.taskReports = new ArrayList<>();
        for (SubmissionForms.TaskRow r : form.tasks) {
            DraftData.TaskReportData t = new DraftData.TaskReportData(r.taskId, r.status, r.percentDone, r.narrative,
                    r.difficulties, r.nextSteps);
            t.delayExplanation = r.delayExplanation;
            t.correctiveAction = r.correctiveAction;
            t.correctiveDue = r.correctiveDue == null ? null : r.correctiveDue.toString();
            d.taskReports.add(t);
        }
        d.latenessReason = form.latenessReason == null ? "" : form.latenessReason;
        d.indicatorValues = new ArrayList<>();
        for (SubmissionForms.IndicatorRow r : form.indicators) {
            d.indicatorValues.add(new DraftData.IndicatorValueData(r.indicatorId, r.value, r.note));
        }
        if (!state.valid(language, d, "")) {
            return false;
        }
        boolean ok = attempt(() -> submissions.saveDraft(id, d, () -> JsonValue.NULL, Instant.now()));
        if (ok) {
            form.version = forms.read(id, language.isEnglish()).version;
        }
        return ok;
    }

    private void reread() {
        form = forms.read(id, language.isEnglish());
        versions.forget();
        state.clear();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FormState.top(severity, text);
    }

    private boolean attempt(Runnable change) {
        return state.attempt(language, change);
    }

    /** The message for a field ("taskReports[2].status"), or null. */
    public String error(String field) {
        return state.error(field);
    }

    public String at(Instant instant) {
        return FormState.at(instant);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SubmissionForms.Form getForm() { return form; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public Part getSheet() { return sheet; }
    public void setSheet(Part sheet) { this.sheet = sheet; }
}
