package org.policytracker.plans.boundary;

import org.policytracker.platform.i18n.Bilingual;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.control.TaskData;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.platform.web.EditForm;
import org.policytracker.platform.web.Language;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.plans.control.PlanAccess;
import org.policytracker.plans.entity.TaskKind;

/**
 * One task of a plan (plans/task.xhtml), new or changed by the plan office: where it sits in the tree,
 * number, kind, titles, description, deadline (a date, and the plan's own words), status, the units
 * responsible in each role (牵头 lead, 按职责分工负责 co-responsible, 配合 cooperating, 落实 implementing,
 * for the organisation itself or each city / park under it), and milestones.
 */
@Named
@ViewScoped
public class TaskForm extends EditForm {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    public TaskForm() {
        super(f -> !f.equals("planId"));
    }

    @Inject
    transient TaskService tasks;

    @Inject
    transient PlanService plans;

    @Inject
    transient AccessPolicy access;

    @Inject
    transient PlanAccess planAccess;

    /** A unit's row on the form. */
    public static final class AssignmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String role = "LEAD";
        private Long organisationId;
        private String coverage = "SELF";
        private String note;

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public String getCoverage() { return coverage; }
        public void setCoverage(String coverage) { this.coverage = coverage; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** A milestone's row on the form. */
    public static final class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate dueDate;
        private String descriptionZh;
        private String descriptionEn;

        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
        public String getDescriptionZh() { return descriptionZh; }
        public void setDescriptionZh(String descriptionZh) { this.descriptionZh = descriptionZh; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    }

    private Long planId;
    private Long id;
    private Long version;
    private String planTitle;
    private Long parentId;
    private String kind = "TASK";
    private String number;
    private String titleZh;
    private String titleEn;
    private String description;
    private LocalDate deadline;
    private String deadlineText;
    private String status = "NOT_STARTED";
    private final List<AssignmentRow> assignments = new ArrayList<>();
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final List<SelectItem> parentItems = new ArrayList<>();

    /** Reads the task (or, for a new one, its plan) once per view. */
    @Transactional
    public void load() {
        loadOnce(() -> {
            Task t = id == null ? null : tasks.get(id);
            Plan plan = t != null ? t.getPlan() : plans.get(planId == null ? -1 : planId);
            planAccess.requireCanChange(plan);
            planId = plan.getId();
            boolean en = language.isEnglish();
            planTitle = Bilingual.pick(plan.getTitleZh(), plan.getTitleEn(), en, null);
            List<Task> all = tasks.tree(planId);
            for (Task other : all) {
                boolean selfOrBelow = t != null && (other == t || other.getSortPath().startsWith(t.getSortPath() + "."));
                if (!selfOrBelow && other.getKind() != TaskKind.SUBTASK) {
                    String title = Bilingual.pick(other.getTitleZh(), other.getTitleEn(), en, null);
                    parentItems.add(new SelectItem(other.getId(), "\u00a0".repeat(other.depth() * 3) + other.path()
                            + (title == null ? "" : " " + shorten(title))));
                }
            }
            if (t == null) {
                // under a section a task, under a task a sub-task; at the top a section
                kind = parentId == null ? "SECTION" : all.stream().filter(x -> x.getId().equals(parentId)).findFirst()
                        .map(x -> x.getKind() == TaskKind.SECTION ? "TASK" : "SUBTASK").orElse("TASK");
                if (!kind.equals("SECTION")) {
                    assignments.add(new AssignmentRow());
                }
                return;
            }
            version = t.getVersion();
            parentId = t.getParent() == null ? null : t.getParent().getId();
            kind = t.getKind().name();
            number = t.getNumber();
            titleZh = t.getTitleZh();
            titleEn = t.getTitleEn();
            description = t.getDescription();
            deadline = t.getDeadline();
            deadlineText = t.getDeadlineText();
            status = t.getStatus().name();
            for (UnitAssignment a : t.getAssignments()) {
                AssignmentRow r = new AssignmentRow();
                r.role = a.getRole().name();
                r.organisationId = a.getOrganisation().getId();
                r.coverage = a.getCoverage().name();
                r.note = a.getNote();
                assignments.add(r);
            }
            t.getMilestones().forEach(m -> {
                MilestoneRow r = new MilestoneRow();
                r.dueDate = m.getDueDate();
                r.descriptionZh = m.getDescriptionZh();
                r.descriptionEn = m.getDescriptionEn();
                milestones.add(r);
            });
        });
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    public void addAssignment() {
        assignments.add(new AssignmentRow());
    }

    public void removeAssignment(int index) {
        assignments.remove(index);
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow());
    }

    public void removeMilestone(int index) {
        milestones.remove(index);
    }

    public String save() {
        // rows left empty are dropped from the form (so each message still lands on its row)
        assignments.removeIf(r -> r.organisationId == null && (r.note == null || r.note.isBlank()));
        milestones.removeIf(r -> r.dueDate == null && (r.descriptionZh == null || r.descriptionZh.isBlank())
                && (r.descriptionEn == null || r.descriptionEn.isBlank()));
        List<TaskData.Assignment> units = new ArrayList<>();
        for (AssignmentRow r : assignments) {
            units.add(new TaskData.Assignment(r.role, r.organisationId, r.coverage, r.note));
        }
        List<TaskData.MilestoneData> ms = new ArrayList<>();
        for (MilestoneRow r : milestones) {
            ms.add(new TaskData.MilestoneData(PlanForm.text(r.dueDate), r.descriptionZh, r.descriptionEn));
        }
        TaskData d = new TaskData(planId, parentId, kind, number, null, titleZh, titleEn, description, PlanForm.text(deadline), deadlineText,
                status, units, ms, version);
        return save(language, d, () -> {
            if (id == null) {
                tasks.create(d);
            } else {
                tasks.update(id, d);
            }
        }, "/plans/plan?faces-redirect=true&id=" + planId);
    }

    public String getPlanTitle() { return planTitle; }
    public List<SelectItem> getParentItems() { return parentItems; }
    public List<AssignmentRow> getAssignments() { return assignments; }
    public List<MilestoneRow> getMilestones() { return milestones; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getDeadlineText() { return deadlineText; }
    public void setDeadlineText(String deadlineText) { this.deadlineText = deadlineText; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
