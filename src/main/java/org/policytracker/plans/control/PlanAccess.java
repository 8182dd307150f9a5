package org.policytracker.plans.control;

import static org.policytracker.platform.persistence.Scope.entity;
import static org.policytracker.platform.persistence.Scope.path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Plan_;
import org.policytracker.plans.entity.Task_;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitAssignment_;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.security.control.Role;

/**
 * Who sees and changes which plans and tasks (docs/security.md): the plans capability's own rules, stated over its
 * entities' metamodel names; identity, roles and the organisation chain come from {@link AccessPolicy}.
 *
 * <ul>
 * <li>Everyone signed in sees the published reference documents (plans without an owner); administrator and auditor
 *     see everything.</li>
 * <li>A plan office sees and changes the plans its organisation owns (or issued jointly), with their tasks and targets.</li>
 * <li>A provincial department sees the tasks it leads, shares, cooperates on or guides, with the sections above them and the
 *     sub-tasks below, and the plans they belong to.</li>
 * <li>A city bureau or county sees the tasks assigned to it, to its city, or to "the relevant departments of each
 *     city" of a province or city above it; a park committee those assigned to its park or to "park management
 *     agencies" above it.</li>
 * </ul>
 */
@ApplicationScoped
public class PlanAccess {

    private static final Set<UnitRole> DEPARTMENT_ROLES =
            EnumSet.of(UnitRole.LEAD, UnitRole.CO_RESPONSIBLE, UnitRole.COOPERATING, UnitRole.GUIDING);

    @Inject
    AccessPolicy access;

    /** Which plans the user may see, for a query over {@code Plan alias}. */
    public Scope planScope(String alias) {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        any.add(path(alias, Plan_.OWNER) + " is null");
        Organisation me = access.user().organisation().orElse(null);
        if (me != null) {
            params.put("acc_me", me.getId());
            if (access.user().has(Role.PLAN_OFFICE)) {
                any.add(path(alias, Plan_.OWNER, Organisation_.ID) + " = :acc_me");
                any.add("exists (select 1 from " + entity(Plan.class) + " acc_p join " + path("acc_p", Plan_.ISSUERS)
                        + " acc_i where acc_p = " + alias + " and " + path("acc_i", Organisation_.ID) + " = :acc_me)");
            }
            String match = assignmentMatch("acc_a", me, params);
            if (match != null) {
                any.add("exists (select 1 from " + entity(UnitAssignment.class) + " acc_a where "
                        + path("acc_a", UnitAssignment_.TASK, Task_.PLAN) + " = " + alias + " and (" + match + "))");
            }
        }
        return Scope.anyOf(any, params);
    }

    /** Which tasks the user may see, for a query over {@code Task alias}. */
    public Scope taskScope(String alias) {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        any.add(path(alias, Task_.PLAN, Plan_.OWNER) + " is null");
        Organisation me = access.user().organisation().orElse(null);
        if (me != null) {
            params.put("acc_me", me.getId());
            if (access.user().has(Role.PLAN_OFFICE)) {
                any.add(path(alias, Task_.PLAN, Plan_.OWNER, Organisation_.ID) + " = :acc_me");
            }
            String match = assignmentMatch("acc_a", me, params);
            if (match != null) {
                // the assigned task itself, the sections above it and the sub-tasks below it
                String mine = path("acc_m", Task_.SORT_PATH);
                String theirs = path(alias, Task_.SORT_PATH);
                any.add("exists (select 1 from " + entity(UnitAssignment.class) + " acc_a join " + path("acc_a", UnitAssignment_.TASK)
                        + " acc_m where " + path("acc_m", Task_.PLAN) + " = " + path(alias, Task_.PLAN) + " and (" + match + ") and ("
                        + mine + " = " + theirs + " or " + mine + " like concat(" + theirs + ", '.%') or " + theirs
                        + " like concat(" + mine + ", '.%')))");
            }
        }
        return Scope.anyOf(any, params);
    }

    /** Changing a plan, its tasks or targets: its own plan office; the administrator for reference documents. */
    public void requireCanChange(Plan plan) {
        if (access.user().isSystem()) {
            return;
        }
        Organisation owner = plan.getOwner();
        if (owner == null && access.user().has(Role.ADMINISTRATOR)) {
            return;
        }
        if (owner != null && access.user().has(Role.PLAN_OFFICE)
                && access.user().organisation().map(o -> o.getId().equals(owner.getId())).orElse(false)) {
            return;
        }
        throw new AccessDeniedException("access.plans.change");
    }

    /**
     * Creating a plan: a plan office creates it for its own organisation (owner), the administrator creates reference
     * documents or plans for any office.
     *
     * @return the owner the plan must have
     */
    public Organisation ownerForNewPlan(Organisation requestedOwner) {
        if (access.user().isSystem() || access.user().has(Role.ADMINISTRATOR)) {
            return requestedOwner;
        }
        if (access.user().has(Role.PLAN_OFFICE)) {
            Organisation mine = access.user().organisation().orElseThrow(() -> new AccessDeniedException("access.noOrganisation"));
            if (requestedOwner != null && !requestedOwner.getId().equals(mine.getId())) {
                throw new AccessDeniedException("access.plans.otherOwner");
            }
            return mine;
        }
        throw new AccessDeniedException("access.plans.create");
    }

    /** The condition under which an assignment (alias {@code a}) names the user's organisation, or null. */
    private String assignmentMatch(String a, Organisation me, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        List<Long> ancestors = me.selfAndAncestors().stream().skip(1).map(Organisation::getId).toList();
        String org = path(a, UnitAssignment_.ORGANISATION, Organisation_.ID);
        String coverage = path(a, UnitAssignment_.COVERAGE);
        if (access.user().hasAny(Role.PROVINCIAL_DEPARTMENT, Role.PLAN_OFFICE)) {
            any.add("(" + org + " = :acc_me and " + path(a, UnitAssignment_.ROLE) + " in :acc_deptRoles)");
            params.put("acc_deptRoles", DEPARTMENT_ROLES);
        }
        if (access.user().hasAny(Role.CITY_BUREAU, Role.COUNTY)) {
            any.add(org + " = :acc_me");
            if (me.getKind() == OrganisationKind.CITY_BUREAU && me.getParent() != null
                    && me.getParent().getKind() == OrganisationKind.CITY) {
                any.add(org + " = :acc_city");
                params.put("acc_city", me.getParent().getId());
            }
            if (!ancestors.isEmpty()) {
                any.add("(" + coverage + " = :acc_eachCity and " + org + " in :acc_ancestors)");
                params.put("acc_eachCity", Coverage.EACH_CITY);
                params.put("acc_ancestors", ancestors);
            }
        }
        if (access.user().has(Role.PARK_COMMITTEE)) {
            any.add(org + " = :acc_me");
            if (!ancestors.isEmpty()) {
                any.add("(" + coverage + " = :acc_eachPark and " + org + " in :acc_ancestors)");
                params.put("acc_eachPark", Coverage.EACH_PARK);
                params.put("acc_ancestors", ancestors);
            }
        }
        return any.isEmpty() ? null : String.join(" or ", any);
    }
}
