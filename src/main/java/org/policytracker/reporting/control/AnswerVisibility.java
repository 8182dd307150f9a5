package org.policytracker.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.reporting.entity.ReportingCycle_;
import org.policytracker.reporting.entity.Submission_;
import org.policytracker.reporting.entity.Submission;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaBuilder;

/**
 * Whose answers a person may read in what is computed from a plan's reports (its progress, the start page, the
 * summaries): the one rule every such view goes through (docs/security.md, "What each role sees of a plan's
 * progress"). The plan's office, the reviewer of one of its cycles, the auditor and the administrator read every
 * answer; the lead department of a task (a national, provincial or city department — not a county, park or city
 * named among the leads, which implements) reads every answer on that task and the tasks below it; everybody else reads the
 * answers of the organisations whose reports they may open (their own) — and of the rest only what the plan-level
 * figures hold (a task's light, percent and "n of N reported").
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnswerVisibility {

    /** The kinds of organisation that lead a task as its department (牵头部门). */
    static final Set<OrganisationKind> LEAD_DEPARTMENTS = java.util.EnumSet.of(OrganisationKind.NATIONAL_AGENCY,
            OrganisationKind.PROVINCIAL_DEPARTMENT, OrganisationKind.CITY_BUREAU);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    ReportingAccess reportingAccess;

    /** Who the answers are readable from, for one plan and one caller. Equal readers read equal answers. */
    public record Readers(boolean all, Set<Long> organisations, Set<Long> ledTasks) {

        /** Whether the answer of {@code organisationId} on {@code task} may be shown. */
        public boolean reads(Task task, long organisationId) {
            if (all || organisations.contains(organisationId)) {
                return true;
            }
            for (Task t = task; t != null && !ledTasks.isEmpty(); t = t.getParent()) {
                if (ledTasks.contains(t.getId())) {
                    return true;
                }
            }
            return false;
        }
    }

    public Readers of(Plan plan) {
        if (access.seesEverything()) {
            return new Readers(true, Set.of(), Set.of());
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me == null) {
            return new Readers(false, Set.of(), Set.of());
        }
        boolean owns = plan.getOwner() != null && plan.getOwner().getId().equals(me.getId());
        boolean reviews = em.createQuery("select count(c) from ReportingCycle c where c.plan = :p and c.reviewer.id = :me",
                Long.class).setParameter("p", plan).setParameter("me", me.getId()).getSingleResult() > 0;
        if (owns || reviews) {
            return new Readers(true, Set.of(), Set.of());
        }
        Set<Long> orgs = new HashSet<>();
        orgs.add(me.getId());
        Scope<Submission> scope = reportingAccess.submissionScope();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Submission> s = q.from(Submission.class);
        q.select(s.get(Submission_.organisation).get(Organisation_.id)).distinct(true)
                .where(cb.equal(s.get(Submission_.cycle).get(ReportingCycle_.plan), plan), scope.on(cb, q, s));
        orgs.addAll(em.createQuery(q).getResultList());
        // a lead department coordinates its task and reads every answer on it; a county, park or city named among the
        // leads implements it and reads its own
        Set<Long> led = !LEAD_DEPARTMENTS.contains(me.getKind()) ? Set.of() : new HashSet<>(em.createQuery(
                "select a.task.id from UnitAssignment a where a.task.plan = :p and a.organisation.id = :me and a.role = :lead",
                Long.class).setParameter("p", plan).setParameter("me", me.getId()).setParameter("lead", UnitRole.LEAD).getResultList());
        return new Readers(false, Set.copyOf(orgs), Set.copyOf(led));
    }
}
