package org.policytracker.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.parks.control.ParkService;
import org.policytracker.parks.entity.Park;
import org.policytracker.platform.persistence.Page;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.entity.ReportingCycle;

/**
 * What a report may be run on, as the person asking sees it: the plans, reporting cycles and parks their own lists
 * show them (each capability's visibility applies, since these are its own list queries), and the provinces. The
 * report pages choose from these; the reports themselves check access again when they run.
 */
@ApplicationScoped
@Transactional
public class ReportSubjects {

    @Inject
    PlanService plans;

    @Inject
    CycleService cycles;

    @Inject
    ParkService parks;

    @Inject
    OrganisationService organisations;

    public List<Plan> plans() {
        return plans.list(null, null, null, null, 0, Page.EVERY).all();
    }

    public List<ReportingCycle> cycles() {
        return cycles.list(null, 0, Page.EVERY).all();
    }

    public List<Park> parks() {
        return parks.list(new ParkService.Filter(null, null, null, null, null), 0, Page.EVERY).all();
    }

    public List<Organisation> provinces() {
        return organisations.list(OrganisationKind.PROVINCE, null, null, 0, Page.EVERY).all();
    }
}
