package org.policytracker.parks.boundary;

import org.policytracker.platform.web.Autosave;
import org.policytracker.platform.web.VersionChoice;
import org.policytracker.platform.persistence.VersionChanges;
import java.util.List;
import org.policytracker.platform.i18n.Units;
import java.util.Locale;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.Instant;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.FilingDraft;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.parks.entity.TransformationArea;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.web.FormState;
import org.policytracker.platform.web.Language;

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

    @Inject
    FilingForms forms;

    @Inject
    ParkFilingService filings;

    @Inject
    Language language;

    private Long id;
    private FilingForms.Form form;
    private final FormState state = new FormState(field -> field.matches("(plan|annualReport)\\.\\w+\\[\\d+].*"));
    private String comment;
    private final Autosave autosave = new Autosave();
    private final VersionChoice versions = new VersionChoice();

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

    /** The draft saved quietly (every 30 s while something was typed): the time shown, or that it failed. */
    public void autosave() {
        if (form != null && form.canFile) {
            autosave.run(this::saveDraft);
        }
    }

    public String getAutosaveStatus() {
        return autosave.status(language);
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
        if (!state.valid(language, d, "")) {
            return false;
        }
        boolean ok = attempt(() -> filings.saveDraft(id, d, () -> JsonValue.NULL));
        if (ok) {
            form.version = forms.read(id, language.isEnglish()).version;
        }
        return ok;
    }

    private boolean attempt(Runnable change) {
        return state.attempt(language, change);
    }

    private void reread() {
        form = forms.read(id, language.isEnglish());
        versions.forget();
        state.clear();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FormState.top(severity, text);
    }

    public String error(String field) {
        return state.error(field);
    }

    public String at(Instant instant) {
        return FormState.at(instant);
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
        return (language.isEnglish() ? language.message("report.result." + k.name()) : k.nameZh()) + (language.isEnglish() ? " (" + k.unit() + ")" : "（" + Units.of(k.unit(), Locale.CHINESE) + "）");
    }

    /** The latest version the province reviewed with a comment, shown at the top of the form (null: none). */
    public FilingForms.VersionLine getLastReview() {
        if (form == null) {
            return null;
        }
        for (int i = form.versions.size() - 1; i >= 0; i--) {
            FilingForms.VersionLine v = form.versions.get(i);
            if (v.outcome() != null) {
                return v.comment() == null || v.comment().isBlank() ? null : v;
            }
        }
        return null;
    }

    /** The changes between the two versions chosen (by default the one before the latest, and the latest), in the page's words. */
    public List<FilingChanges.Line> getChanges() {
        return FilingChanges.lines(comparison().changes(), language::text, this::resultName);
    }

    public int getComparedFrom() { return comparison().from(); }
    public int getComparedTo() { return comparison().to(); }

    private VersionChanges.Comparison comparison() {
        versions.sent(form == null ? 0 : form.versions.size());
        return versions.comparison((from, to) -> filings.compare(id, from, to), state, language);
    }

    /** The two versions chosen for the comparison. */
    public VersionChoice getVersions() {
        return versions;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public FilingForms.Form getForm() { return form; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }

    /** For the annual report's rows (EL reads properties). */
    public List<AnnualReportContent.ProjectProgress> getReportProjects() {
        return form == null || form.report == null ? java.util.List.of() : form.report.projects;
    }
}
