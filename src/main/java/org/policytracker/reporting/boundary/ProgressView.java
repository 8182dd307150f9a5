package org.policytracker.reporting.boundary;

import java.time.LocalDate;
import java.util.List;
import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.TrafficLight;

/** A plan's lights and rolled-up progress, with the weights used (docs/reporting-rules.md). */
public record ProgressView(Long planId, String planCode, LocalDate asOf, Rules rules, List<TaskLine> tasks,
                           List<OrganisationLine> organisations) {

    public record Rules(int warningDays, int lagPoints) {
    }

    public record Part(OrganisationView.Ref organisation, String period, TaskStatus status, Integer percentDone, double weight,
                       TrafficLight light) {
    }

    public record TaskLine(Long taskId, Long parentId, String number, String titleZh, String titleEn, int depth,
                           LocalDate deadline, TaskStatus status, Double percent, TrafficLight light, double subTaskShare,
                           double organisationShare, double weightPerSubTask, int reported, int obliged,
                           List<Part> organisations) {
    }

    public record OrganisationLine(OrganisationView.Ref organisation, TrafficLight light, int green, int yellow, int red,
                                   int unreported) {
    }

    public static ProgressView of(ProgressService.PlanProgress p) {
        var rules = TrafficLight.Rules.DEFAULT;
        return new ProgressView(p.plan().getId(), p.plan().getCode(), p.asOf(), new Rules(rules.warningDays(), rules.lagPoints()),
                p.tasks().stream().map(t -> new TaskLine(t.task().getId(),
                        t.task().getParent() == null ? null : t.task().getParent().getId(), t.task().getNumber(),
                        t.task().getTitleZh(), t.task().getTitleEn(), t.depth(), t.task().getDeadline(), t.status(), t.percent(),
                        t.light(), round(t.subTaskShare()), round(t.organisationShare()), round(t.childWeight()),
                        t.reported(), t.obliged(), t.contributions().stream().map(c -> new Part(OrganisationView.Ref.of(c.organisation()), c.period(),
                                c.status(), c.percentDone(), round(c.weight()), c.light())).toList())).toList(),
                p.organisations().stream().map(o -> new OrganisationLine(OrganisationView.Ref.of(o.organisation()), o.light(),
                        o.green(), o.yellow(), o.red(), o.unreported())).toList());
    }

    private static double round(double w) {
        return Math.round(w * 10000) / 10000.0;
    }
}
