package org.policytracker.importing.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.importing.control.PlanImportService;
import org.policytracker.importing.control.PlanProposal;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.web.FormState;
import org.policytracker.platform.web.Language;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AccessPolicy;

/**
 * A plan from its text (plans/import.xhtml): the plan office uploads the document (or pastes its text), reviews
 * the proposal — the plan's fields, the flags, every task with its units (an unresolved one must be chosen or
 * removed), deadline and title, every target (its indicator chosen) — and creates the plan; a refusal names
 * each problem where it is and keeps every correction made.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    @Inject
    transient PlanImportService imports;

    @Inject
    transient AccessPolicy access;

    private final FormState state = new FormState(f -> !f.equals("file"));
    private transient Part file;
    private String text;
    private PlanProposal proposal;
    private List<SelectItem> indicatorItems;
    private Boolean allowed;

    public boolean isAllowed() {
        if (allowed == null) {
            allowed = imports.mayImport();
        }
        return allowed;
    }

    /** Reads the uploaded file, else the pasted text, into a proposal. */
    public void read() {
        byte[] content;
        try {
            if (file != null && file.getSize() > 0) {
                try (InputStream in = file.getInputStream()) {
                    content = in.readAllBytes();
                }
            } else if (text != null && !text.isBlank()) {
                content = text.getBytes(StandardCharsets.UTF_8);
            } else {
                state.put("file", language.message("ui.import.chooseFile"));
                return;
            }
        } catch (IOException e) {
            state.put("file", language.message("import.file.unreadable"));
            return;
        }
        PlanProposal[] read = new PlanProposal[1];
        if (PlanImportService.isWorkbook(content)) {
            // a task list in Excel (exported from a plan, or the template filled in): every bad cell listed at the top
            try {
                proposal = imports.proposeFromSheet(content);
            } catch (InvalidRequestException e) {
                state.put("file", FormState.workbookRefused(language, e));
            } catch (AccessDeniedException e) {
                state.put("file", language.message(e.messageKey()));
            }
            return;
        }
        if (state.attempt(language, () -> read[0] = imports.propose(content, language.getLocale()))) {
            proposal = read[0];
        }
    }

    /** Creates the plan; on success to its page. */
    public String accept() {
        long[] id = new long[1];
        if (state.attempt(language, () -> id[0] = imports.accept(proposal).getId())) {
            return "/plans/plan?faces-redirect=true&id=" + id[0];
        }
        return null;
    }

    public void removeMilestone(int task, int milestone) {
        proposal.tasks.get(task).milestones.remove(milestone);
    }

    public void removeUnit(int task, int unit) {
        proposal.tasks.get(task).units.remove(unit);
    }

    public void addUnit(int task) {
        PlanProposal.Unit u = new PlanProposal.Unit();
        u.role = "LEAD";
        u.coverage = "SELF";
        proposal.tasks.get(task).units.add(u);
    }

    public void removeTarget(int index) {
        proposal.targets.remove(index);
    }

    public void startOver() {
        proposal = null;
        text = null;
        state.clear();
    }

    @Transactional
    public List<SelectItem> getIndicatorItems() {
        if (indicatorItems == null) {
            indicatorItems = new ArrayList<>();
            boolean en = language.isEnglish();
            imports.indicators().forEach(i -> indicatorItems.add(new SelectItem(i.id(),
                    (en ? i.nameEn() : i.nameZh()) + " (" + i.unit() + ")")));
        }
        return indicatorItems;
    }

    public String error(String field) {
        return state.error(field);
    }

    /** How many units are still to be chosen. */
    public long getUnresolved() {
        return proposal == null ? 0 : proposal.tasks.stream().flatMap(t -> t.units.stream()).filter(u -> u.organisationId == null).count()
                + proposal.targets.stream().filter(g -> g.indicatorId == null).count();
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public PlanProposal getProposal() { return proposal; }
}
