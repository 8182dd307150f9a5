package org.policytracker.reporting.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.reporting.control.ProgressService.Contribution;
import org.policytracker.reporting.control.ProgressService.OrganisationProgress;
import org.policytracker.reporting.control.ProgressService.TaskProgress;

/**
 * How a plan's answers roll up into each task's figure, status and light (docs/reporting-rules.md): every organisation
 * obliged to report on a task carries an equal share, reported or not (no report counts 0 %); a task with sub-tasks
 * splits its figure half and half between them and its own organisations when both reported; a section is never greener
 * than its worst sub-task. Pure: {@link ProgressService} gathers the answers, this computes.
 */
final class ProgressRollup {

    private final Plan plan;
    private final LocalDate today;
    private final Map<Long, Map<Long, Contribution>> reportedByTask;
    private final Map<Long, Organisation> obliged;
    private final Map<Long, List<Task>> children = new HashMap<>();
    private final Map<Long, TaskProgress> done = new HashMap<>();

    private ProgressRollup(Plan plan, LocalDate today, Map<Long, Map<Long, Contribution>> reportedByTask, Map<Long, Organisation> obliged) {
        this.plan = plan;
        this.today = today;
        this.reportedByTask = reportedByTask;
        this.obliged = obliged;
    }

    /**
     * Every task's progress, keyed by task id.
     *
     * @param tree           the plan's tasks in document order (parents before their sub-tasks)
     * @param reportedByTask per task, the newest answer of each organisation that answered
     * @param obliged        the organisations that must report (they count, reported or not), by id
     */
    static Map<Long, TaskProgress> of(Plan plan, List<Task> tree, Map<Long, Map<Long, Contribution>> reportedByTask,
            Map<Long, Organisation> obliged, LocalDate today) {
        ProgressRollup r = new ProgressRollup(plan, today, reportedByTask, obliged);
        for (Task t : tree) {
            if (t.getParent() != null) {
                r.children.computeIfAbsent(t.getParent().getId(), k -> new ArrayList<>()).add(t);
            }
        }
        // children first: walk the tree in reverse document order
        List<Task> reverse = new ArrayList<>(tree);
        reverse.sort(Comparator.comparing(Task::getSortPath).reversed());
        for (Task t : reverse) {
            r.done.put(t.getId(), r.task(t));
        }
        return r.done;
    }

    /** Per organisation, how many of its contributions are green, yellow, red and unanswered; the reddest first. */
    static List<OrganisationProgress> byOrganisation(List<TaskProgress> tasks, LongFunction<Organisation> organisation) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (TaskProgress p : tasks) {
            for (Contribution c : p.contributions()) {
                int[] n = counts.computeIfAbsent(c.organisation().getId(), k -> new int[4]);
                n[c.light().ordinal()]++;
                if (c.status() == null) {
                    n[3]++;
                }
            }
        }
        List<OrganisationProgress> orgs = new ArrayList<>();
        counts.forEach((id, n) -> {
            TrafficLight worst = n[2] > 0 ? TrafficLight.RED : n[1] > 0 ? TrafficLight.YELLOW : TrafficLight.GREEN;
            orgs.add(new OrganisationProgress(organisation.apply(id), worst, n[0], n[1], n[2], n[3]));
        });
        orgs.sort(Comparator.comparing((OrganisationProgress o) -> -o.light().ordinal()).thenComparing(o -> o.organisation().getCode()));
        return orgs;
    }

    private TaskProgress task(Task t) {
        List<Task> kids = children.getOrDefault(t.getId(), List.of());
        List<Long> kidIds = kids.stream().map(Task::getId).toList();
        List<Contribution> own = contributions(t);
        boolean kidData = kids.stream().map(k -> done.get(k.getId())).anyMatch(p -> p != null && p.percent() != null);
        boolean ownData = own.stream().anyMatch(p -> p.status() != null);
        // sub-tasks and the task's own organisations each carry half when both reported, else all
        double subShare = kidData ? (ownData ? 0.5 : 1.0) : 0.0;
        double orgShare = ownData ? 1.0 - subShare : 0.0;
        double childWeight = kids.isEmpty() ? 0 : subShare / kids.size();
        List<Contribution> parts = own.stream().map(c -> new Contribution(c.organisation(), c.period(), c.status(), c.percentDone(),
                orgShare / own.size(), c.light(), c.remarks())).toList();
        Double percent = null;
        TaskStatus status = null;
        if (kidData || ownData) {
            // a sub-task or an obliged organisation without any report counts as 0 %: nothing is shown as done that nobody reported
            double sum = 0;
            for (Task k : kids) {
                TaskProgress p = done.get(k.getId());
                sum += (p == null || p.percent() == null ? 0 : p.percent()) * childWeight;
            }
            for (Contribution c : parts) {
                sum += (c.percentDone() == null ? 0 : c.percentDone()) * c.weight();
            }
            percent = sum;
            List<TaskStatus> statuses = new ArrayList<>();
            if (kidData) {
                kids.stream().map(k -> done.get(k.getId())).filter(p -> p != null).map(TaskProgress::status).forEach(statuses::add);
            }
            parts.stream().map(Contribution::status).forEach(statuses::add);
            status = ProgressService.combine(statuses);
        }
        TrafficLight light = worstOf(TrafficLight.of(status, percent == null ? null : (int) Math.floor(percent),
                plan.getPeriodStart(), t.getDeadline(), today, TrafficLight.Rules.DEFAULT), kidIds);
        int answered = (int) parts.stream().filter(c -> c.status() != null).count();
        return new TaskProgress(t, t.depth(), percent == null ? null : Math.round(percent * 10) / 10.0,
                status, light, parts, kidIds, childWeight, subShare, orgShare, answered, parts.size());
    }

    /** The task's own organisations: those obliged and those that answered, each with its light (weights set later). */
    private List<Contribution> contributions(Task t) {
        Map<Long, Contribution> reported = reportedByTask.getOrDefault(t.getId(), Map.of());
        Map<Long, Boolean> must = new LinkedHashMap<>();
        for (Organisation o : obliged.values()) {
            if (t.getAssignments().stream().anyMatch(a -> Obligations.obliges(a, o))) {
                must.put(o.getId(), true);
            }
        }
        reported.keySet().forEach(k -> must.putIfAbsent(k, true));
        double w = must.isEmpty() ? 0 : 1.0 / must.size();
        List<Contribution> parts = new ArrayList<>();
        for (Long orgId : must.keySet()) {
            Contribution r = reported.get(orgId);
            Organisation o = r != null ? r.organisation() : obliged.get(orgId);
            TaskStatus st = r == null ? null : r.status();
            Integer pct = r == null ? null : r.percentDone();
            TrafficLight l = TrafficLight.of(st, pct, plan.getPeriodStart(), t.getDeadline(), today, TrafficLight.Rules.DEFAULT);
            parts.add(new Contribution(o, r == null ? null : r.period(), st, pct, w, l, r == null ? null : r.remarks()));
        }
        return parts;
    }

    /** A section is never greener than its worst sub-task. */
    private TrafficLight worstOf(TrafficLight own, List<Long> kidIds) {
        TrafficLight light = own;
        for (Long k : kidIds) {
            TaskProgress p = done.get(k);
            if (p != null && p.light() != null && p.light().ordinal() > light.ordinal()) {
                light = p.light();
            }
        }
        return light;
    }
}
