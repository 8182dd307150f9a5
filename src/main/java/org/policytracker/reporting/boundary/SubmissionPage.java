package org.policytracker.reporting.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonValue;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.web.Language;
import org.policytracker.reporting.control.DecisionData;
import org.policytracker.reporting.control.DraftData;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.reporting.control.Timeliness;
import org.policytracker.security.control.AccessDeniedException;

/**
 * The submission page (reporting/submission.xhtml): the reporting organisation fills in every
 * assigned task and indicator, saves drafts and submits; the reviewer returns it with a comment or
 * accepts it; everyone entitled sees the sent versions side by side. A failed save or a conflict
 * never loses what was typed: the form stays as it was, with the messages next to the fields.
 */
@Named
@ViewScoped
public class SubmissionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    SubmissionForms forms;

    @Inject
    SubmissionService submissions;

    @Inject
    Language language;

    private Long id;
    private SubmissionForms.Form form;
    private final Map<String, String> errors = new HashMap<>();
    private String comment;
    private transient Part file;

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
        if (attempt(() -> submissions.returnForRevision(id, new DecisionData(form.version, comment), Instant.now()))) {
            comment = null;
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.returned"));
        }
    }

    public void accept() {
        if (attempt(() -> submissions.accept(id, new DecisionData(form.version, comment), Instant.now()))) {
            comment = null;
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.accepted"));
        }
    }

    /** Attaches the chosen file as evidence (its type is recognised by content). */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            errors.put("file", language.message("ui.submission.chooseFile"));
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
            errors.put("file", e.getMessage());
        }
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
        d.indicatorValues = new ArrayList<>();
        for (SubmissionForms.IndicatorRow r : form.indicators) {
            d.indicatorValues.add(new DraftData.IndicatorValueData(r.indicatorId, r.value, r.note));
        }
        boolean ok = attempt(() -> submissions.saveDraft(id, d, () -> JsonValue.NULL, Instant.now()));
        if (ok) {
            form.version = forms.read(id, language.isEnglish()).version;
        }
        return ok;
    }

    /** Runs a change; on refusal puts the messages next to the fields (or at the top) and keeps the form as typed. */
    private boolean attempt(Runnable change) {
        errors.clear();
        try {
            change.run();
            return true;
        } catch (InvalidRequestException e) {
            for (InvalidRequestException.FieldProblem p : e.problems()) {
                String text = language.message(p.messageKey(), p.args());
                errors.merge(p.field(), text, (a, b) -> a + " " + b);
                if (!p.field().startsWith("taskReports[") && !p.field().startsWith("indicatorValues[")) {
                    message(FacesMessage.SEVERITY_ERROR, text);
                }
            }
            message(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.fix", e.problems().size()));
        } catch (StaleUpdateException e) {
            message(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.conflict",
                    e.changedBy() == null ? "?" : e.changedBy(),
                    e.changedAt() == null ? "" : AT.format(e.changedAt().atZone(Timeliness.SHANGHAI))));
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, language.message(e.messageKey()));
        }
        return false;
    }

    private void reread() {
        form = forms.read(id, language.isEnglish());
        errors.clear();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** The message for a field ("taskReports[2].status"), or null. */
    public String error(String field) {
        return errors.get(field);
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(Timeliness.SHANGHAI));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SubmissionForms.Form getForm() { return form; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
