package org.policytracker.reporting.control;

import static org.policytracker.platform.validation.Values.date;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.jpa.HibernateHints;
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
import org.policytracker.plans.entity.Indicator;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.PagedQuery;
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


    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportingCycle> list(Long planId, int page, int size) {
        access.requireSignedIn();
        Scope scope = reportingAccess.cycleScope("c");
        Map<String, Object> params = new HashMap<>(scope.params());
        String where = " where (" + scope.jpql() + ")";
        if (planId != null) {
            where += " and c.plan.id = :plan";
            params.put("plan", planId);
        }
        return PagedQuery.page(em, ReportingCycle.class, "ReportingCycle c", "", where, params, "c.firstPeriodStart desc, c.id desc", page, size);
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
        if (c == null || !access.within(em, ReportingCycle.class, id, reportingAccess.cycleScope("x"))) {
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
        Map<String, Submission> existing = new HashMap<>();
        // locking reads see what another node committed while this one waited for the cycle's lock — the slots, and the
        // task and indicator rows of those still open (a plain read would see the transaction's first snapshot, taken
        // before the wait, and add the rows the other node had just added a second time); one statement each, "for
        // update" over the join (Hibernate would otherwise lock row by row afterwards); sent reports are not read further
        em.createQuery("select s from Submission s where s.cycle = :c", Submission.class).setParameter("c", cycle)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(s -> existing.put(s.getOrganisation().getId() + "/" + s.getPeriodCode(), s));
        List<SubmissionStatus> open = Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::editable).toList();
        em.createQuery("select s from Submission s left join fetch s.taskReports where s.cycle = :c and s.status in :open",
                        Submission.class).setParameter("c", cycle).setParameter("open", open)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(HibernateHints.HINT_FOLLOW_ON_LOCKING, false).getResultList();
        em.createQuery("select s from Submission s left join fetch s.indicatorValues where s.cycle = :c and s.status in :open",
                        Submission.class).setParameter("c", cycle).setParameter("open", open)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(HibernateHints.HINT_FOLLOW_ON_LOCKING, false).getResultList();
        int created = 0;
        List<Period> periods = cycle.periodsUpTo(today);
        for (Participant p : cycle.getParticipants()) {
            List<Task> tasks = null;
            for (Period period : periods) {
                if (!p.obligedFor(period)) {
                    continue;
                }
                Submission s = existing.get(p.getOrganisation().getId() + "/" + period.code());
                if (s != null && !s.getStatus().editable()) {
                    continue;
                }
                if (tasks == null) {
                    tasks = obligations.tasksFor(cycle.getPlan(), p.getOrganisation());
                }
                if (s == null) {
                    s = new Submission(cycle, p.getOrganisation(), period);
                    em.persist(s);
                    created++;
                }
                Set<Long> have = s.getTaskReports().stream().map(r -> r.getTask().getId()).collect(Collectors.toSet());
                for (Task t : tasks) {
                    if (!have.contains(t.getId())) {
                        s.addTaskReport(t);
                    }
                }
                Set<Long> haveInd = s.getIndicatorValues().stream().map(v -> v.getIndicator().getId()).collect(Collectors.toSet());
                for (Indicator i : obligations.indicatorsFor(cycle.getPlan(), p.getOrganisation(), tasks)) {
                    if (!haveInd.contains(i.getId())) {
                        s.addIndicator(i);
                    }
                }
            }
        }
        em.flush();
        return created;
    }
}
