package org.policytracker.plans.control;

import static org.policytracker.platform.validation.Values.date;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.policytracker.platform.persistence.PagedQuery;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;

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
        return tree(planId, "t", Task.class);
    }

    /** The ids of the tasks of {@link #tree(long)}, in the same order, without loading the tasks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> treeIds(long planId) {
        return tree(planId, "t.id", Long.class);
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

    private <T> List<T> tree(long planId, String select, Class<T> type) {
        plans.get(planId);
        Scope scope = planAccess.taskScope("t");
        TypedQuery<T> q = em.createQuery("select " + select + " from Task t where t.plan.id = :plan and (" + scope.jpql()
                + ") order by t.sortPath", type).setParameter("plan", planId);
        scope.params().forEach(q::setParameter);
        return q.getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Task> list(TaskFilter f, int page, int size) {
        access.requireSignedIn();
        Scope scope = planAccess.taskScope("t");
        StringBuilder where = new StringBuilder(" where (" + scope.jpql() + ")");
        Map<String, Object> params = new HashMap<>(scope.params());
        if (f.planId() != null) {
            where.append(" and t.plan.id = :plan");
            params.put("plan", f.planId());
        }
        if (f.organisationId() != null) {
            Organisation org = organisations.reference(f.organisationId(), "organisation");
            where.append(" and exists (select 1 from UnitAssignment a where a.task = t and (a.organisation.id = :org");
            params.put("org", org.getId());
            Coverage covering = covering(org.getKind());
            List<Long> ancestors = org.selfAndAncestors().stream().skip(1).map(Organisation::getId).toList();
            if (covering != null && !ancestors.isEmpty()) {
                where.append(" or (a.coverage = :coverage and a.organisation.id in :ancestors)");
                params.put("coverage", covering);
                params.put("ancestors", ancestors);
            }
            where.append(")");
            if (f.role() != null) {
                where.append(" and a.role = :role");
                params.put("role", f.role());
            }
            where.append(")");
        } else if (f.role() != null) {
            where.append(" and exists (select 1 from UnitAssignment a where a.task = t and a.role = :role)");
            params.put("role", f.role());
        }
        if (f.deadlineFrom() != null) {
            where.append(" and t.deadline >= :from");
            params.put("from", f.deadlineFrom());
        }
        if (f.deadlineTo() != null) {
            where.append(" and t.deadline <= :to");
            params.put("to", f.deadlineTo());
        }
        if (f.status() != null) {
            where.append(" and t.status = :status");
            params.put("status", f.status());
        }
        if (f.kind() != null) {
            where.append(" and t.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(t.titleZh) like :text or lower(t.titleEn) like :text"
                    + " or lower(t.description) like :text)");
            params.put("text", "%" + f.text().strip().toLowerCase() + "%");
        }
        return PagedQuery.page(em, Task.class, "Task t", "", where.toString(), params, "t.plan.id, t.sortPath", page, size);
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
        return access.within(em, Task.class, t.getId(), planAccess.taskScope("x"));
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
