package org.policytracker.plans.control;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Plan_;
import org.policytracker.plans.entity.Task;
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

    /** Which plans the user may see. */
    public Scope<Plan> planScope() {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Organisation me = access.user().organisation().orElse(null);
        boolean office = access.user().has(Role.PLAN_OFFICE);
        AssignmentMatch match = me == null ? null : assignmentMatch(me);
        return (cb, query, plan) -> {
            List<Predicate> any = new ArrayList<>();
            any.add(cb.isNull(plan.get(Plan_.owner)));
            if (me != null) {
                if (office) {
                    any.add(cb.equal(plan.get(Plan_.owner).get(Organisation_.id), me.getId()));
                    Subquery<Long> issued = query.subquery(Long.class);
                    Root<Plan> p = issued.from(Plan.class);
                    Join<Plan, Organisation> issuer = p.join(Plan_.issuers);
                    any.add(cb.exists(issued.select(p.get(Plan_.id))
                            .where(cb.equal(p, plan), cb.equal(issuer.get(Organisation_.id), me.getId()))));
                }
                if (match != null) {
                    Subquery<Long> assigned = query.subquery(Long.class);
                    Root<UnitAssignment> a = assigned.from(UnitAssignment.class);
                    any.add(cb.exists(assigned.select(a.get(UnitAssignment_.id))
                            .where(cb.equal(a.get(UnitAssignment_.task).get(Task_.plan), plan), match.on(cb, a))));
                }
            }
            return Scope.anyOf(cb, any);
        };
    }

    /** Which tasks the user may see: those of plans they own, and those assigned to them with the sections above and sub-tasks below. */
    public Scope<Task> taskScope() {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Organisation me = access.user().organisation().orElse(null);
        boolean office = access.user().has(Role.PLAN_OFFICE);
        AssignmentMatch match = me == null ? null : assignmentMatch(me);
        return (cb, query, task) -> {
            List<Predicate> any = new ArrayList<>();
            any.add(cb.isNull(task.get(Task_.plan).get(Plan_.owner)));
            if (me != null && office) {
                any.add(cb.equal(task.get(Task_.plan).get(Plan_.owner).get(Organisation_.id), me.getId()));
            }
            if (match != null) {
                // the assigned task itself, the sections above it and the sub-tasks below it
                Subquery<Long> assigned = query.subquery(Long.class);
                Root<UnitAssignment> a = assigned.from(UnitAssignment.class);
                Join<UnitAssignment, Task> m = a.join(UnitAssignment_.task);
                Expression<String> mine = m.get(Task_.sortPath);
                Expression<String> theirs = task.get(Task_.sortPath);
                any.add(cb.exists(assigned.select(a.get(UnitAssignment_.id)).where(cb.equal(m.get(Task_.plan), task.get(Task_.plan)),
                        match.on(cb, a), cb.or(cb.equal(mine, theirs), cb.like(mine, cb.concat(theirs, ".%")),
                                cb.like(theirs, cb.concat(mine, ".%"))))));
            }
            return Scope.anyOf(cb, any);
        };
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

    /** The condition under which an assignment names the user's organisation. */
    @FunctionalInterface
    private interface AssignmentMatch {
        Predicate on(CriteriaBuilder cb, Path<UnitAssignment> a);
    }

    /** When an assignment names the user's organisation {@code me} (by their roles), or null when none can. */
    private AssignmentMatch assignmentMatch(Organisation me) {
        List<Long> ancestors = me.selfAndAncestors().stream().skip(1).map(Organisation::getId).toList();
        boolean department = access.user().hasAny(Role.PROVINCIAL_DEPARTMENT, Role.PLAN_OFFICE);
        boolean local = access.user().hasAny(Role.CITY_BUREAU, Role.COUNTY);
        boolean park = access.user().has(Role.PARK_COMMITTEE);
        Long city = me.getKind() == OrganisationKind.CITY_BUREAU && me.getParent() != null
                && me.getParent().getKind() == OrganisationKind.CITY ? me.getParent().getId() : null;
        if (!department && !local && !park) {
            return null;
        }
        return (cb, a) -> {
            Path<Long> org = a.get(UnitAssignment_.organisation).get(Organisation_.id);
            Path<Coverage> coverage = a.get(UnitAssignment_.coverage);
            List<Predicate> any = new ArrayList<>();
            if (department) {
                any.add(cb.and(cb.equal(org, me.getId()), a.get(UnitAssignment_.role).in(DEPARTMENT_ROLES)));
            }
            if (local || park) {
                any.add(cb.equal(org, me.getId()));
            }
            if (local && city != null) {
                any.add(cb.equal(org, city));
            }
            if (local && !ancestors.isEmpty()) {
                any.add(cb.and(cb.equal(coverage, Coverage.EACH_CITY), org.in(ancestors)));
            }
            if (park && !ancestors.isEmpty()) {
                any.add(cb.and(cb.equal(coverage, Coverage.EACH_PARK), org.in(ancestors)));
            }
            return Scope.anyOf(cb, any);
        };
    }
}
