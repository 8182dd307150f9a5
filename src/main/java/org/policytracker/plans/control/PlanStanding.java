package org.policytracker.plans.control;

import java.util.List;
import java.util.Map;

/**
 * What progress reporting says of a plan, for the plan's page: each visible task's status, light and rolled-up percent
 * as of today, and the plan's reporting cycles. Plans sit below reporting, so the page asks through this interface and
 * reporting implements it (a plan without reporting shows no lights).
 */
public interface PlanStanding {

    record TaskStanding(String status, String light, Double percent) {
    }

    record Cycle(long id, String code, String nameZh, String nameEn, String frequency, int dueDays, int participants) {
    }

    /** By task id, for the tasks the caller may see. */
    Map<Long, TaskStanding> tasks(long planId);

    List<Cycle> cycles(long planId);
}
