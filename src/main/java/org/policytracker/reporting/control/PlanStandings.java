package org.policytracker.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.plans.control.PlanStanding;
import org.policytracker.platform.time.Shanghai;

/** The plan page's lights and cycles, from this capability's progress and cycles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanStandings implements PlanStanding {

    @Inject
    ProgressService progress;

    @Inject
    CycleService cycles;

    @Override
    public Map<Long, TaskStanding> tasks(long planId) {
        Map<Long, TaskStanding> out = new LinkedHashMap<>();
        for (ProgressService.TaskProgress tp : progress.planProgress(planId, Shanghai.today()).tasks()) {
            out.put(tp.task().getId(), new TaskStanding(tp.status() == null ? null : tp.status().name(),
                    tp.light() == null ? null : tp.light().name(), tp.percent()));
        }
        return out;
    }

    @Override
    public List<Cycle> cycles(long planId) {
        return cycles.list(planId, 0, 100).items().stream().map(c -> new Cycle(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(),
                c.getFrequency().name(), c.getDueDaysAfterPeriod(), c.getParticipants().size())).toList();
    }
}
