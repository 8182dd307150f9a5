package org.policytracker.security.control;

import org.policytracker.platform.rest.AccessDeniedException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.platform.persistence.BaseEntity_;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.platform.persistence.Scope;

/**
 * Who is acting, with which roles, for which organisation, and the rules that need nothing else: the auditor and the
 * administrator see everything, the audit trail and people are theirs, shared reference data is changed by its
 * keeper, an organisation lies within another or speaks for a province. Each capability states what its own records'
 * visibility and changes depend on next to its entities, from these ({@code PlanAccess}, {@code ReportingAccess},
 * {@code ParkAccess}, {@code AnswerVisibility}; docs/security.md). Security knows no capability's entities.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    CurrentUser user;

    public CurrentUser user() {
        return user;
    }

    public boolean seesEverything() {
        return user.isSystem() || user.hasAny(Role.AUDITOR, Role.ADMINISTRATOR);
    }

    /** Every signed-in user with a role of this application. */
    public void requireSignedIn() {
        if (!user.isSystem() && user.roles().isEmpty()) {
            throw new AccessDeniedException("access.noRole");
        }
    }

    public void requireOrganisationAdmin() {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.organisations.adminOnly");
        }
    }

    /** Synthetic data (a province for trying the system at size): the administrator. */
    public void requireSyntheticDataMaker() {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.synthetic.adminOnly");
        }
    }

    /** The audit trail: the auditor and the administrator. */
    public void requireAuditReader() {
        if (!user.hasAny(Role.AUDITOR, Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.audit.readers");
        }
    }

    /** Who works for which organisation: the administrator changes it, the auditor reads it too. */
    public void requirePeopleReader() {
        if (!user.hasAny(Role.AUDITOR, Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.people.admin");
        }
    }

    /** Whether the user's organisation is {@code organisation} or lies under it (a city's bureau within its province). */
    public boolean within(Organisation organisation) {
        return organisation != null && user.organisation().map(o -> o.selfAndAncestors().stream()
                .anyMatch(a -> a.getId().equals(organisation.getId()))).orElse(false);
    }

    /**
     * Whether the user speaks for {@code province} towards the national agencies: a plan office of the province's own
     * government or of one of its provincial departments (陕西省工业和信息化厅) — not a city's or a county's office inside
     * it, which reports upwards but does not send the province's documents.
     */
    public boolean speaksForProvince(Organisation province) {
        if (province == null || !user.has(Role.PLAN_OFFICE)) {
            return false;
        }
        return user.organisation().map(o -> o.getId().equals(province.getId())
                || o.getKind() == OrganisationKind.PROVINCIAL_DEPARTMENT && o.getParent() != null
                && o.getParent().getId().equals(province.getId())).orElse(false);
    }

    /** Whether a check passes for a real user (the views' hints; the services still check). */
    public boolean allows(Runnable check) {
        try {
            check.run();
            return !user.isSystem();
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Whether the user keeps the typical-case catalogue (plan office, administrator). */
    public boolean canEditCases() {
        return user.hasAny(Role.PLAN_OFFICE, Role.ADMINISTRATOR);
    }

    /** Importing lists of typical cases: a plan office or the administrator. */
    public void requireCaseEditor() {
        if (!canEditCases()) {
            throw new AccessDeniedException("access.cases.editors");
        }
    }

    public void requireIndicatorEditor() {
        if (!user.hasAny(Role.PLAN_OFFICE, Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.indicators.editors");
        }
    }

    /**
     * Changing shared reference data (an indicator, a list of typical cases): the organisation that keeps it — a plan
     * office of that organisation — or the administrator; what nobody keeps, the administrator alone. Others use it.
     */
    public void requireKeeper(Organisation keeper, String messageKey) {
        if (user.isSystem() || user.has(Role.ADMINISTRATOR)) {
            return;
        }
        boolean mine = keeper != null && user.has(Role.PLAN_OFFICE)
                && user.organisation().map(o -> o.getId().equals(keeper.getId())).orElse(false);
        if (!mine) {
            throw new AccessDeniedException(messageKey);
        }
    }

    /** Who keeps reference data the user creates now: their organisation; none for the administrator and the system. */
    public Organisation keeperOfNew() {
        if (user.isSystem() || user.has(Role.ADMINISTRATOR)) {
            return null;
        }
        return user.organisation().orElse(null);
    }

    /** Whether the record {@code id} of {@code entity} lies within {@code scope}. */
    public <X extends BaseEntity> boolean within(EntityManager em, Class<X> entity, Long id, Scope<X> scope) {
        if (seesEverything()) {
            return true;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<X> x = q.from(entity);
        q.select(cb.count(x)).where(cb.equal(x.get(BaseEntity_.id), id), scope.on(cb, q, x));
        return em.createQuery(q).getSingleResult() > 0;
    }
}
