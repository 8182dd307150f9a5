package org.policytracker.plans.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.organisations.boundary.OrganisationView.Ref;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Milestone;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitRole;

/**
 * A task as the API shows it, with its units by role. In a tree, {@code children} holds the
 * sub-nodes; in a flat list it is empty.
 */
public record TaskView(Long id, Long planId, Long parentId, TaskKind kind, String number, int position, int depth,
                       String titleZh, String titleEn, String description, LocalDate deadline, String deadlineText,
                       TaskStatus status, List<AssignmentView> assignments, List<MilestoneView> milestones,
                       long version, List<TaskView> children) {

    public static TaskView of(Task t) {
        return new TaskView(t.getId(), t.getPlan().getId(), t.getParent() == null ? null : t.getParent().getId(),
                t.getKind(), t.getNumber(), t.getPosition(), t.depth(), t.getTitleZh(), t.getTitleEn(),
                t.getDescription(), t.getDeadline(), t.getDeadlineText(), t.getStatus(),
                t.getAssignments().stream().map(AssignmentView::of).toList(),
                t.getMilestones().stream().map(MilestoneView::of).toList(), t.getVersion(), new ArrayList<>());
    }

    /** The nodes of a plan, given in document order (parents first), as a forest of roots. */
    public static List<TaskView> forest(List<Task> inDocumentOrder) {
        java.util.Map<Long, TaskView> byId = new java.util.HashMap<>();
        List<TaskView> roots = new ArrayList<>();
        for (Task t : inDocumentOrder) {
            TaskView v = of(t);
            byId.put(v.id(), v);
            TaskView parent = v.parentId() == null ? null : byId.get(v.parentId());
            (parent == null ? roots : parent.children()).add(v);
        }
        return roots;
    }

    public record AssignmentView(UnitRole role, Ref organisation, Coverage coverage, String note) {
        static AssignmentView of(UnitAssignment a) {
            return new AssignmentView(a.getRole(), Ref.of(a.getOrganisation()), a.getCoverage(), a.getNote());
        }
    }

    public record MilestoneView(LocalDate dueDate, String descriptionZh, String descriptionEn) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.getDueDate(), m.getDescriptionZh(), m.getDescriptionEn());
        }
    }
}
