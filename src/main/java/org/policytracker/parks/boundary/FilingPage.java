package org.policytracker.parks.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.FilingDraft;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.parks.entity.TransformationArea;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.web.Language;
import org.policytracker.reporting.control.Timeliness;
import org.policytracker.security.control.AccessDeniedException;

/**
 * A park's plan or annual report (parks/filing.xhtml): the committee drafts it — the five areas'
 * main tasks, projects, expected results; or each project's progress and each result's actual — and
 * submits it; the province's plan office returns it with a comment or approves it. A refusal keeps
 * what was typed, with the messages next to the fields.
 */
@Named
@ViewScoped
public class FilingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    FilingForms forms;

    @Inject
    ParkFilingService filings;

    @Inject
    Language language;

    private Long id;
    private FilingForms.Form form;
    private final Map<String, String> errors = new HashMap<>();
    private String comment;

    public void load() {
        if (form == null && id != null) {
            try {
                form = forms.read(id, language.isEnglish());
            } catch (NotFoundException e) {
                message(FacesMessage.SEVERITY_ERROR, language.message("ui.filing.notFound"));
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
        if (saveDraft() && attempt(() -> filings.submit(id, form.version, Instant.now()))) {
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.submitted"));
        }
    }

    public void returnForRevision() {
        if (attempt(() -> filings.returnForRevision(id, form.version, comment, Instant.now()))) {
            comment = null;
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.submission.returned"));
        }
    }

    public void approve() {
        if (attempt(() -> filings.approve(id, form.version, comment, Instant.now()))) {
            comment = null;
            reread();
            message(FacesMessage.SEVERITY_INFO, language.message("ui.filing.approved"));
        }
    }

    public void addProject() {
        ParkPlanContent.Project p = new ParkPlanContent.Project();
        p.code = "P" + (form.plan.projects.size() + 1);
        form.plan.projects.add(p);
    }

    public void removeProject(int index) {
        form.plan.projects.remove(index);
    }

    public void addResult() {
        form.plan.expectedResults.add(new ParkPlanContent.ExpectedResult());
    }

    public void removeResult(int index) {
        form.plan.expectedResults.remove(index);
    }

    private boolean saveDraft() {
        FilingDraft d = new FilingDraft();
        d.version = form.version;
        d.plan = form.plan;
        d.annualReport = form.report;
        boolean ok = attempt(() -> filings.saveDraft(id, d, () -> JsonValue.NULL));
        if (ok) {
            form.version = forms.read(id, language.isEnglish()).version;
        }
        return ok;
    }

    private boolean attempt(Runnable change) {
        errors.clear();
        try {
            change.run();
            return true;
        } catch (InvalidRequestException e) {
            for (InvalidRequestException.FieldProblem p : e.problems()) {
                String text = language.message(p.messageKey(), p.args());
                errors.merge(p.field(), text, (a, b) -> a + " " + b);
                if (!p.field().matches("(plan|annualReport)\\.\\w+\\[\\d+].*")) {
                    message(FacesMessage.SEVERITY_ERROR, text);
                }
            }
            message(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.fix", e.problems().size()));
        } catch (jakarta.validation.ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> message(FacesMessage.SEVERITY_ERROR, v.getPropertyPath() + ": " + v.getMessage()));
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

    public String error(String field) {
        return errors.get(field);
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(Timeliness.SHANGHAI));
    }

    public TransformationArea[] getAreas() {
        return TransformationArea.values();
    }

    public ResultKind[] getResultKinds() {
        return ResultKind.values();
    }

    /** The result's name in the page's language, with its unit. */
    public String resultName(String kind) {
        if (kind == null) {
            return "";
        }
        ResultKind k = ResultKind.valueOf(kind);
        return (language.isEnglish() ? language.message("report.result." + k.name()) : k.nameZh()) + " (" + k.unit() + ")";
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public FilingForms.Form getForm() { return form; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }

    /** For the annual report's rows (EL reads properties). */
    public java.util.List<AnnualReportContent.ProjectProgress> getReportProjects() {
        return form == null || form.report == null ? java.util.List.of() : form.report.projects;
    }
}
