package org.policytracker.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.control.OrganisationData;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.control.PlanService;
import org.policytracker.reporting.control.CycleData;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.ReminderService;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.security.control.CurrentUser;

/**
 * ClusterIT's handle on each node (deployed in that test's WAR only): the two steps of the hourly
 * {@code ReportingJob} run on request, so both nodes can run them at the same moment, and a cycle of its own
 * (in 2040, for an organisation of its own) to run them on.
 */
@RequestScoped
@Path("test/cluster")
@Produces(MediaType.APPLICATION_JSON)
public class ClusterProbe {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    OrganisationService organisations;

    @Inject
    PlanService plans;

    @Inject
    CycleService cycles;

    @Inject
    ReminderService reminders;

    @POST
    @Path("cycle")
    @Transactional
    public String cycle() {
        return user.asSystem(() -> {
            String code = "IT.CLUSTER." + Long.toString(System.nanoTime(), 36).toUpperCase();
            Organisation unit = unit(code + ".UNIT");
            Organisation reviewer = unit(code + ".REVIEW");
            CycleData d = new CycleData();
            d.code = code;
            d.planId = plans.findByCode("SN-2024-IWR").orElseThrow().getId();
            d.nameZh = "两节点测试周期";
            d.frequency = "SEMI_ANNUAL";
            d.dueDaysAfterPeriod = 10;
            d.reviewerId = reviewer.getId();
            d.firstPeriodStart = "2040-01-01";
            d.lastPeriodEnd = "2040-12-31";
            d.reminderDaysBefore = List.of(14, 3);
            d.participants = List.of(new CycleData.ParticipantData(unit.getId(), null, null));
            ReportingCycle c = cycles.create(d, LocalDate.of(2039, 12, 1)); // nothing open yet
            return Json.createObjectBuilder().add("cycleId", c.getId()).add("unitMail", unit.getEmail()).build().toString();
        });
    }

    private Organisation unit(String code) {
        return organisations.create(new OrganisationData(code, "CITY_BUREAU", "两节点测试 " + code, "Cluster test " + code,
                organisations.findByCode("610100").orElseThrow().getId(), List.of(), null, code.toLowerCase() + "@it.policy-tracker.example"));
    }

    /** What the job's first step does for one cycle: opens its periods begun by {@code date}. */
    @POST
    @Path("open")
    @Transactional
    public String open(@QueryParam("cycle") long cycle, @QueryParam("date") String date) {
        int opened = user.asSystem(() -> cycles.openPeriods(em.find(ReportingCycle.class, cycle), LocalDate.parse(date)));
        return Json.createObjectBuilder().add("opened", opened).build().toString();
    }

    /** The job's second step: the reminders due on {@code date}. */
    @POST
    @Path("remind")
    public String remind(@QueryParam("date") String date) {
        int sent = user.asSystem(() -> reminders.run(LocalDate.parse(date), Instant.now()));
        return Json.createObjectBuilder().add("sent", sent).build().toString();
    }

    /** The cycle's submission slots: how many, and how many distinct organisation-and-period pairs. */
    @GET
    @Path("slots")
    public String slots(@QueryParam("cycle") long cycle) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), count(distinct organisation_id, period_code) from submission where cycle_id = ?1")
                .setParameter(1, cycle).getSingleResult();
        return Json.createObjectBuilder().add("slots", ((Number) r[0]).intValue()).add("distinct", ((Number) r[1]).intValue()).build().toString();
    }
}
