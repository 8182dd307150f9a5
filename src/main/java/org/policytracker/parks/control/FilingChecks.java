package org.policytracker.parks.control;

import org.policytracker.parks.entity.ResultKind;
import static org.policytracker.platform.validation.Values.trimToNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policytracker.parks.entity.TransformationArea;
import org.policytracker.platform.rest.InvalidRequestException.FieldProblem;

/** What the national notice requires of a park's filing before it goes to the province: a plan's parts, a report's. */
final class FilingChecks {

    private FilingChecks() {
    }

    /** What the notice requires of a plan before it goes to the province. */
    static List<FieldProblem> plan(ParkPlanContent c) {
        List<FieldProblem> p = new ArrayList<>();
        if (c.periodStart == null || c.periodEnd == null || c.periodEnd < c.periodStart) {
            p.add(new FieldProblem("plan.periodEnd", "parkPlan.period"));
        }
        if (trimToNull(c.basicSituation) == null) {
            p.add(new FieldProblem("plan.basicSituation", "parkPlan.basicSituation.required"));
        }
        Set<TransformationArea> covered = EnumSet.noneOf(TransformationArea.class);
        for (int i = 0; i < c.tasks.size(); i++) {
            ParkPlanContent.TaskItem t = c.tasks.get(i);
            if (t.area == null) {
                p.add(new FieldProblem("plan.tasks[" + i + "].area", "parkPlan.task.area"));
            } else {
                covered.add(TransformationArea.valueOf(t.area));
            }
            if (trimToNull(t.description) == null) {
                p.add(new FieldProblem("plan.tasks[" + i + "].description", "parkPlan.task.description"));
            }
        }
        for (TransformationArea a : TransformationArea.values()) {
            if (!covered.contains(a)) {
                p.add(new FieldProblem("plan.tasks", "parkPlan.area.missing", a));
            }
        }
        if (c.projects.isEmpty()) {
            p.add(new FieldProblem("plan.projects", "parkPlan.projects.required"));
        }
        projects(c.projects, p);
        if (c.expectedResults.isEmpty()) {
            p.add(new FieldProblem("plan.expectedResults", "parkPlan.results.required"));
        }
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < c.expectedResults.size(); i++) {
            ParkPlanContent.ExpectedResult r = c.expectedResults.get(i);
            String at = "plan.expectedResults[" + i + "]";
            if (r.kind == null || !kinds.add(r.kind)) {
                p.add(new FieldProblem(at + ".kind", "parkPlan.result.kind", i + 1));
            }
            if (r.target == null) {
                p.add(new FieldProblem(at + ".target", "parkPlan.result.target", i + 1));
            }
        }
        if (trimToNull(c.safeguards) == null) {
            p.add(new FieldProblem("plan.safeguards", "parkPlan.safeguards.required"));
        }
        return p;
    }
    /** Each project of a plan: a unique code, name, construction content, investment, start and end in order. */
    private static void projects(List<ParkPlanContent.Project> projects, List<FieldProblem> p) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            ParkPlanContent.Project pr = projects.get(i);
            String at = "plan.projects[" + i + "]";
            if (trimToNull(pr.code) == null || !codes.add(pr.code.strip())) {
                p.add(new FieldProblem(at + ".code", "parkPlan.project.code", i + 1));
            }
            if (trimToNull(pr.name) == null) {
                p.add(new FieldProblem(at + ".name", "parkPlan.project.name", i + 1));
            }
            if (trimToNull(pr.construction) == null) {
                p.add(new FieldProblem(at + ".construction", "parkPlan.project.construction", i + 1));
            }
            if (pr.investment == null) {
                p.add(new FieldProblem(at + ".investment", "parkPlan.project.investment", i + 1));
            }
            if (pr.start == null || pr.end == null) {
                p.add(new FieldProblem(at + (pr.start == null ? ".start" : ".end"), "parkPlan.project.dates", i + 1));
            } else if (pr.end.compareTo(pr.start) < 0) {
                p.add(new FieldProblem(at + ".end", "parkPlan.project.order", i + 1));
            }
        }
    }

    /** A result's kind as the message words it (an unknown code as it was sent). */
    private static Object kind(String code) {
        try {
            return code == null ? "" : ResultKind.valueOf(code);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /**
     * What an annual report needs before it is sent: each project's status and investment executed, each result's
     * actual, the year's progress — and, when it is sent for the first time after its due date ({@code late}), why.
     */
    static List<FieldProblem> report(AnnualReportContent c, boolean late, java.time.LocalDate due) {
        List<FieldProblem> p = new ArrayList<>();
        if (late && trimToNull(c.latenessReason) == null) {
            p.add(new FieldProblem("annualReport.latenessReason", "report.late.reasonRequired", String.valueOf(due)));
        }
        for (int i = 0; i < c.projects.size(); i++) {
            AnnualReportContent.ProjectProgress pr = c.projects.get(i);
            if (pr.status == null) {
                p.add(new FieldProblem("annualReport.projects[" + i + "].status", "annualReport.project.status", pr.name));
            }
            if (pr.investmentExecuted == null) {
                p.add(new FieldProblem("annualReport.projects[" + i + "].investmentExecuted", "annualReport.project.investment", pr.name));
            }
        }
        for (int i = 0; i < c.results.size(); i++) {
            AnnualReportContent.ResultValue r = c.results.get(i);
            if (r.actual == null) {
                p.add(new FieldProblem("annualReport.results[" + i + "].actual", "annualReport.result.actual", kind(r.kind)));
            }
        }
        if (trimToNull(c.progress) == null) {
            p.add(new FieldProblem("annualReport.progress", "annualReport.progress.required"));
        }
        return p;
    }
}
