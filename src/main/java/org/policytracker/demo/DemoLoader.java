package org.policytracker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.policytracker.organisations.control.OrganisationData;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.control.IndicatorData;
import org.policytracker.plans.control.IndicatorService;
import org.policytracker.plans.control.PlanData;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.control.TargetData;
import org.policytracker.plans.control.TaskData;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.security.control.CurrentUser;
import org.policytracker.cases.control.CaseListData;
import org.policytracker.cases.control.CaseService;
import org.policytracker.parks.control.ParkData;
import org.policytracker.parks.control.ParkService;
import org.policytracker.reporting.control.Notices;

/**
 * Loads the demo data from the readable files in {@code demo/}: the organisations the seeds name,
 * the indicators, the plans they cite, and the Shaanxi (seed 000) and Jiaozuo (seed 004) plans with
 * their task trees, units and targets. Idempotent: what exists (by code) is left as it is. Goes
 * through the same services and validation as the REST API.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());
    static final List<String> PLAN_FILES = List.of(
            "demo/plans/shaanxi-industrial-wastewater-2024.json",
            "demo/plans/jiaozuo-industrial-restructuring-2019.json");

    @Inject
    OrganisationService organisations;

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    IndicatorService indicators;

    @Inject
    Validator validator;

    @Inject
    CurrentUser currentUser;

    @Inject
    DemoReporting reporting;

    @Inject
    ParkService parks;

    @Inject
    DemoParks parkFilings;

    @Inject
    CaseService cases;

    static final String TYPICAL_CASES_2024 = "IWR-TYPICAL-CASES-2024";

    /** Seed 003 as published: the 2024 list of typical industrial-wastewater recycling cases (public-notice draft). */
    static CaseListData typicalCases2024() {
        var d = new CaseListData();
        d.code = TYPICAL_CASES_2024;
        d.titleZh = "2024年工业废水循环利用典型案例名单（公示稿）";
        d.titleEn = "2024 list of typical cases of industrial wastewater recycling (draft for public notice)";
        d.year = 2024;
        d.recognition = "TYPICAL_CASE";
        d.sourceNote = "Seed 003, the attachment of the public notice; rows cut by page breaks joined back";
        try (InputStream in = DemoLoader.class.getClassLoader()
                .getResourceAsStream("demo/seeds/003-industrial-wastewater-typical-cases-2024.txt")) {
            d.text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    /** What one run did. */
    public record Result(int organisations, int indicators, int plans, int tasks, int targets) {
    }

    /** Loads what is missing, with the system's rights (there is no user at start). */
    @Transactional
    public Result load() {
        // history replayed, not happening now: its returns, acceptances and new reports tell nobody
        return Notices.quietly(() -> currentUser.asSystem(this::loadAll));
    }

    /** Every demo unit gets a duty mailbox, so reminders have somewhere to go (the local test mail server). */
    static String demoMailbox(String code) {
        return code.toLowerCase(Locale.ROOT) + "@demo.policy-tracker.example";
    }

    private Result loadAll() {
        int[] counts = new int[5];
        try (Jsonb jsonb = JsonbBuilder.create()) {
            DemoFiles.Organisations orgs = read(jsonb, "demo/organisations.json", DemoFiles.Organisations.class);
            for (DemoFiles.Org o : orgs.organisations()) {
                if (organisations.findByCode(o.code()).isEmpty()) {
                    Long parent = o.parent() == null ? null : org(o.parent()).getId();
                    organisations.create(valid(new OrganisationData(o.code(), o.kind(), o.nameZh(), o.nameEn(), parent,
                            o.aliases(), null, demoMailbox(o.code())).withDocumentPrefix(o.documentPrefix())));
                    counts[0]++;
                } else if (o.documentPrefix() != null && org(o.code()).getDocumentPrefix() == null) {
                    // a demo database from before document numbers: the prefix is added, nothing else touched
                    org(o.code()).setDocumentPrefix(o.documentPrefix());
                }
            }
            loadParks(read(jsonb, "demo/parks.json", DemoFiles.Parks.class));
            for (DemoFiles.IndicatorEntry i : read(jsonb, "demo/indicators.json", DemoFiles.Indicators.class).indicators()) {
                if (indicators.indicatorByCode(i.code()).isEmpty()) {
                    indicators.createIndicator(valid(new IndicatorData(i.code(), i.nameZh(), i.nameEn(), i.unit(),
                            i.direction(), i.aggregation(), null).counting(i.countsRecognition())));
                    counts[1]++;
                }
            }
            List<DemoFiles.PlanEntry> all = new ArrayList<>(
                    read(jsonb, "demo/plans/referenced-plans.json", DemoFiles.ReferencedPlans.class).plans());
            for (String file : PLAN_FILES) {
                all.add(read(jsonb, file, DemoFiles.PlanEntry.class));
            }
            for (DemoFiles.PlanEntry p : all) {
                if (plans.findByCode(p.code()).isEmpty()) {
                    loadPlan(p, counts);
                    counts[2]++;
                }
            }
            indicators.adoptUnowned(); // each indicator kept by the office whose plan first set a target for it
            reporting.load(read(jsonb, "demo/reporting/cycles.json", DemoFiles.Reporting.class));
            parkFilings.loadLists(read(jsonb, "demo/park-lists.json", DemoFiles.ParkLists.class));
            parkFilings.load(read(jsonb, "demo/parks-filings.json", DemoFiles.ParkFilings.class));
            if (cases.findList(TYPICAL_CASES_2024).isEmpty()) {
                // the list as the Shaanxi office took it in: kept by that office
                cases.handOver(cases.importList(typicalCases2024()), org("610000.IIT"));
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        Result r = new Result(counts[0], counts[1], counts[2], counts[3], counts[4]);
        LOG.info(() -> "Demo data: " + r);
        return r;
    }

    /** The demo parks (from the national notice's lists), each once. */
    private void loadParks(DemoFiles.Parks file) {
        for (DemoFiles.ParkEntry p : file.parks()) {
            if (parks.findByCode(p.code()).isEmpty()) {
                var d = new ParkData();
                d.code = p.code();
                d.nameZh = p.nameZh();
                d.nameEn = p.nameEn();
                d.level = p.level();
                d.kind = p.kind();
                d.provinceId = org(p.province()).getId();
                d.cityId = p.city() == null ? null : org(p.city()).getId();
                d.committeeId = org(p.committee()).getId();
                parks.create(valid(d));
            }
        }
    }

    private void loadPlan(DemoFiles.PlanEntry p, int[] counts) {
        Plan plan = plans.create(valid(new PlanData(p.code(), p.titleZh(), p.titleEn(), p.documentNumber(), p.level(),
                p.status(), p.issueDate(), p.periodStart(), p.periodEnd(), p.overallGoalsZh(), p.overallGoalsEn(),
                p.owner() == null ? null : org(p.owner()).getId(),
                codes(p.issuers()).stream().map(c -> org(c).getId()).toList(),
                codes(p.implementsPlans()).stream().map(c -> plans.findByCode(c)
                        .orElseThrow(() -> new IllegalStateException("demo plan " + c + " not loaded")).getId()).toList(),
                null)));
        Map<String, Task> byPath = new HashMap<>();
        addTasks(plan, null, "", p.tasks(), byPath, counts);
        if (p.targets() != null) {
            for (DemoFiles.TargetEntry t : p.targets()) {
                Long taskId = null;
                if (t.task() != null) {
                    Task task = byPath.get(t.task());
                    if (task == null) {
                        throw new IllegalStateException("demo target names unknown task " + t.task() + " in " + p.code());
                    }
                    taskId = task.getId();
                }
                indicators.createTarget(valid(new TargetData(indicators.indicatorByCode(t.indicator())
                        .orElseThrow(() -> new IllegalStateException("demo indicator " + t.indicator())).getId(),
                        plan.getId(), taskId, org(t.scope()).getId(), t.relation(), t.baselineYear(), t.baselineValue(),
                        t.targetYear(), t.targetValue(), t.relativeChangePercent(), t.statement(), null)));
                counts[4]++;
            }
        }
    }

    private void addTasks(Plan plan, Task parent, String parentPath, List<DemoFiles.TaskEntry> entries,
                          Map<String, Task> byPath, int[] counts) {
        if (entries == null) {
            return;
        }
        int position = 1;
        for (DemoFiles.TaskEntry e : entries) {
            List<TaskData.Assignment> units = e.units() == null ? List.of() : e.units().stream()
                    .map(u -> new TaskData.Assignment(u.role(), org(u.organisation()).getId(), u.coverage(), u.note()))
                    .toList();
            List<TaskData.MilestoneData> milestones = e.milestones() == null ? List.of() : e.milestones().stream()
                    .map(m -> new TaskData.MilestoneData(m.dueDate(), m.descriptionZh(), m.descriptionEn())).toList();
            Task task = tasks.create(valid(new TaskData(plan.getId(), parent == null ? null : parent.getId(), e.kind(),
                    e.number(), position++, e.titleZh(), e.titleEn(), e.description(), e.deadline(), e.deadlineText(),
                    null, units, milestones, null)));
            String path = parentPath.isEmpty() ? e.number() : parentPath + "/" + e.number();
            byPath.put(path, task);
            counts[3]++;
            addTasks(plan, task, path, e.children(), byPath, counts);
        }
    }

    private Organisation org(String code) {
        return organisations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("demo data names unknown organisation " + code));
    }

    private static List<String> codes(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    private <T> T valid(T data) {
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("invalid demo data " + data + ": " + violations);
        }
        return data;
    }

    private static <T> T read(Jsonb jsonb, String resource, Class<T> type) {
        try (InputStream in = DemoLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing: " + resource);
            }
            return jsonb.fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
