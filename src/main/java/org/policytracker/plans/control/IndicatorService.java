package org.policytracker.plans.control;

import org.policytracker.plans.entity.Indicator_;
import org.policytracker.platform.persistence.CriteriaPage;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.plans.entity.Aggregation;
import org.policytracker.plans.entity.Direction;
import org.policytracker.plans.entity.Indicator;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Relation;
import org.policytracker.plans.entity.Target;
import org.policytracker.plans.entity.Task;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.organisations.entity.Organisation;
import java.util.ArrayList;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.plans.entity.Task_;
import org.policytracker.plans.entity.Target_;
import org.policytracker.plans.entity.Plan_;
import jakarta.persistence.criteria.Predicate;

/** Indicators and the targets plans set for them. */
@ApplicationScoped
@Transactional
public class IndicatorService {

    public static final String INDICATOR = "indicator";
    public static final String TARGET = "target";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    OrganisationService organisations;

    @Inject
    AccessPolicy access;

    @Inject
    PlanAccess planAccess;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Indicator> indicators(String text, int page, int size) {
        access.requireSignedIn();
        return CriteriaPage.page(em, Indicator.class, (cb, i, query) -> !CriteriaPage.given(text) ? List.of()
                : List.of(CriteriaPage.containing(cb, CriteriaPage.pattern(text), i.get(Indicator_.code), i.get(Indicator_.nameZh),
                        i.get(Indicator_.nameEn))), (cb, i) -> List.of(cb.asc(i.get(Indicator_.code))), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator indicator(long id) {
        access.requireSignedIn();
        Indicator i = em.find(Indicator.class, id);
        if (i == null) {
            throw new NotFoundException(INDICATOR, id);
        }
        return i;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Indicator> indicatorByCode(String code) {
        try {
            return Optional.of(em.createQuery("select i from Indicator i where i.code = :c", Indicator.class)
                    .setParameter("c", code).getSingleResult());
        } catch (NoResultException e) {
            return Optional.empty();
        }
    }

    public Indicator createIndicator(IndicatorData d) {
        access.requireIndicatorEditor();
        if (indicatorByCode(d.code().strip()).isPresent()) {
            throw new InvalidRequestException("code", "indicator.code.taken", d.code());
        }
        Indicator i = new Indicator(d.code().strip(), d.nameZh().strip(), d.nameEn().strip(), d.unit().strip(),
                enumOf(Direction.class, d.direction()), enumOf(Aggregation.class, d.aggregation()));
        i.setCountsRecognition(trimToNull(d.countsRecognition()));
        i.setOwner(access.keeperOfNew());
        em.persist(i);
        em.flush();
        return i;
    }

    public Indicator updateIndicator(long id, IndicatorData d) {
        access.requireIndicatorEditor();
        Indicator i = indicator(id);
        access.requireKeeper(i.getOwner(), "access.indicators.keeper");
        StaleUpdateException.check(INDICATOR, id, d.version(), i.getVersion());
        indicatorByCode(d.code().strip()).filter(o -> !o.getId().equals(i.getId())).ifPresent(o -> {
            throw new InvalidRequestException("code", "indicator.code.taken", d.code());
        });
        i.change(d.code().strip(), d.nameZh().strip(), d.nameEn().strip(), d.unit().strip(),
                enumOf(Direction.class, d.direction()), enumOf(Aggregation.class, d.aggregation()));
        i.setCountsRecognition(trimToNull(d.countsRecognition()));
        em.flush();
        return i;
    }

    /**
     * Indicators nobody keeps yet take the owner of the plan that set the first target for them (the demo data is
     * loaded by the system, which keeps nothing itself).
     */
    public int adoptUnowned() {
        int n = 0;
        for (Indicator i : em.createQuery("select i from Indicator i where i.owner is null", Indicator.class).getResultList()) {
            var owner = em.createQuery("select t.plan.owner from Target t where t.indicator = :i and t.plan.owner is not null"
                    + " order by t.id", Organisation.class).setParameter("i", i)
                    .setMaxResults(1).getResultStream().findFirst();
            if (owner.isPresent()) {
                i.setOwner(owner.get());
                n++;
            }
        }
        return n;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Target> targets(Long planId, Long indicatorId, Long scopeId, Long taskId, int page, int size) {
        access.requireSignedIn();
        Scope<Plan> scope = planAccess.planScope();
        return CriteriaPage.page(em, Target.class, (cb, t, query) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.on(cb, query, t.get(Target_.plan))));
            if (planId != null) {
                where.add(cb.equal(t.get(Target_.plan).get(Plan_.id), planId));
            }
            if (indicatorId != null) {
                where.add(cb.equal(t.get(Target_.indicator).get(Indicator_.id), indicatorId));
            }
            if (scopeId != null) {
                where.add(cb.equal(t.get(Target_.scope).get(Organisation_.id), scopeId));
            }
            if (taskId != null) {
                where.add(cb.equal(t.get(Target_.task).get(Task_.id), taskId));
            }
            return where;
        }, (cb, t) -> List.of(cb.asc(t.get(Target_.plan).get(Plan_.id)), cb.asc(t.get(Target_.targetYear)), cb.asc(t.get(Target_.id))),
                t -> {
                    t.fetch(Target_.indicator);
                    t.fetch(Target_.scope);
                }, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Target target(long id) {
        access.requireSignedIn();
        Target t = em.find(Target.class, id);
        if (t == null || !plans.visible(t.getPlan())) {
            throw new NotFoundException(TARGET, id);
        }
        return t;
    }

    public Target createTarget(TargetData d) {
        if (d.planId() == null) {
            throw new InvalidRequestException("planId", "field.required");
        }
        Plan plan = plans.reference(d.planId(), "planId");
        planAccess.requireCanChange(plan);
        Target t = new Target(reference(d.indicatorId()), plan, organisations.reference(d.scopeId(), "scopeId"),
                enumOf(Relation.class, d.relation()), d.targetYear());
        apply(t, d);
        em.persist(t);
        em.flush();
        return t;
    }

    public Target updateTarget(long id, TargetData d) {
        Target t = target(id);
        planAccess.requireCanChange(t.getPlan());
        StaleUpdateException.check(TARGET, id, d.version(), t.getVersion());
        if (d.planId() != null && !d.planId().equals(t.getPlan().getId())) {
            throw new InvalidRequestException("planId", "target.plan.fixed");
        }
        t.setIndicator(reference(d.indicatorId()));
        t.setScope(organisations.reference(d.scopeId(), "scopeId"));
        t.setRelation(enumOf(Relation.class, d.relation()));
        t.setTargetYear(d.targetYear());
        apply(t, d);
        em.flush();
        return t;
    }

    private Indicator reference(Long id) {
        Indicator i = em.find(Indicator.class, id);
        if (i == null) {
            throw new NotFoundException(INDICATOR, id, "indicatorId");
        }
        return i;
    }

    private void apply(Target t, TargetData d) {
        if (d.targetValue() == null && d.relativeChangePercent() == null) {
            throw new InvalidRequestException("targetValue", "target.value.required");
        }
        if (d.relativeChangePercent() != null && d.baselineYear() == null) {
            throw new InvalidRequestException("baselineYear", "target.baseline.required");
        }
        if (d.baselineYear() != null && d.baselineYear() > d.targetYear()) {
            throw new InvalidRequestException("baselineYear", "target.baseline.afterTarget");
        }
        Task task = null;
        if (d.taskId() != null) {
            task = em.find(Task.class, d.taskId());
            if (task == null || !task.getPlan().getId().equals(t.getPlan().getId()) && !plans.visible(task.getPlan())) {
                // a task of a plan the user cannot see does not exist for them
                throw new NotFoundException(TaskService.ENTITY, d.taskId(), "taskId");
            }
            if (!task.getPlan().getId().equals(t.getPlan().getId())) {
                throw new InvalidRequestException("taskId", "target.task.otherPlan");
            }
        }
        t.setTask(task);
        t.setBaselineYear(d.baselineYear());
        t.setBaselineValue(d.baselineValue());
        t.setTargetValue(d.targetValue());
        t.setRelativeChangePercent(d.relativeChangePercent());
        t.setStatement(trimToNull(d.statement()));
    }

    /** All targets of a plan, for a plan's detail and its reports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Target> targetsOf(long planId) {
        return targets(planId, null, null, null, 0, Page.EVERY).all();
    }
}
