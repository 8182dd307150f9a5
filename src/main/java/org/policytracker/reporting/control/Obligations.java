package org.policytracker.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Indicator;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Target;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitRole;

/**
 * Who must report on what (docs/reporting-rules.md): an organisation answers for every task of
 * the plan it is named for as lead (牵头), co-responsible (负责) or implementing unit (实施) — the
 * cooperating units (配合) report through the lead — and, where the text says "each city" or
 * "each park", every city (or city bureau) or park under the named organisation.
 */
@ApplicationScoped
public class Obligations {

    static final Set<UnitRole> REPORTING_ROLES = EnumSet.of(UnitRole.LEAD, UnitRole.CO_RESPONSIBLE, UnitRole.IMPLEMENTING);

    @PersistenceContext
    EntityManager em;

    /** Whether the assignment obliges {@code org}. */
    public static boolean obliges(UnitAssignment a, Organisation org) {
        if (!REPORTING_ROLES.contains(a.getRole())) {
            return false;
        }
        Long named = a.getOrganisation().getId();
        if (a.getCoverage() == Coverage.SELF) {
            return named.equals(org.getId());
        }
        boolean under = org.selfAndAncestors().stream().skip(1).anyMatch(o -> o.getId().equals(named));
        return under && switch (a.getCoverage()) {
            case EACH_CITY -> org.getKind() == OrganisationKind.CITY || org.getKind() == OrganisationKind.CITY_BUREAU;
            case EACH_PARK -> org.getKind() == OrganisationKind.INDUSTRIAL_PARK;
            default -> false;
        };
    }

    /** The plan's assignments with their tasks and organisations, for {@link #tasksFor(List, Organisation)}. */
    public List<UnitAssignment> assignmentsOf(Plan plan) {
        return assignments(plan);
    }

    /** The plan's targets with their indicators, for {@link #indicatorsFor(List, Organisation, List)}. */
    public List<Target> targetsOf(Plan plan) {
        return em.createQuery("select t from Target t join fetch t.indicator where t.plan = :p order by t.id", Target.class)
                .setParameter("p", plan).getResultList();
    }

    private List<UnitAssignment> assignments(Plan plan) {
        return em.createQuery("select a from UnitAssignment a join fetch a.task t join fetch a.organisation"
                + " where t.plan = :p order by t.sortPath, a.position", UnitAssignment.class)
                .setParameter("p", plan).getResultList();
    }

    /** The plan's tasks {@code org} must report on, in document order. */
    public List<Task> tasksFor(Plan plan, Organisation org) {
        return tasksFor(assignments(plan), org);
    }

    /** The same from the plan's assignments read once ({@link #assignmentsOf}) for several organisations. */
    public static List<Task> tasksFor(List<UnitAssignment> assignments, Organisation org) {
        Set<Task> tasks = new LinkedHashSet<>();
        for (UnitAssignment a : assignments) {
            if (obliges(a, org)) {
                tasks.add(a.getTask());
            }
        }
        return new ArrayList<>(tasks);
    }

    /**
     * The indicators {@code org} reports values for: those with a target on one of its tasks or
     * scoped to the organisation itself.
     */
    public List<Indicator> indicatorsFor(Plan plan, Organisation org, List<Task> tasks) {
        return indicatorsFor(targetsOf(plan), org, tasks);
    }

    /** The same from the plan's targets read once ({@link #targetsOf}) for several organisations. */
    public static List<Indicator> indicatorsFor(List<Target> targets, Organisation org, List<Task> tasks) {
        Map<Long, Indicator> out = new LinkedHashMap<>();
        for (Target t : targets) {
            boolean mine = t.getScope().getId().equals(org.getId())
                    || (t.getTask() != null && tasks.stream().anyMatch(k -> k.getId().equals(t.getTask().getId())));
            if (mine) {
                out.putIfAbsent(t.getIndicator().getId(), t.getIndicator());
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The organisations a cycle of this plan would oblige by default: every unit named in a reporting
     * role and, for "each city" / "each park", the cities or parks under the named one — except the
     * organisation named {@code exclude} (the reviewing one, when nobody else could review its reports).
     */
    public List<Organisation> defaultParticipants(Plan plan, Organisation exclude) {
        Set<Organisation> out = new LinkedHashSet<>();
        List<Organisation> all = null;
        for (UnitAssignment a : assignments(plan)) {
            if (!REPORTING_ROLES.contains(a.getRole())) {
                continue;
            }
            if (a.getCoverage() == Coverage.SELF) {
                out.add(a.getOrganisation());
                continue;
            }
            if (all == null) {
                all = em.createQuery("select o from Organisation o order by o.code", Organisation.class).getResultList();
            }
            for (Organisation o : all) {
                // "each city": the city governments by default (a cycle may name a city's bureau instead)
                boolean fits = a.getCoverage() == Coverage.EACH_CITY ? o.getKind() == OrganisationKind.CITY
                        : o.getKind() == OrganisationKind.INDUSTRIAL_PARK;
                if (fits && obliges(a, o)) {
                    out.add(o);
                }
            }
        }
        out.removeIf(o -> exclude != null && o.getId().equals(exclude.getId()));
        return new ArrayList<>(out);
    }
}
