package org.policytracker.plans.entity;

import org.policytracker.platform.i18n.Bilingual;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;

/**
 * A node in a plan's task tree, numbered as in the text ("II", "(I)", "1", "(1)"): its
 * description, the units responsible for it ({@link UnitAssignment}), its time node (时间节点) as a
 * date where the text gives one and always as written, milestones and status.
 */
@Entity
@Table(name = "task")
public class Task extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Task parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskKind kind;

    @Column(nullable = false, length = 32)
    private String number;

    /** Order among its siblings. */
    @Column(nullable = false)
    private int position;

    /** Position path from the root ("0002.0001.0004"): sorting by it gives the document order. */
    @Column(name = "sort_path", nullable = false, length = 255)
    private String sortPath;

    @Column(name = "title_zh", length = 500)
    private String titleZh;

    @Column(name = "title_en", length = 500)
    private String titleEn;

    @Column(columnDefinition = "TEXT")
    private String description;

    private LocalDate deadline;

    @Column(name = "deadline_text", length = 1000)
    private String deadlineText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskStatus status = TaskStatus.NOT_STARTED;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<UnitAssignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    protected Task() {
    }

    public Task(Plan plan, Task parent, TaskKind kind, String number, int position) {
        this.plan = plan;
        this.parent = parent;
        this.kind = kind;
        this.number = number;
        place(parent, position);
    }

    /** Moves the task under {@code newParent} at {@code newPosition} and recomputes its sort path. */
    public final void place(Task newParent, int newPosition) {
        this.parent = newParent;
        this.position = newPosition;
        String own = String.format("%04d", newPosition);
        this.sortPath = newParent == null ? own : newParent.getSortPath() + "." + own; // getter: the parent may be a proxy
    }

    /** The task's number with its parents' numbers, as the plan cites it: "II/(2)", "IV/(1)/3". */
    public String path() {
        StringBuilder b = new StringBuilder(number == null ? "" : number);
        for (Task p = getParent(); p != null; p = p.getParent()) {
            b.insert(0, (p.getNumber() == null ? "" : p.getNumber()) + "/");
        }
        return b.toString();
    }

    public int depth() {
        return (int) sortPath.chars().filter(c -> c == '.').count();
    }

    public void replaceAssignments(List<UnitAssignment> newAssignments) {
        assignments.clear();
        for (int i = 0; i < newAssignments.size(); i++) {
            UnitAssignment a = newAssignments.get(i);
            a.attach(this, i);
            assignments.add(a);
        }
    }

    public void replaceMilestones(List<Milestone> newMilestones) {
        milestones.clear();
        for (int i = 0; i < newMilestones.size(); i++) {
            Milestone m = newMilestones.get(i);
            m.attach(this, i);
            milestones.add(m);
        }
    }

    @Override
    public String auditType() {
        return "task";
    }


    public Plan getPlan() { return plan; }
    public Task getParent() { return parent; }
    public TaskKind getKind() { return kind; }
    public void setKind(TaskKind kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public int getPosition() { return position; }
    public String getSortPath() { return sortPath; }
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
    public TaskStatus getStatus() { return status; }
    public void setStatus(TaskStatus status) { this.status = status; }
    /**
     * The task's name for a reader: its title in the reader's language, else the other language's title marked, else
     * the start of its description (measures often have only one), marked when written in the other language. Every
     * page, sheet and report names tasks through here, so none shows a blank title or unmarked foreign text.
     *
     * @param max where a description is cut (…)
     */
    public String nameFor(boolean english, int max) {
        String title = Bilingual.pick(titleZh, titleEn, english, null);
        if (title != null) {
            return title;
        }
        String d = description == null ? "" : description.strip();
        return Bilingual.content(d.length() > max ? d.substring(0, max) + "…" : d, english);
    }

    public List<UnitAssignment> getAssignments() { return assignments; }
    public List<Milestone> getMilestones() { return milestones; }
}
