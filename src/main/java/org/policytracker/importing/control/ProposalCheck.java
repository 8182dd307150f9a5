package org.policytracker.importing.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.platform.rest.InvalidRequestException.FieldProblem;
import org.policytracker.platform.validation.Values;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.PlanLevel;
import org.policytracker.plans.entity.Relation;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.UnitRole;

/**
 * What a proposal still lacks before it may become a plan, all at once: unresolved units and indicators, missing or
 * malformed fields, a broken tree. The services take these for granted (they are called without the REST layer's
 * validation), so a proposal edited by hand or by a program is refused here, each problem naming its field.
 */
final class ProposalCheck {

    private ProposalCheck() {
    }

    /** Whether the user confirmed registering the body the importer proposed for an unresolved unit. */
    static boolean registering(PlanProposal.Unit u) {
        PlanProposal.NewOrganisation n = u.proposedOrganisation;
        return Boolean.TRUE.equals(u.register) && n != null && !blank(n.nameZh) && n.nameZh.strip().length() <= 200
                && (n.nameEn == null || n.nameEn.length() <= 300)
                && Arrays.stream(OrganisationKind.values()).anyMatch(k -> k.name().equals(n.kind));
    }

    /** Everything the user still has to settle, all at once: unresolved units and indicators, missing fields, a broken tree. */
    static List<FieldProblem> problems(PlanProposal p) {
        List<FieldProblem> out = new ArrayList<>();
        if (blank(p.code)) {
            out.add(new FieldProblem("code", "plan.code.required"));
        } else if (!p.code.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]*") || p.code.strip().length() > 64) {
            out.add(new FieldProblem("code", "plan.code.pattern"));
        }
        if (blank(p.titleZh)) {
            out.add(new FieldProblem("titleZh", "plan.title.required"));
        }
        // what the services take for granted (they are called without the REST layer's validation): values of
        // the lists, dates, lengths — a proposal edited by hand or by a program must be refused, not crash
        oneOf(out, "level", PlanLevel.class, p.level, true);
        longest(out, "titleZh", p.titleZh, 500);
        longest(out, "titleEn", p.titleEn, 500);
        date(out, "issueDate", p.issueDate);
        date(out, "periodStart", p.periodStart);
        date(out, "periodEnd", p.periodEnd);
        if (p.tasks == null) {
            p.tasks = new ArrayList<>();
        }
        if (p.targets == null) {
            p.targets = new ArrayList<>();
        }
        if (p.tasks.stream().noneMatch(t -> t != null && ("TASK".equals(t.kind) || "SUBTASK".equals(t.kind)))) {
            // a plan is its tasks: a document read as headings only is not one yet
            out.add(new FieldProblem("tasks", "import.tasks.none"));
        }
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < p.tasks.size(); i++) {
            PlanProposal.Task t = p.tasks.get(i);
            if (t == null) {
                out.add(new FieldProblem("tasks[" + i + "]", "field.required"));
            } else {
                task(out, "tasks[" + i + "].", t, paths);
            }
        }
        for (int i = 0; i < p.targets.size(); i++) {
            PlanProposal.Target g = p.targets.get(i);
            if (g == null) {
                out.add(new FieldProblem("targets[" + i + "]", "field.required"));
            } else {
                target(out, "targets[" + i + "].", g, paths);
            }
        }
        return out;
    }


    /** One task of the proposal: its place in the tree (paths unique, parents known), number, kind, dates, units. */
    private static void task(List<FieldProblem> out, String at, PlanProposal.Task t, Set<String> paths) {
        if (blank(t.path) || !paths.add(t.path)) {
            out.add(new FieldProblem(at + "path", "import.task.path"));
        }
        if (t.parentPath != null && !paths.contains(t.parentPath)) {
            out.add(new FieldProblem(at + "parentPath", "import.task.parentUnknown", t.parentPath));
        }
        if (blank(t.number)) {
            out.add(new FieldProblem(at + "number", "task.number.required"));
        }
        longest(out, at + "number", t.number, 32);
        oneOf(out, at + "kind", TaskKind.class, t.kind, true);
        date(out, at + "deadline", t.deadline);
        if (t.milestones != null) {
            for (int m = 0; m < t.milestones.size(); m++) {
                PlanProposal.Milestone step = t.milestones.get(m);
                if (step == null || blank(step.due)) {
                    out.add(new FieldProblem(at + "milestones[" + m + "].due", "field.required"));
                } else {
                    date(out, at + "milestones[" + m + "].due", step.due);
                }
            }
        }
        if (t.units == null) {
            t.units = new ArrayList<>();
        }
        for (int j = 0; j < t.units.size(); j++) {
            PlanProposal.Unit u = t.units.get(j);
            if (u == null || u.organisationId == null && !registering(u)) {
                out.add(new FieldProblem(at + "units[" + j + "].organisationId", "import.unit.organisationRequired",
                        u == null || u.text == null ? "" : u.text));
            }
            if (u != null) {
                oneOf(out, at + "units[" + j + "].role", UnitRole.class, u.role, true);
                oneOf(out, at + "units[" + j + "].coverage", Coverage.class, u.coverage, false);
            }
        }
    }

    /** One target: an indicator, a scope, a year, a relation; its task, if named, in the proposal. */
    private static void target(List<FieldProblem> out, String at, PlanProposal.Target g, Set<String> paths) {
        if (g.indicatorId == null) {
            out.add(new FieldProblem(at + "indicatorId", "import.target.indicatorRequired",
                    g.indicatorPhrase == null ? "" : g.indicatorPhrase));
        }
        if (g.scopeId == null) {
            out.add(new FieldProblem(at + "scopeId", "field.required"));
        }
        if (g.targetYear == null) {
            out.add(new FieldProblem(at + "targetYear", "field.required"));
        }
        oneOf(out, at + "relation", Relation.class, g.relation, true);
        if (g.taskPath != null && !paths.contains(g.taskPath)) {
            out.add(new FieldProblem(at + "taskPath", "import.task.parentUnknown", g.taskPath));
        }
    }

    /** A value of the list {@code type} (its name, any case), required or not. */
    private static void oneOf(List<FieldProblem> out, String field, Class<? extends Enum<?>> type, String value,
                              boolean required) {
        if (blank(value)) {
            if (required) {
                out.add(new FieldProblem(field, "field.required"));
            }
        } else if (Values.enumOf(type, value) == null) {
            out.add(new FieldProblem(field, "import.value.oneOf", value.length() > 40 ? value.substring(0, 40) + "…" : value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    private static void date(List<FieldProblem> out, String field, String value) {
        if (!blank(value)) {
            try {
                LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                out.add(new FieldProblem(field, "import.value.date", value.length() > 40 ? value.substring(0, 40) + "…" : value));
            }
        }
    }

    private static void longest(List<FieldProblem> out, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            out.add(new FieldProblem(field, "import.value.tooLong", max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
