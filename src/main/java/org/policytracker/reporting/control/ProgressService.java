package org.policytracker.reporting.control;

import org.policytracker.platform.time.Timeliness;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.policytracker.reporting.entity.VersionContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.SubmissionStatus;

/**
 * What the supervising office sees at once: per task and per responsible organisation the computed
 * light and the rolled-up progress (with the weights used), and per cycle who reported, who was
 * on time, who is late and who is silent. Rules: docs/reporting-rules.md.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    AnswerVisibility visibility;

    /** One organisation's latest submitted answer for a task. */
    public record Contribution(Organisation organisation, String period, TaskStatus status, Integer percentDone,
                               double weight, TrafficLight light, Remarks remarks) {
    }

    /** What the organisation wrote with its answer (null when it has not reported). */
    public record Remarks(String narrative, String difficulties, String delayExplanation, String correctiveAction,
                          String correctiveDue) {
        static Remarks of(VersionContent.TaskAnswer r) {
            return new Remarks(r.narrative(), r.difficulties(), r.delayExplanation(), r.correctiveAction(),
                    r.correctiveDue() == null ? null : r.correctiveDue().toString());
        }
    }

    /**
     * A task's standing: rolled-up percent, the status the light was judged on, how many of the organisations that
     * must answer on it have ({@code reported} of {@code obliged}), and the answers the caller may read
     * ({@link AnswerVisibility}: the figures are computed from every answer, the parts show only readable ones).
     */
    public record TaskProgress(Task task, int depth, Double percent, TaskStatus status, TrafficLight light,
                               List<Contribution> contributions, List<Long> childIds, double childWeight,
                               double subTaskShare, double organisationShare, int reported, int obliged) {
    }

    /** An organisation's standing across its tasks in the plan. */
    public record OrganisationProgress(Organisation organisation, TrafficLight light, int green, int yellow, int red,
                                       int unreported) {
    }

    public record PlanProgress(Plan plan, LocalDate asOf, List<TaskProgress> tasks, List<OrganisationProgress> organisations) {
    }

    /**
     * The plan's progress as of {@code today}, from the latest submitted version of each obliged
     * organisation (drafts never count).
     */
    public PlanProgress planProgress(long planId, LocalDate today) {
        return planProgress(planId, today, null, null, null);
    }

    /**
     * The plan's progress as of {@code today} from the reports on periods ending on or before
     * {@code upTo} (all periods when null): what a summary of a past period rests on.
     */
    public PlanProgress planProgress(long planId, LocalDate today, LocalDate upTo) {
        return planProgress(planId, today, upTo, null, null);
    }

    /**
     * The same from the reports of one cycle only ({@code cycleId}; every cycle of the plan when null): what a cycle's
     * ranking rests on — never a report of another cycle.
     */
    public PlanProgress planProgress(long planId, LocalDate today, LocalDate upTo, Long cycleId) {
        return planProgress(planId, today, upTo, cycleId, null);
    }

    /** The plan's progress as of {@code today} for readers already worked out (a kept answer's key holds them). */
    public PlanProgress planProgress(long planId, LocalDate today, AnswerVisibility.Readers readers) {
        return planProgress(planId, today, null, null, readers);
    }

    private PlanProgress planProgress(long planId, LocalDate today, LocalDate upTo, Long cycleId, AnswerVisibility.Readers known) {
        Plan plan = plans.get(planId);
        List<Task> tree = tasks.tree(planId); // only what the user may see
        AnswerVisibility.Readers readers = known != null ? known : visibility.of(plan);
        // latest submitted content per (organisation, task)
        Map<Long, Map<Long, Contribution>> byTask = new HashMap<>();
        Map<Long, Organisation> obliged = new LinkedHashMap<>();
        // the newest sent version of each report, oldest period first (a later report overrides an earlier one);
        // only ids here: the content of a sent version never changes and is parsed once (answers)
        var newestQuery = em.createQuery("select v.id, s.organisation.id, s.periodCode from SubmissionVersion v"
                + " join v.submission s where s.cycle.plan = :p and s.status <> :draft and s.periodEnd <= :upTo"
                + (cycleId == null ? "" : " and s.cycle.id = :cycle")
                + " and v.number = (select max(w.number) from SubmissionVersion w where w.submission = s)"
                + " order by s.periodEnd, s.id", Object[].class)
                .setParameter("p", plan).setParameter("draft", SubmissionStatus.DRAFT)
                .setParameter("upTo", upTo == null ? LocalDate.of(9999, 12, 31) : upTo);
        if (cycleId != null) {
            newestQuery.setParameter("cycle", cycleId);
        }
        List<Object[]> newest = newestQuery.getResultList();
        var obligedQuery = em.createQuery("select p.organisation from Participant p where p.cycle.plan = :p"
                + (cycleId == null ? "" : " and p.cycle.id = :cycle") + " order by p.cycle.id, p.position", Organisation.class)
                .setParameter("p", plan);
        if (cycleId != null) {
            obligedQuery.setParameter("cycle", cycleId);
        }
        for (Organisation o : obligedQuery.getResultList()) {
            obliged.putIfAbsent(o.getId(), o);
        }
        Map<Long, Organisation> reporters = organisations(newest.stream().map(r -> (Long) r[1]).toList(), obliged);
        Map<Long, List<Answer>> answers = answers(newest.stream().map(r -> (Long) r[0]).toList());
        for (Object[] r : newest) {
            Organisation o = reporters.get((Long) r[1]);
            for (Answer a : answers.getOrDefault((Long) r[0], List.of())) {
                byTask.computeIfAbsent(a.taskId(), k -> new LinkedHashMap<>()).put(o.getId(),
                        new Contribution(o, (String) r[2], a.status(), a.percentDone(), 0, null, a.remarks()));
            }
        }
        Map<Long, TaskProgress> done = ProgressRollup.of(plan, tree, byTask, obliged, today);
        // the figures above rest on every answer; what is shown of the answers themselves is what the caller may read
        List<TaskProgress> ordered = tree.stream().map(t -> done.get(t.getId())).map(p -> readable(p, readers)).toList();
        List<OrganisationProgress> orgs = ProgressRollup.byOrganisation(ordered,
                id -> obliged.containsKey(id) ? obliged.get(id) : em.find(Organisation.class, id));
        return new PlanProgress(plan, today, ordered, orgs);
    }

    private static TaskProgress readable(TaskProgress p, AnswerVisibility.Readers readers) {
        List<Contribution> shown = p.contributions().stream()
                .filter(c -> readers.reads(p.task(), c.organisation().getId())).toList();
        return shown.size() == p.contributions().size() ? p : new TaskProgress(p.task(), p.depth(), p.percent(), p.status(),
                p.light(), shown, p.childIds(), p.childWeight(), p.subTaskShare(), p.organisationShare(), p.reported(), p.obliged());
    }

    /** The ids of the plan's tasks as a tree (what a cached progress view rests on besides the answers). */
    public List<Long> taskTree(long planId) {
        return tasks.treeIds(planId);
    }

    /** Whose answers the caller reads in the plan's progress (part of what a kept answer is kept by). */
    public AnswerVisibility.Readers readers(long planId) {
        return visibility.of(plans.get(planId));
    }

    /**
     * A fingerprint of everything {@link #planProgress} rests on for the plan: the plan, its tasks and their units,
     * its cycles' participants, its reports (each save or send bumps a report's version) and the organisations'
     * names. Equal stamps mean an equal result for the same day and the same visible tasks; it is read from the
     * database, so it holds across nodes. One query of aggregates over the plan's rows.
     */
    public String stamp(long planId) {
        Object[] r = (Object[]) em.createNativeQuery("select"
                + " (select version from plan where id = ?1),"
                + " (select count(*) from task where plan_id = ?1),"
                + " (select coalesce(sum(version), 0) + coalesce(max(id), 0) from task where plan_id = ?1),"
                + " (select count(*) from task_assignment a join task t on t.id = a.task_id where t.plan_id = ?1),"
                + " (select coalesce(sum(a.id), 0) from task_assignment a join task t on t.id = a.task_id where t.plan_id = ?1),"
                + " (select count(*) from cycle_participant p join reporting_cycle c on c.id = p.cycle_id where c.plan_id = ?1),"
                + " (select coalesce(sum(p.id + p.position * p.organisation_id), 0) from cycle_participant p"
                + "    join reporting_cycle c on c.id = p.cycle_id where c.plan_id = ?1),"
                + " (select count(*) from submission s join reporting_cycle c on c.id = s.cycle_id where c.plan_id = ?1),"
                + " (select coalesce(sum(s.version), 0) + coalesce(max(s.id), 0) from submission s"
                + "    join reporting_cycle c on c.id = s.cycle_id where c.plan_id = ?1),"
                + " (select count(*) from organisation),"
                + " (select coalesce(sum(version), 0) + coalesce(max(id), 0) from organisation)")
                .setParameter(1, planId).getSingleResult();
        StringBuilder out = new StringBuilder();
        for (Object o : r) {
            out.append(o).append('/');
        }
        return out.toString();
    }

    /** One task's answer in a sent version. */
    record Answer(long taskId, TaskStatus status, Integer percentDone, Remarks remarks) {
    }

    /**
     * The answers of sent versions, by version id: a version is frozen once sent, so its content is read once.
     * Every progress read used to parse every report of the plan (docs/benchmarks.md). The most recently used
     * {@value #CACHED_VERSIONS} are kept (about 50 answers each).
     */
    private static final int CACHED_VERSIONS = 20_000;
    private final Cache<Long, List<Answer>> sent = Caffeine.newBuilder().maximumSize(CACHED_VERSIONS).build();

    /** The answers of the given sent versions, by version id; only the content of those not kept yet is read. */
    Map<Long, List<Answer>> answers(List<Long> versionIds) {
        Map<Long, List<Answer>> out = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : versionIds) {
            List<Answer> known = sent.getIfPresent(id);
            if (known == null) {
                missing.add(id);
            } else {
                out.put(id, known);
            }
        }
        for (int i = 0; i < missing.size(); i += 500) {
            for (Object[] r : em.createQuery("select v.id, v.content from SubmissionVersion v where v.id in :ids", Object[].class)
                    .setParameter("ids", missing.subList(i, Math.min(missing.size(), i + 500))).getResultList()) {
                List<Answer> parsed = parse((String) r[1]);
                sent.put((Long) r[0], parsed);
                out.put((Long) r[0], parsed);
            }
        }
        return out;
    }

    /** The organisations by id, those already at hand first, the rest in one query. */
    private Map<Long, Organisation> organisations(List<Long> ids, Map<Long, Organisation> known) {
        Map<Long, Organisation> out = new HashMap<>(known);
        List<Long> missing = ids.stream().filter(id -> !out.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", missing)
                    .getResultList().forEach(o -> out.put(o.getId(), o));
        }
        return out;
    }

    static List<Answer> parse(String content) {
        return VersionContent.of(content).taskReports().stream()
                .map(r -> new Answer(r.taskId(), r.status(), r.percentDone(), Remarks.of(r))).toList();
    }

    /** Delayed if any part is, completed if all are, else in progress (null when nobody reported). */
    static TaskStatus combine(List<TaskStatus> parts) {
        if (parts.stream().allMatch(s -> s == null)) {
            return null;
        }
        if (parts.contains(TaskStatus.DELAYED)) {
            return TaskStatus.DELAYED;
        }
        if (parts.stream().allMatch(s -> s == TaskStatus.COMPLETED)) {
            return TaskStatus.COMPLETED;
        }
        if (parts.stream().allMatch(s -> s == null || s == TaskStatus.NOT_STARTED)) {
            return TaskStatus.NOT_STARTED;
        }
        return TaskStatus.IN_PROGRESS;
    }

    // ------------------------------------------------------------------ timeliness per cycle

    /** One organisation's (or one period's) record: slots due, submitted, on time, late, missing. */
    public record Rates(int due, int submitted, int onTime, int late, int missing, int notYetDue) {
        public Double reportingRate() {
            return due == 0 ? null : Math.round(1000.0 * submitted / due) / 10.0;
        }

        public Double onTimeRate() {
            return due == 0 ? null : Math.round(1000.0 * onTime / due) / 10.0;
        }

        Rates plus(Timeliness t) {
            return switch (t.status()) {
                case ON_TIME -> new Rates(due + 1, submitted + 1, onTime + 1, late, missing, notYetDue);
                case LATE -> new Rates(due + 1, submitted + 1, onTime, late + 1, missing, notYetDue);
                case MISSING -> new Rates(due + 1, submitted, onTime, late, missing + 1, notYetDue);
                case NOT_YET_DUE -> new Rates(due, submitted, onTime, late, missing, notYetDue + 1);
            };
        }

        static final Rates NONE = new Rates(0, 0, 0, 0, 0, 0);
    }

    public record SlotTimeliness(Submission submission, Timeliness timeliness) {
    }

    public record CycleTimeliness(ReportingCycle cycle, Instant asOf, Rates overall, Map<Organisation, Rates> byOrganisation,
                                  Map<String, Rates> byPeriod, List<SlotTimeliness> slots) {
    }

    /**
     * Reporting rate (submitted ÷ due) and on-time rate (on time ÷ due) per organisation and period.
     * A slot counts as due once its due date (plus grace) is over or it was submitted; an
     * organisation has no slot — and so is never missing — for periods before it was obliged.
     */
    public CycleTimeliness cycleTimeliness(ReportingCycle cycle, List<Submission> visible, Instant now) {
        Map<Organisation, Rates> byOrg = new LinkedHashMap<>();
        Map<String, Rates> byPeriod = new LinkedHashMap<>();
        Rates overall = Rates.NONE;
        List<SlotTimeliness> slots = new ArrayList<>();
        List<Submission> sorted = new ArrayList<>(visible);
        sorted.sort(Comparator.comparing(Submission::getPeriodStart).thenComparing(s -> s.getOrganisation().getCode()));
        for (Submission s : sorted) {
            Timeliness t = Timeliness.judge(s.getDueDate(), cycle.getGraceDays(), s.getFirstSubmittedAt(), now);
            slots.add(new SlotTimeliness(s, t));
            byOrg.merge(s.getOrganisation(), Rates.NONE.plus(t), ProgressService::add);
            byPeriod.merge(s.getPeriodCode(), Rates.NONE.plus(t), ProgressService::add);
            overall = overall.plus(t);
        }
        return new CycleTimeliness(cycle, now, overall, byOrg, byPeriod, slots);
    }

    private static Rates add(Rates a, Rates b) {
        return new Rates(a.due() + b.due(), a.submitted() + b.submitted(), a.onTime() + b.onTime(), a.late() + b.late(),
                a.missing() + b.missing(), a.notYetDue() + b.notYetDue());
    }
}
