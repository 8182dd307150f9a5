package org.policytracker.plans.control;

import static org.policytracker.platform.validation.Values.date;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Milestone;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.plans.entity.UnitAssignment_;
import org.policytracker.plans.entity.Task_;
import org.policytracker.plans.entity.Plan_;
import org.policytracker.platform.persistence.CriteriaPage;
import java.util.function.Function;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.AbstractQuery;

/** A plan's task tree, the responsible units of each task, and the task lists people filter. */
@ApplicationScoped
@Transactional
public class TaskService {

    public static final String ENTITY = "task";
    private static final Set<OrganisationKind> CITY_LEVEL =
            Set.of(OrganisationKind.CITY, OrganisationKind.CITY_BUREAU, OrganisationKind.COUNTY);

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


    /** Every task of a plan in document order (parents before children). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Task> tree(long planId) {
        return tree(planId, Task.class, t -> t);
    }

    /** The ids of the tasks of {@link #tree(long)}, in the same order, without loading the tasks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> treeIds(long planId) {
        return tree(planId, Long.class, t -> t.get(Task_.id));
    }

    /**
     * How many tasks the plan has in all, seen or not (a report says "the plan has 100 tasks, 7 of them in this copy"):
     * a count of a plan the user sees, never which tasks.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countAll(long planId) {
        plans.get(planId);
        return em.createQuery("select count(t) from Task t where t.plan.id = :plan", Long.class).setParameter("plan", planId)
                .getSingleResult();
    }

    private <T> List<T> tree(long planId, Class<T> type, Function<Root<Task>, Expression<T>> select) {
        plans.get(planId);
        Scope<Task> scope = planAccess.taskScope();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<Task> t = q.from(Task.class);
        q.select(select.apply(t)).where(cb.equal(t.get(Task_.plan).get(Plan_.id), planId), scope.on(cb, q, t))
                .orderBy(cb.asc(t.get(Task_.sortPath)));
        return em.createQuery(q).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Task> list(TaskFilter f, int page, int size) {
        access.requireSignedIn();
        Scope<Task> scope = planAccess.taskScope();
        Organisation org = f.organisationId() == null ? null : organisations.reference(f.organisationId(), "organisation");
        return CriteriaPage.page(em, Task.class, (cb, t, query) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.on(cb, query, t)));
            if (f.planId() != null) {
                where.add(cb.equal(t.get(Task_.plan).get(Plan_.id), f.planId()));
            }
            if (org != null || f.role() != null) {
                where.add(assigned(cb, query, t, org, f.role()));
            }
            if (f.deadlineFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(t.get(Task_.deadline), f.deadlineFrom()));
            }
            if (f.deadlineTo() != null) {
                where.add(cb.lessThanOrEqualTo(t.get(Task_.deadline), f.deadlineTo()));
            }
            if (f.status() != null) {
                where.add(cb.equal(t.get(Task_.status), f.status()));
            }
            if (f.kind() != null) {
                where.add(cb.equal(t.get(Task_.kind), f.kind()));
            }
            if (CriteriaPage.given(f.text())) {
                where.add(CriteriaPage.containing(cb, CriteriaPage.pattern(f.text()), t.get(Task_.titleZh), t.get(Task_.titleEn),
                        t.get(Task_.description)));
            }
            return where;
        }, (cb, t) -> List.of(cb.asc(t.get(Task_.plan).get(Plan_.id)), cb.asc(t.get(Task_.sortPath))), page, size);
    }

    /**
     * The task is assigned to {@code org} (or to an ancestor with a coverage that names it: "each city") in
     * {@code role}; either may be null (any).
     */
    private static Predicate assigned(CriteriaBuilder cb, AbstractQuery<?> query, Root<Task> t, Organisation org, UnitRole role) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<UnitAssignment> a = sub.from(UnitAssignment.class);
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(a.get(UnitAssignment_.task), t)));
        if (org != null) {
            Path<Long> assignee = a.get(UnitAssignment_.organisation).get(Organisation_.id);
            Coverage covering = covering(org.getKind());
            List<Long> ancestors = org.selfAndAncestors().stream().skip(1).map(Organisation::getId).toList();
            where.add(covering != null && !ancestors.isEmpty()
                    ? cb.or(cb.equal(assignee, org.getId()), cb.and(cb.equal(a.get(UnitAssignment_.coverage), covering), assignee.in(ancestors)))
                    : cb.equal(assignee, org.getId()));
        }
        if (role != null) {
            where.add(cb.equal(a.get(UnitAssignment_.role), role));
        }
        return cb.exists(sub.select(a.get(UnitAssignment_.id)).where(where.toArray(Predicate[]::new)));
    }

    /** The coverage under which an assignment to an ancestor also names this kind of organisation. */
    static Coverage covering(OrganisationKind kind) {
        if (CITY_LEVEL.contains(kind)) {
            return Coverage.EACH_CITY;
        }
        if (kind == OrganisationKind.INDUSTRIAL_PARK) {
            return Coverage.EACH_PARK;
        }
        return null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Task get(long id) {
        access.requireSignedIn();
        Task t = em.find(Task.class, id);
        if (t == null || !visible(t)) {
            throw new NotFoundException(ENTITY, id);
        }
        return t;
    }

    private boolean visible(Task t) {
        return access.within(em, Task.class, t.getId(), planAccess.taskScope());
    }

    public Task create(TaskData data) {
        if (data.planId() == null) {
            throw new InvalidRequestException("planId", "field.required");
        }
        Plan plan = plans.reference(data.planId(), "planId");
        planAccess.requireCanChange(plan);
        Task parent = parentOf(plan, data.parentId(), null);
        int position = data.position() != null ? data.position() : nextPosition(plan, parent);
        Task t = new Task(plan, parent, enumOf(TaskKind.class, data.kind()), data.number().strip(), position);
        apply(t, data);
        em.persist(t);
        em.flush();
        return t;
    }

    public Task update(long id, TaskData data) {
        Task t = get(id);
        planAccess.requireCanChange(t.getPlan());
        StaleUpdateException.check(ENTITY, id, data.version(), t.getVersion());
        if (data.planId() != null && !data.planId().equals(t.getPlan().getId())) {
            throw new InvalidRequestException("planId", "task.plan.fixed");
        }
        Task parent = parentOf(t.getPlan(), data.parentId(), t);
        int position = data.position() != null ? data.position()
                : (parent == t.getParent() ? t.getPosition() : nextPosition(t.getPlan(), parent));
        boolean moved = parent != t.getParent() || position != t.getPosition();
        t.place(parent, position);
        t.setKind(enumOf(TaskKind.class, data.kind()));
        t.setNumber(data.number().strip());
        apply(t, data);
        if (moved) {
            repathDescendants(t);
        }
        em.flush();
        return t;
    }

    private Task parentOf(Plan plan, Long parentId, Task self) {
        if (parentId == null) {
            return null;
        }
        Task parent = em.find(Task.class, parentId);
        if (parent == null || !parent.getPlan().getId().equals(plan.getId()) && !plans.visible(parent.getPlan())) {
            // a task of a plan the user cannot see does not exist for them
            throw new NotFoundException(ENTITY, parentId, "parentId");
        }
        if (!parent.getPlan().getId().equals(plan.getId())) {
            throw new InvalidRequestException("parentId", "task.parent.otherPlan");
        }
        for (Task p = parent; self != null && p != null; p = p.getParent()) {
            if (p == self) {
                throw new InvalidRequestException("parentId", "task.parent.cycle");
            }
        }
        return parent;
    }

    private int nextPosition(Plan plan, Task parent) {
        Integer max = parent == null
                ? em.createQuery("select max(t.position) from Task t where t.plan = :plan and t.parent is null",
                        Integer.class).setParameter("plan", plan).getSingleResult()
                : em.createQuery("select max(t.position) from Task t where t.parent = :parent", Integer.class)
                        .setParameter("parent", parent).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void repathDescendants(Task moved) {
        List<Task> children = em.createQuery("select t from Task t where t.parent = :p", Task.class)
                .setParameter("p", moved).getResultList();
        for (Task child : children) {
            child.place(moved, child.getPosition());
            repathDescendants(child);
        }
    }

    private void apply(Task t, TaskData data) {
        t.setTitleZh(trimToNull(data.titleZh()));
        t.setTitleEn(trimToNull(data.titleEn()));
        t.setDescription(trimToNull(data.description()));
        t.setDeadline(date(data.deadline()));
        t.setDeadlineText(trimToNull(data.deadlineText()));
        t.setStatus(enumOf(TaskStatus.class, data.status(), TaskStatus.NOT_STARTED));
        List<UnitAssignment> assignments = new ArrayList<>();
        List<TaskData.Assignment> given = data.assignments() == null ? List.of() : data.assignments();
        for (int i = 0; i < given.size(); i++) {
            TaskData.Assignment a = given.get(i);
            if (a == null) {
                throw new InvalidRequestException("assignments[" + i + "]", "field.required");
            }
            Organisation org = organisations.reference(a.organisationId(), "assignments[" + i + "].organisationId");
            assignments.add(new UnitAssignment(enumOf(UnitRole.class, a.role()), org,
                    enumOf(Coverage.class, a.coverage(), Coverage.SELF), trimToNull(a.note())));
        }
        t.replaceAssignments(assignments);
        List<Milestone> milestones = new ArrayList<>();
        if (data.milestones() != null) {
            for (TaskData.MilestoneData m : data.milestones()) {
                if (m == null) {
                    continue;
                }
                milestones.add(new Milestone(date(m.dueDate()), trimToNull(m.descriptionZh()),
                        trimToNull(m.descriptionEn())));
            }
        }
        t.replaceMilestones(milestones);
    }
}
