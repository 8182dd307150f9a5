package org.policytracker.reporting.control;

import static org.policytracker.platform.validation.Values.date;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.entity.Target;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.Indicator;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.reporting.entity.SubmissionStatus;
import org.policytracker.reporting.entity.Frequency;
import org.policytracker.reporting.entity.Participant;
import org.policytracker.reporting.entity.Period;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.plans.control.PlanAccess;
import org.policytracker.reporting.entity.ReportingCycle_;
import org.policytracker.plans.entity.Plan_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.persistence.criteria.Predicate;
import jakarta.enterprise.event.Event;

/**
 * Reporting cycles: define who reports on what, how often and to whom; open the periods that have
 * begun (one submission slot per obliged organisation and period — idempotent, so the daily job,
 * a second node or a change of the cycle can run it again at any time).
 */
@ApplicationScoped
@Transactional
public class CycleService {

    public static final String ENTITY = "cycle";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    OrganisationService organisations;

    @Inject
    Obligations obligations;

    @Inject
    AccessPolicy access;

    @Inject
    ReportingAccess reportingAccess;

    @Inject
    PlanAccess planAccess;

    @Inject
    Event<Notices.SlotsOpened> openedSlots;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportingCycle> list(Long planId, int page, int size) {
        access.requireSignedIn();
        Scope<ReportingCycle> scope = reportingAccess.cycleScope();
        return CriteriaPage.page(em, ReportingCycle.class, (cb, c, query) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.on(cb, query, c)));
            if (planId != null) {
                where.add(cb.equal(c.get(ReportingCycle_.plan).get(Plan_.id), planId));
            }
            return where;
        }, (cb, c) -> List.of(cb.desc(c.get(ReportingCycle_.firstPeriodStart)), cb.desc(c.get(ReportingCycle_.id))), page, size);
    }

    /**
     * Every reporting cycle of a plan, whoever may see it: the schedule a plan's summary follows. Only
     * for a plan the caller has already been allowed to see; what was reported stays scoped.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportingCycle> ofPlan(Plan plan) {
        return em.createQuery("select c from ReportingCycle c where c.plan = :p order by c.firstPeriodStart, c.id", ReportingCycle.class)
                .setParameter("p", plan).getResultList();
    }

    /** The plans the person may set reporting cycles up for: those they may change (the cycle form's choice). */
    public List<Plan> plansForCycles() {
        return plans.list(null, null, null, null, 0, Page.EVERY).all().stream().filter(this::mayChange).toList();
    }

    private boolean mayChange(Plan plan) {
        try {
            planAccess.requireCanChange(plan);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Refuses unless the person may change the cycle's plan (before its form is shown). */
    public void requireCanChange(ReportingCycle cycle) {
        planAccess.requireCanChange(cycle.getPlan());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportingCycle get(long id) {
        access.requireSignedIn();
        ReportingCycle c = em.find(ReportingCycle.class, id);
        if (c == null || !access.within(em, ReportingCycle.class, id, reportingAccess.cycleScope())) {
            throw new NotFoundException(ENTITY, id);
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportingCycle> findByCode(String code) {
        return em.createQuery("select c from ReportingCycle c where c.code = :c order by c.id", ReportingCycle.class)
                .setParameter("c", code).setMaxResults(1).getResultStream().findFirst();
    }

    /** The plan's cycle with that code (codes are unique within a plan). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportingCycle> findByCode(Plan plan, String code) {
        return em.createQuery("select c from ReportingCycle c where c.plan = :p and c.code = :c", ReportingCycle.class)
                .setParameter("p", plan).setParameter("c", code).getResultStream().findFirst();
    }

    public ReportingCycle create(CycleData data, LocalDate today) {
        Plan plan = plans.reference(data.planId, "planId");
        planAccess.requireCanChange(plan);
        if (findByCode(plan, data.code.strip()).isPresent()) { // unique within the plan: tells nothing of others' cycles
            throw new InvalidRequestException("code", "cycle.code.taken", data.code);
        }
        ReportingCycle c = new ReportingCycle(plan, data.code.strip());
        apply(c, data);
        em.persist(c);
        em.flush();
        openPeriods(c, today);
        return c;
    }

    public ReportingCycle update(long id, CycleData data, LocalDate today) {
        ReportingCycle c = get(id);
        planAccess.requireCanChange(c.getPlan());
        StaleUpdateException.check(ENTITY, id, data.version, c.getVersion());
        if (!c.getPlan().getId().equals(data.planId)) {
            throw new InvalidRequestException("planId", "cycle.plan.fixed");
        }
        findByCode(c.getPlan(), data.code.strip()).filter(o -> !o.getId().equals(c.getId())).ifPresent(o -> {
            throw new InvalidRequestException("code", "cycle.code.taken", data.code);
        });
        c.setCode(data.code.strip());
        apply(c, data);
        em.flush();
        openPeriods(c, today);
        return c;
    }

    private void apply(ReportingCycle c, CycleData d) {
        LocalDate first = date(d.firstPeriodStart);
        LocalDate last = date(d.lastPeriodEnd);
        if (last != null && last.isBefore(first)) {
            throw new InvalidRequestException("lastPeriodEnd", "cycle.period.order");
        }
        List<Integer> days = d.reminderDaysBefore == null ? List.of(14, 3) : d.reminderDaysBefore;
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i) == null || days.get(i) < 1 || days.get(i) > 90) {
                throw new InvalidRequestException("reminderDaysBefore[" + i + "]", "cycle.reminderDays.range");
            }
        }
        c.setNameZh(d.nameZh.strip());
        c.setNameEn(trimToNull(d.nameEn));
        c.setFrequency(enumOf(Frequency.class, d.frequency));
        c.setDueDaysAfterPeriod(d.dueDaysAfterPeriod);
        c.setGraceDays(d.graceDays == null ? 0 : d.graceDays);
        c.setReminderDaysBefore(days.stream().distinct().map(String::valueOf).collect(Collectors.joining(",")));
        c.setReviewer(organisations.reference(d.reviewerId, "reviewerId"));
        if (d.alternateReviewerId != null && d.alternateReviewerId.equals(d.reviewerId)) {
            throw new InvalidRequestException("alternateReviewerId", "cycle.alternateReviewer.same");
        }
        c.setAlternateReviewer(d.alternateReviewerId == null ? null : organisations.reference(d.alternateReviewerId, "alternateReviewerId"));
        c.setFirstPeriodStart(first);
        c.setLastPeriodEnd(last);
        List<Participant> list = new ArrayList<>();
        if (d.participants == null) {
            obligations.defaultParticipants(c.getPlan(), c.getAlternateReviewer() == null ? c.getReviewer() : null).forEach(o -> list.add(new Participant(o, null, null)));
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < d.participants.size(); i++) {
                CycleData.ParticipantData p = d.participants.get(i);
                Organisation o = organisations.reference(p.organisationId, "participants[" + i + "].organisationId");
                LocalDate from = date(p.obligedFrom);
                LocalDate until = date(p.obligedUntil);
                if (from != null && until != null && until.isBefore(from)) {
                    throw new InvalidRequestException("participants[" + i + "].obligedUntil", "cycle.period.order");
                }
                if (seen.add(o.getId())) {
                    list.add(new Participant(o, from, until));
                }
            }
        }
        c.replaceParticipants(list);
    }

    /** Opens the periods of every cycle that have begun by {@code today}; returns the slots created. */
    public int openAllPeriods(LocalDate today) {
        int created = 0;
        for (Long id : em.createQuery("select c.id from ReportingCycle c order by c.id", Long.class).getResultList()) {
            created += openPeriods(em.find(ReportingCycle.class, id), today);
        }
        return created;
    }

    /**
     * Creates the missing submission slots of the cycle up to the period containing {@code today},
     * and adds tasks newly assigned to an obliged organisation to its drafts. The cycle's row is
     * locked meanwhile, so two nodes doing it at once take turns instead of colliding.
     */
    public int openPeriods(ReportingCycle cycle, LocalDate today) {
        em.flush();
        em.lock(cycle, LockModeType.PESSIMISTIC_WRITE);
        Slots slots = lockedSlots(cycle);
        List<Submission> opened = new ArrayList<>();
        List<Period> periods = cycle.periodsUpTo(today);
        // the plan's assignments and targets, read once for all its organisations when a slot is open to fill
        List<UnitAssignment> assignments = null;
        List<Target> targets = null;
        for (Participant p : cycle.getParticipants()) {
            List<Task> tasks = null;
            List<Indicator> indicators = null;
            for (Period period : periods) {
                if (!p.obligedFor(period)) {
                    continue;
                }
                Submission s = slots.bySlot().get(p.getOrganisation().getId() + "/" + period.code());
                if (s != null && !s.getStatus().editable()) {
                    continue;
                }
                if (tasks == null) {
                    // once per organisation, not per period: the hourly job passes every open slot of every cycle
                    if (assignments == null) {
                        assignments = obligations.assignmentsOf(cycle.getPlan());
                        targets = obligations.targetsOf(cycle.getPlan());
                    }
                    tasks = Obligations.tasksFor(assignments, p.getOrganisation());
                    indicators = Obligations.indicatorsFor(targets, p.getOrganisation(), tasks);
                }
                if (s == null) {
                    s = new Submission(cycle, p.getOrganisation(), period);
                    em.persist(s);
                    opened.add(s);
                }
                // a new slot has no rows; an open one, those read with the lock (its own collection is loaded only to add)
                Set<Long> have = s.getId() == null ? Set.of() : slots.taskIds().getOrDefault(s.getId(), Set.of());
                for (Task t : tasks) {
                    if (!have.contains(t.getId())) {
                        s.addTaskReport(t);
                    }
                }
                Set<Long> haveInd = s.getId() == null ? Set.of() : slots.indicatorIds().getOrDefault(s.getId(), Set.of());
                for (Indicator i : indicators) {
                    if (!haveInd.contains(i.getId())) {
                        s.addIndicator(i);
                    }
                }
            }
        }
        em.flush();
        if (!opened.isEmpty()) {
            openedSlots.fire(new Notices.SlotsOpened(opened.stream().map(Submission::getId).toList(), Notices.quiet()));
        }
        return opened.size();
    }

    /** A cycle's slots by organisation and period, and the task and indicator ids each open slot already has. */
    private record Slots(Map<String, Submission> bySlot, Map<Long, Set<Long>> taskIds, Map<Long, Set<Long>> indicatorIds) {
    }

    /**
     * The cycle's slots and the rows of those still open, read with locks: locking reads see what another node committed
     * while this one waited for the cycle's lock (a plain read would see the transaction's first snapshot, taken before
     * the wait, and add the rows the other node had just added a second time). The rows as id pairs in one statement
     * each: nothing is loaded that the pass does not change.
     */
    private Slots lockedSlots(ReportingCycle cycle) {
        Map<String, Submission> existing = new HashMap<>();
        em.createQuery("select s from Submission s where s.cycle = :c", Submission.class).setParameter("c", cycle)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(s -> existing.put(s.getOrganisation().getId() + "/" + s.getPeriodCode(), s));
        List<String> open = Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::editable).map(Enum::name).toList();
        return new Slots(existing, rowIds("task_report", "task_id", cycle, open), rowIds("indicator_value", "indicator_id", cycle, open));
    }

    /** Per open slot of the cycle, the ids in {@code column} of its rows in {@code table}, locked. */
    private Map<Long, Set<Long>> rowIds(String table, String column, ReportingCycle cycle, List<String> open) {
        Map<Long, Set<Long>> ids = new HashMap<>();
        List<?> rows = em.createNativeQuery("select r.submission_id, r." + column + " from " + table + " r join submission s"
                + " on s.id = r.submission_id where s.cycle_id = :cycle and s.status in (:open) for update")
                .setParameter("cycle", cycle.getId()).setParameter("open", open).getResultList();
        for (Object row : rows) {
            Object[] pair = (Object[]) row;
            ids.computeIfAbsent(((Number) pair[0]).longValue(), k -> new HashSet<>()).add(((Number) pair[1]).longValue());
        }
        return ids;
    }
}
