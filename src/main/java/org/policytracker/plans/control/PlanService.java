package org.policytracker.plans.control;

import static org.policytracker.platform.validation.Values.date;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.PlanLevel;
import org.policytracker.plans.entity.PlanStatus;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.plans.entity.Plan_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Join;

/** Plans: list and search, read, create, change. */
@ApplicationScoped
@Transactional
public class PlanService {

    public static final String ENTITY = "plan";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    AccessPolicy access;

    @Inject
    PlanAccess planAccess;


    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Plan> list(String text, PlanLevel level, PlanStatus status, Long issuerId, int page, int size) {
        access.requireSignedIn();
        Scope<Plan> scope = planAccess.planScope();
        return CriteriaPage.page(em, Plan.class, (cb, p, query) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.on(cb, query, p)));
            if (CriteriaPage.given(text)) {
                where.add(CriteriaPage.containing(cb, CriteriaPage.pattern(text), p.get(Plan_.titleZh), p.get(Plan_.titleEn),
                        p.get(Plan_.documentNumber), p.get(Plan_.code)));
            }
            if (level != null) {
                where.add(cb.equal(p.get(Plan_.level), level));
            }
            if (status != null) {
                where.add(cb.equal(p.get(Plan_.status), status));
            }
            if (issuerId != null) {
                Subquery<Long> issued = query.subquery(Long.class);
                Root<Plan> p2 = issued.from(Plan.class);
                Join<Plan, Organisation> issuer = p2.join(Plan_.issuers);
                where.add(cb.exists(issued.select(p2.get(Plan_.id)).where(cb.equal(p2, p), cb.equal(issuer.get(Organisation_.id), issuerId))));
            }
            return where;
        }, (cb, p) -> List.of(cb.desc(p.get(Plan_.issueDate)), cb.desc(p.get(Plan_.id))), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan get(long id) {
        access.requireSignedIn();
        Plan p = em.find(Plan.class, id);
        if (p == null || !visible(p)) {
            throw new NotFoundException(ENTITY, id);
        }
        return p;
    }

    /** Whether the current user may see the plan (a plan out of reach is reported as not existing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean visible(Plan p) {
        return access.within(em, Plan.class, p.getId(), planAccess.planScope());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan reference(Long id, String field) {
        if (id == null) {
            return null;
        }
        Plan p = em.find(Plan.class, id);
        if (p == null || !visible(p)) {
            throw new NotFoundException(ENTITY, id, field);
        }
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Plan> findByCode(String code) {
        try {
            return Optional.of(em.createQuery("select p from Plan p where p.code = :c order by p.id", Plan.class)
                    .setParameter("c", code).setMaxResults(1).getSingleResult());
        } catch (NoResultException e) {
            return Optional.empty();
        }
    }

    /** The plan of {@code owner} (none: a reference document) with that code: codes are unique per owner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Plan> findByCode(Organisation owner, String code) {
        var q = em.createQuery("select p from Plan p where p.code = :c and " + (owner == null ? "p.owner is null" : "p.owner = :o"),
                Plan.class).setParameter("c", code);
        if (owner != null) {
            q.setParameter("o", owner);
        }
        return q.getResultStream().findFirst();
    }

    public Plan create(PlanData data) {
        Organisation owner = planAccess.ownerForNewPlan(organisations.reference(data.ownerId(), "ownerId"));
        // unique among the owner's plans only: a clash never tells the code of a plan the user cannot see
        if (findByCode(owner, data.code().strip()).isPresent()) {
            throw new InvalidRequestException("code", "plan.code.taken", data.code());
        }
        Plan p = new Plan(data.code().strip(), data.titleZh().strip(), enumOf(PlanLevel.class, data.level()));
        apply(p, data);
        p.setOwner(owner);
        em.persist(p);
        em.flush();
        return p;
    }

    public Plan update(long id, PlanData data) {
        Plan p = get(id);
        planAccess.requireCanChange(p);
        StaleUpdateException.check(ENTITY, id, data.version(), p.getVersion());
        if (data.ownerId() != null && (p.getOwner() == null || !data.ownerId().equals(p.getOwner().getId()))) {
            // handing a plan to another office is the administrator's decision; no ownerId keeps the owner
            access.requireOrganisationAdmin();
            p.setOwner(organisations.reference(data.ownerId(), "ownerId"));
        }
        findByCode(p.getOwner(), data.code().strip()).filter(o -> !o.getId().equals(p.getId())).ifPresent(o -> {
            throw new InvalidRequestException("code", "plan.code.taken", data.code());
        });
        p.setCode(data.code().strip());
        p.setTitleZh(data.titleZh().strip());
        p.setLevel(enumOf(PlanLevel.class, data.level()));
        apply(p, data);
        em.flush();
        return p;
    }

    private void apply(Plan p, PlanData data) {
        LocalDate start = date(data.periodStart());
        LocalDate end = date(data.periodEnd());
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidRequestException("periodEnd", "plan.period.order");
        }
        p.setTitleEn(trimToNull(data.titleEn()));
        p.setDocumentNumber(trimToNull(data.documentNumber()));
        p.changeStatus(enumOf(PlanStatus.class, data.status(), PlanStatus.IN_FORCE));
        p.setIssueDate(date(data.issueDate()));
        p.setPeriodStart(start);
        p.setPeriodEnd(end);
        p.setOverallGoalsZh(trimToNull(data.overallGoalsZh()));
        p.setOverallGoalsEn(trimToNull(data.overallGoalsEn()));
        List<Organisation> issuers = new ArrayList<>();
        List<Long> issuerIds = data.issuerIds() == null ? List.of() : data.issuerIds();
        for (int i = 0; i < issuerIds.size(); i++) {
            if (issuerIds.get(i) == null) {
                throw new InvalidRequestException("issuerIds[" + i + "]", "field.required");
            }
            Organisation o = organisations.reference(issuerIds.get(i), "issuerIds[" + i + "]");
            if (!issuers.contains(o)) {
                issuers.add(o);
            }
        }
        p.replaceIssuers(issuers);
        Set<Plan> implemented = new LinkedHashSet<>();
        List<Long> implIds = data.implementsPlanIds() == null ? List.of() : data.implementsPlanIds();
        for (int i = 0; i < implIds.size(); i++) {
            if (implIds.get(i) == null) {
                throw new InvalidRequestException("implementsPlanIds[" + i + "]", "field.required");
            }
            Plan other = reference(implIds.get(i), "implementsPlanIds[" + i + "]");
            if (other == p) {
                throw new InvalidRequestException("implementsPlanIds[" + i + "]", "plan.implements.self");
            }
            implemented.add(other);
        }
        p.replaceImplemented(implemented);
    }
}
