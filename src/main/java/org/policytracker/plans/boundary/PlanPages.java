package org.policytracker.plans.boundary;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.plans.control.Responsibility;
import org.policytracker.plans.control.TargetText;
import java.util.Locale;
import org.policytracker.platform.persistence.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policytracker.plans.control.IndicatorService;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.control.PlanStanding;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Target;
import org.policytracker.plans.entity.Task;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.plans.control.PlanAccess;

/**
 * Reads plans for the plan pages (plans/index.xhtml, plans/plan.xhtml): the plans the user may see,
 * and one plan's task tree with each task's units, deadline, status, light and percent, and its targets.
 */
@ApplicationScoped
@Transactional
public class PlanPages {

    public record PlanLine(long id, String code, String title, String level, String status, LocalDate periodEnd) implements Serializable {
    }

    public record TaskLine(long id, int depth, String number, String title, String lead, String others, LocalDate deadline, String deadlineText,
                           String status, String light, Double percent) implements Serializable {
    }

    /** @param requirement what the target asks in words (不超过14.5百万吨, 较2020年下降10%) */
    public record TargetLine(long id, String indicator, String scope, String requirement, int targetYear, String statement)
            implements Serializable {
    }

    public record CycleLine(long id, String code, String name, String frequency, int dueDays, int participants) implements Serializable {
    }

    /** @param canChange whether the user may change the plan, its tasks, targets and cycles (its own plan office) */
    public record PlanDetail(long id, String code, String title, String documentNumber, String goals, List<TaskLine> tasks,
                             List<TargetLine> targets, List<CycleLine> cycles, boolean canChange) implements Serializable {
    }

    @Inject
    PlanService plans;

    @Inject
    IndicatorService indicators;

    @Inject
    TaskService tasks;

    @Inject
    PlanStanding standing;

    @Inject
    AccessPolicy access;

    @Inject
    PlanAccess planAccess;

    public List<PlanLine> list(String text, boolean en) {
        List<PlanLine> out = new ArrayList<>();
        for (Plan p : plans.list(text == null || text.isBlank() ? null : text.strip(), null, null, null, 0, Page.EVERY).all()) {
            out.add(new PlanLine(p.getId(), p.getCode(), Bilingual.pick(p.getTitleZh(), p.getTitleEn(), en, null),
                    p.getLevel().name(), p.getStatus().name(), p.getPeriodEnd()));
        }
        return out;
    }

    public PlanDetail detail(long id, boolean en) {
        Plan p = plans.get(id);
        Map<Long, PlanStanding.TaskStanding> standing = this.standing.tasks(id);
        List<TaskLine> tasks = new ArrayList<>();
        for (Task t : this.tasks.tree(id)) {
            PlanStanding.TaskStanding tp = standing.getOrDefault(t.getId(), new PlanStanding.TaskStanding(null, null, null));
            Responsibility units = Responsibility.of(t, en);
            String title = t.nameFor(en, 120);
            tasks.add(new TaskLine(t.getId(), t.depth(), t.getNumber(), title, units.lead(), units.others(), t.getDeadline(),
                    Bilingual.content(t.getDeadlineText(), en),
                    tp.status(), tp.light(), tp.percent()));
        }
        List<TargetLine> targets = new ArrayList<>();
        for (Target t : indicators.targetsOf(id)) {
            var i = t.getIndicator();
            targets.add(new TargetLine(t.getId(), Bilingual.pick(i.getNameZh(), i.getNameEn(), en, null),
                    Bilingual.pick(t.getScope().getNameZh(), t.getScope().getNameEn(), en, null),
                    TargetText.requirement(t, en ? Locale.ENGLISH : Locale.CHINESE), t.getTargetYear(), Bilingual.content(t.getStatement(), en)));
        }
        List<CycleLine> cycleLines = new ArrayList<>();
        for (PlanStanding.Cycle c : this.standing.cycles(id)) {
            cycleLines.add(new CycleLine(c.id(), c.code(), Bilingual.pick(c.nameZh(), c.nameEn(), en, null), c.frequency(),
                    c.dueDays(), c.participants()));
        }
        boolean canChange;
        try {
            planAccess.requireCanChange(p);
            canChange = true;
        } catch (AccessDeniedException e) {
            canChange = false;
        }
        return new PlanDetail(p.getId(), p.getCode(), Bilingual.pick(p.getTitleZh(), p.getTitleEn(), en, null), p.getDocumentNumber(),
                Bilingual.pick(p.getOverallGoalsZh(), p.getOverallGoalsEn(), en, null), tasks, targets, cycleLines, canChange);
    }
}
