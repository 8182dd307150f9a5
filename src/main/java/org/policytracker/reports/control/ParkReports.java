package org.policytracker.reports.control;

import org.policytracker.platform.persistence.Page;
import static org.policytracker.reports.control.ReportFrame.chinese;
import static org.policytracker.reports.control.ReportFrame.label;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.policytracker.cases.control.CaseService;
import org.policytracker.cases.entity.TypicalCase;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkListContent;
import org.policytracker.parks.control.ParkListService;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.control.ParkService;
import org.policytracker.parks.entity.FilingStatus;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ParkFilingVersion;
import org.policytracker.parks.entity.ParkList;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.i18n.Units;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.reporting.control.Timeliness;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.parks.control.ParkAccess;

/**
 * The parks' reports: the provincial annual summary of the parks' circular transformation to NDRC
 * and MIIT, and one park's plan and annual progress. Both read the <em>sent</em> versions of the
 * filings the user may see (never a draft being edited), as of the moment the report is made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParkReports {

    /** The results whose park figures add up to a provincial total; the others (rates, intensities) are averaged. */
    static final Set<ResultKind> ADDITIVE = Set.of(ResultKind.ENERGY_SAVED, ResultKind.WATER_SAVED, ResultKind.CO2_REDUCED,
            ResultKind.SOLID_WASTE_REDUCED, ResultKind.WASTEWATER_REDUCED, ResultKind.AIR_POLLUTANTS_REDUCED);

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ReportEngine engine;

    @Inject
    ReportFrame frame;

    @Inject
    ParkFilingService filings;

    @Inject
    ParkListService lists;

    @Inject
    ParkService parks;

    @Inject
    OrganisationService organisations;

    @Inject
    CaseService cases;

    @Inject
    AccessPolicy access;

    @Inject
    ParkAccess parkAccess;

    /** A park's standing in a year, from its sent filings. */
    record Standing(Park park, ParkFiling plan, ParkPlanContent planContent, ParkFiling pendingPlan,
                    TreeMap<Integer, ParkFiling> reports, Map<Integer, AnnualReportContent> reportContent) {

        AnnualReportContent in(int year) {
            return reportContent.get(year);
        }

        /** Each project's status in the latest report up to the year. */
        Map<String, String> projectStatus(int year) {
            Map<String, String> out = new HashMap<>();
            reportContent.entrySet().stream().filter(e -> e.getKey() <= year).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> e.getValue().projects.forEach(p -> {
                        if (p.code != null && p.status != null) {
                            out.put(p.code, p.status);
                        }
                    }));
            return out;
        }

        BigDecimal executed(int fromYear, int toYear) {
            BigDecimal sum = BigDecimal.ZERO;
            for (var e : reportContent.entrySet()) {
                if (e.getKey() >= fromYear && e.getKey() <= toYear) {
                    for (var p : e.getValue().projects) {
                        sum = sum.add(p.investmentExecuted == null ? BigDecimal.ZERO : p.investmentExecuted);
                    }
                }
            }
            return sum;
        }

        BigDecimal planned() {
            return planContent == null ? BigDecimal.ZERO : ParkFilingService.totalInvestment(planContent);
        }
    }

    /** The sent version of a filing (the draft being edited never counts), or null if never sent. */
    static String sent(ParkFiling f) {
        ParkFilingVersion v = f.latest();
        return v == null ? null : v.getContent();
    }

    /** Every visible park of the province (all visible when null) with an approved plan or a plan under review, as in {@code year}. */
    List<Standing> standings(Long provinceId, int year) {
        List<ParkFiling> all = filings.list(new ParkFilingService.Filter(null, null, null, null), 0, Page.EVERY).all();
        Map<Long, Park> parkById = new LinkedHashMap<>();
        Map<Long, ParkFiling> approvedPlan = new HashMap<>();
        Map<Long, ParkFiling> pending = new HashMap<>();
        Map<Long, TreeMap<Integer, ParkFiling>> reports = new HashMap<>();
        for (ParkFiling f : all) {
            Park p = f.getPark();
            if (provinceId != null && !p.getProvince().getId().equals(provinceId)) {
                continue;
            }
            if (f.getType() == FilingType.PLAN) {
                if (f.getYear() > year) {
                    continue;
                }
                parkById.putIfAbsent(p.getId(), p);
                // approved as the year stood: an approval after 31 December of the year does not count for it
                if (f.approvedBy(java.time.LocalDate.of(year, 12, 31))) {
                    ParkFiling have = approvedPlan.get(p.getId());
                    if (have == null || f.getYear() > have.getYear()) {
                        approvedPlan.put(p.getId(), f);
                    }
                } else if (f.getStatus() != FilingStatus.DRAFT || f.latest() != null) {
                    pending.put(p.getId(), f);
                } else {
                    pending.putIfAbsent(p.getId(), null);
                }
            } else if (f.getYear() <= year && sent(f) != null) {
                reports.computeIfAbsent(p.getId(), k -> new TreeMap<>()).put(f.getYear(), f);
            }
        }
        List<Standing> out = new ArrayList<>();
        for (Park p : parkById.values()) {
            ParkFiling plan = approvedPlan.get(p.getId());
            ParkPlanContent pc = plan == null ? null : ParkFilingService.read(sent(plan), ParkPlanContent.class);
            TreeMap<Integer, ParkFiling> rs = reports.getOrDefault(p.getId(), new TreeMap<>());
            Map<Integer, AnnualReportContent> rc = new TreeMap<>();
            rs.forEach((y, f) -> rc.put(y, ParkFilingService.read(sent(f), AnnualReportContent.class)));
            out.add(new Standing(p, plan, pc, plan == null ? pending.get(p.getId()) : null, rs, rc));
        }
        out.sort(Comparator.comparing(s -> s.park().getCode()));
        return out;
    }

    /** Whether the approved plan's period covers the year (an annual report is due for it). */
    static boolean covers(Standing s, int year) {
        return s.planContent() != null && (s.planContent().periodStart == null || s.planContent().periodStart <= year)
                && (s.planContent().periodEnd == null || s.planContent().periodEnd >= year);
    }

    // ------------------------------------------------------------------ provincial summary

    /**
     * The provincial annual summary of the parks' circular transformation in {@code year}, addressed
     * to NDRC's Department of Resource Conservation and Environmental Protection and MIIT's
     * Department of Energy Conservation and Comprehensive Utilisation.
     */
    public ReportService.Produced provincialSummary(Long provinceId, int year, Locale requested, String addressee,
                                                    ReportEngine.Format format, Instant now) {
        access.requireSignedIn();
        Locale locale = Messages.supported(requested);
        boolean zh = chinese(locale);
        Organisation province = provinceId != null ? organisations.get(provinceId) : ownProvince();
        if (province != null && province.getKind() != OrganisationKind.PROVINCE) {
            throw new InvalidRequestException("province", "report.parks.notProvince", province.getNameZh());
        }
        parkAccess.requireParkSummaryReader(province);
        Long pid = province == null ? null : province.getId();
        List<Standing> all = standings(pid, year);
        // listed parks: on the province's lists sent by the end of the year
        Set<Long> listed = new LinkedHashSet<>();
        for (ParkList l : lists.list(pid, null, 0, Page.EVERY).all()) {
            if (l.getStatus() == ParkList.Status.SUBMITTED && l.getYear() <= year) {
                ParkListContent c = ParkListService.content(l);
                c.parks.forEach(e -> listed.add(e.parkId));
            }
        }
        // a listed park that has sent no plan yet is behind too
        Set<Long> have = new java.util.HashSet<>();
        all.forEach(st -> have.add(st.park().getId()));
        for (Long id : listed) {
            if (id != null && !have.contains(id)) {
                all.add(new Standing(parks.get(id), null, null, null, new TreeMap<>(), Map.of()));
            }
        }
        all.sort(Comparator.comparing(st -> st.park().getCode()));
        Lines lines = new Lines();
        String tenK = label(locale, "unit.tenThousandYuan");
        String items = label(locale, "unit.items");
        String parksUnit = label(locale, "unit.parks");
        int approved = 0;
        int due = 0;
        int onTime = 0;
        int late = 0;
        int missing = 0;
        int projects = 0;
        int completed = 0;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal executedYear = BigDecimal.ZERO;
        BigDecimal executedTotal = BigDecimal.ZERO;
        // target sum, actual sum, parks with target, parks with actual, actual and target sums of the parks with both
        Map<ResultKind, BigDecimal[]> results = new EnumMap<>(ResultKind.class);
        List<String[]> behind = new ArrayList<>();
        List<String[]> experience = new ArrayList<>();
        List<String[]> difficulties = new ArrayList<>();
        Lines table = new Lines();
        for (Standing s : all) {
            Park p = s.park();
            String name = name(p, zh);
            List<String> reasons = new ArrayList<>();
            if (s.plan() == null) {
                reasons.add(label(locale, "parks.behind.noPlan"));
                table.add("park", Arrays.asList(name, level(locale, p), label(locale, "parks.plan." + (s.pendingPlan() == null ? "none" : "review")),
                        "", "", ""), null, null, null, null, null);
                behind.add(new String[] {name, String.join("；", reasons)});
                continue;
            }
            approved++;
            Map<String, String> status = s.projectStatus(year);
            int pProjects = s.planContent().projects.size();
            int pDone = (int) s.planContent().projects.stream().filter(x -> TaskStatus.COMPLETED.name().equals(status.get(x.code))).count();
            projects += pProjects;
            completed += pDone;
            BigDecimal pPlanned = s.planned();
            BigDecimal pYear = s.executed(year, year);
            BigDecimal pTotal = s.executed(0, year);
            planned = planned.add(pPlanned);
            executedYear = executedYear.add(pYear);
            executedTotal = executedTotal.add(pTotal);
            String timeliness = "";
            if (covers(s, year)) {
                due++;
                ParkFiling r = s.reports().get(year);
                Timeliness t = Timeliness.judge(LocalDate.of(year, 12, 31), 0, r == null ? null : r.getFirstSubmittedAt(), now);
                switch (t.status()) {
                    case ON_TIME -> onTime++;
                    case LATE -> {
                        late++;
                        reasons.add(label(locale, "parks.behind.late", t.daysLate()));
                    }
                    case MISSING -> {
                        missing++;
                        reasons.add(label(locale, "parks.behind.missing"));
                    }
                    case NOT_YET_DUE -> {
                    }
                }
                timeliness = label(locale, "slot." + t.status().name()) + (t.status() == Timeliness.Status.LATE
                        ? " " + label(locale, "parks.daysLate", t.daysLate()) : "");
            }
            for (ParkPlanContent.Project x : s.planContent().projects) {
                if (x.end != null && x.end.compareTo(year + "-12") <= 0 && !TaskStatus.COMPLETED.name().equals(status.get(x.code))) {
                    reasons.add(label(locale, "parks.behind.project", x.code + " " + (x.name == null ? "" : x.name), x.end));
                }
            }
            Map<ResultKind, BigDecimal> ownTargets = new EnumMap<>(ResultKind.class);
            for (ParkPlanContent.ExpectedResult e : s.planContent().expectedResults) {
                ResultKind k = ResultKind.valueOf(e.kind);
                BigDecimal[] acc = results.computeIfAbsent(k, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                if (e.target != null) {
                    acc[0] = acc[0].add(e.target);
                    acc[2] = acc[2].add(BigDecimal.ONE);
                    ownTargets.merge(k, e.target, BigDecimal::add);
                }
            }
            AnnualReportContent rc = s.in(year);
            if (rc != null) {
                for (AnnualReportContent.ResultValue v : rc.results) {
                    if (v.kind != null && v.actual != null) {
                        // counted whichever park came first: a result reported by a park that set no target for it counts too
                        ResultKind k = ResultKind.valueOf(v.kind);
                        BigDecimal[] acc = results.computeIfAbsent(k, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                        acc[1] = acc[1].add(v.actual);
                        acc[3] = acc[3].add(BigDecimal.ONE);
                        if (ownTargets.containsKey(k)) {
                            // the attainment rate compares like with like: actuals and targets of the same parks
                            acc[4] = acc[4].add(v.actual);
                            acc[5] = acc[5].add(ownTargets.get(k));
                        }
                    }
                }
                if (rc.experience != null && !rc.experience.isBlank()) {
                    experience.add(new String[] {name, rc.experience.strip()});
                }
                if (rc.difficulties != null && !rc.difficulties.isBlank()) {
                    difficulties.add(new String[] {name, rc.difficulties.strip()});
                }
            }
            if (!reasons.isEmpty()) {
                behind.add(new String[] {name, String.join("；", reasons)});
            }
            table.add("park", Arrays.asList(name, level(locale, p), label(locale, "parks.plan.approved"), timeliness,
                    s.plan().getDecidedAt() == null ? "" : s.plan().getDecidedAt().atZone(Timeliness.SHANGHAI).toLocalDate().toString(),
                    reasons.isEmpty() ? label(locale, "parks.onSchedule") : label(locale, "parks.behindSchedule")),
                    pProjects, pDone, pPlanned, pTotal, rate(pTotal, pPlanned));
        }
        String scopeName = province == null ? label(locale, "parks.allProvinces") : name(province, zh);
        lines.section(label(locale, "parks.overview"));
        lines.paragraph(label(locale, "parks.intro", scopeName, year, listed.size(), approved, projects, completed,
                plain(planned), plain(executedTotal), plain(executedYear)));
        lines.add("statHead", List.of(label(locale, "summary.figure"), label(locale, "summary.value"), label(locale, "summary.unit")));
        lines.stat(label(locale, "parks.listed"), listed.size(), parksUnit);
        lines.stat(label(locale, "parks.withPlan"), all.stream().filter(st -> st.plan() != null || st.pendingPlan() != null).count(),
                parksUnit);
        lines.stat(label(locale, "parks.approved"), approved, parksUnit);
        lines.stat(label(locale, "parks.reportsDue"), due, parksUnit);
        lines.stat(label(locale, "parks.reportsOnTime"), onTime, parksUnit);
        lines.stat(label(locale, "parks.reportsLate"), late, parksUnit);
        lines.stat(label(locale, "parks.reportsMissing"), missing, parksUnit);
        lines.stat(label(locale, "parks.projects"), projects, items);
        lines.stat(label(locale, "parks.projectsCompleted"), completed, items);
        lines.stat(label(locale, "parks.investmentPlanned"), planned, tenK);
        lines.stat(label(locale, "parks.investmentYear", year), executedYear, tenK);
        lines.stat(label(locale, "parks.investmentTotal", year), executedTotal, tenK);
        lines.stat(label(locale, "parks.investmentRate"), rate(executedTotal, planned), "%");
        lines.stat(label(locale, "parks.behindCount"), behind.size(), parksUnit);

        lines.section(label(locale, "parks.byPark"));
        lines.add("parkHead", Arrays.asList(label(locale, "col.park"), label(locale, "col.level"), label(locale, "col.plan"),
                label(locale, "col.reportTimeliness"), label(locale, "col.approvedOn"), label(locale, "col.schedule"),
                label(locale, "col.projects"), label(locale, "col.completed"), label(locale, "col.planned"),
                label(locale, "col.executed", year), label(locale, "col.executionRate")));
        table.rows().forEach(r -> lines.rows().add(r));
        lines.add("parkTotal", Arrays.asList(label(locale, "col.total")), projects, completed, planned, executedTotal,
                rate(executedTotal, planned));

        lines.section(label(locale, "parks.results", year));
        if (results.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
        } else {
            lines.add("resultHead", Arrays.asList(label(locale, "col.result"), label(locale, "col.unit"), label(locale, "col.howCombined"),
                    label(locale, "col.parksWithTarget"), label(locale, "col.expected"), label(locale, "col.parksReported"),
                    label(locale, "col.actualYear", year), label(locale, "col.attainment")));
            results.forEach((k, acc) -> {
                boolean add = ADDITIVE.contains(k);
                // no park stating (reporting) it: blank, not a total of 0 that reads as "nothing saved"
                BigDecimal target = acc[2].signum() == 0 ? null : add ? acc[0] : avg(acc[0], acc[2]);
                BigDecimal actual = acc[3].signum() == 0 ? null : add ? acc[1] : avg(acc[1], acc[3]);
                lines.add("result", Arrays.asList(zh ? k.nameZh() : label(locale, "result." + k.name()), Units.of(k.unit(), locale),
                                label(locale, add ? "parks.sum" : "parks.average")),
                        acc[2], target, acc[3], actual, add ? rate(acc[4], acc[5]) : null);
            });
        }
        lines.section(label(locale, "parks.behindSection"));
        if (behind.isEmpty()) {
            lines.paragraph(label(locale, "parks.noneBehind"));
        }
        behind.forEach(b -> lines.add("remark", Arrays.asList(b[0], b[1])));

        lines.section(label(locale, "parks.experience"));
        experience.forEach(e -> lines.add("remark", Arrays.asList(e[0], e[1])));
        List<TypicalCase> typical = typicalCases(province, year);
        if (!typical.isEmpty()) {
            lines.paragraph(label(locale, "parks.typicalCases", typical.size(), year));
            typical.forEach(c -> lines.add("remark", Arrays.asList(c.getUnitName(),
                    (zh ? c.getList().getTitleZh() : c.getList().getTitleEn() == null ? c.getList().getTitleZh() : c.getList().getTitleEn())
                            + (c.getIndustry() == null ? "" : " · " + c.getIndustry()))));
        }
        if (experience.isEmpty() && typical.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
        }
        lines.section(label(locale, "parks.difficulties"));
        if (difficulties.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
        }
        difficulties.forEach(d -> lines.add("remark", Arrays.asList(d[0], d[1])));

        Organisation issuer = issuer(province);
        String to = addressee != null && !addressee.isBlank() ? addressee : label(locale, "parks.addressee");
        Map<String, Object> p = frame.official(locale, label(locale, "parks.title", scopeName, year),
                label(locale, "parks.subtitle", year), to, issuer, now);
        return engine.produce("park-summary", p, lines.rows(), format,
                (province == null ? "all" : province.getCode()) + "-parks-summary-" + year + "." + format.extension());
    }

    private List<TypicalCase> typicalCases(Organisation province, int year) {
        if (province == null) {
            return List.of();
        }
        return cases.search(new CaseService.Filter(null, null, null, null, province.getId(), null), 0, Page.EVERY).all().stream()
                .filter(c -> c.getList().getYear() == year).toList();
    }

    /** The user's province (the first province among their organisation and its ancestors), or null (national, administrator). */
    private Organisation ownProvince() {
        return access.user().organisation().flatMap(o -> o.selfAndAncestors().stream()
                .filter(a -> a.getKind() == OrganisationKind.PROVINCE).findFirst()).orElse(null);
    }

    /** Who issues: the user's own organisation when it lies in the province, else the province itself. */
    private Organisation issuer(Organisation province) {
        Organisation me = access.user().organisation().orElse(null);
        if (me != null && (province == null || me.selfAndAncestors().stream().anyMatch(a -> a.getId().equals(province.getId())))) {
            return me;
        }
        return province != null ? province : me;
    }

    // ------------------------------------------------------------------ one park

    /** One park's plan and its progress year by year up to {@code year}. */
    public ReportService.Produced park(long parkId, Integer requestedYear, Locale requested, String addressee,
                                       ReportEngine.Format format, Instant now) {
        Locale locale = Messages.supported(requested);
        boolean zh = chinese(locale);
        Park park = parks.get(parkId);
        if (!parkAccess.mayReadParkReport(park.getProvince(), park.getCommittee())) {
            throw new NotFoundException(ParkService.ENTITY, parkId);
        }
        int year = requestedYear != null ? requestedYear : now.atZone(Timeliness.SHANGHAI).getYear() - 1;
        Standing s = standings(park.getProvince().getId(), year).stream().filter(x -> x.park().getId().equals(parkId))
                .findFirst().orElse(null);
        Lines lines = new Lines();
        String tenK = label(locale, "unit.tenThousandYuan");
        lines.section(label(locale, "park.basic"));
        lines.add("kv", Arrays.asList(label(locale, "col.park"), name(park, zh)));
        lines.add("kv", Arrays.asList(label(locale, "col.level"), level(locale, park)));
        lines.add("kv", Arrays.asList(label(locale, "park.committee"), name(park.getCommittee(), zh)));
        lines.add("kv", Arrays.asList(label(locale, "park.location"), name(park.getProvince(), zh)
                + (park.getCity() == null ? "" : " " + name(park.getCity(), zh))));
        if (park.getLeadingIndustries() != null) {
            lines.add("kv", Arrays.asList(label(locale, "park.industries"), park.getLeadingIndustries()));
        }
        if (s == null || s.plan() == null) {
            lines.section(label(locale, "park.plan"));
            lines.paragraph(label(locale, s != null && s.pendingPlan() != null ? "park.planUnderReview" : "park.noPlan"));
        } else {
            ParkPlanContent pc = s.planContent();
            lines.section(label(locale, "park.plan"));
            lines.add("kv", Arrays.asList(label(locale, "park.period"), pc.periodStart + "—" + pc.periodEnd));
            lines.add("kv", Arrays.asList(label(locale, "col.approvedOn"), s.plan().getDecidedAt() == null ? ""
                    : s.plan().getDecidedAt().atZone(Timeliness.SHANGHAI).toLocalDate().toString()));
            lines.add("kvn", Arrays.asList(label(locale, "parks.investmentPlanned"), tenK), s.planned());
            lines.paragraph(pc.basicSituation);
            for (ParkPlanContent.TaskItem t : pc.tasks) {
                lines.add("remark", Arrays.asList(label(locale, "area." + t.area), t.description));
            }
            lines.section(label(locale, "park.projects", year));
            Map<String, String> status = s.projectStatus(year);
            lines.add("projectHead", Arrays.asList(label(locale, "col.code"), label(locale, "col.project"), label(locale, "col.area"),
                    label(locale, "col.projectPeriod"), label(locale, "col.status"), label(locale, "col.planned"),
                    label(locale, "col.executedIn", year), label(locale, "col.executed", year), label(locale, "col.executionRate")));
            BigDecimal sumYear = BigDecimal.ZERO;
            BigDecimal sumTotal = BigDecimal.ZERO;
            for (ParkPlanContent.Project x : pc.projects) {
                BigDecimal inYear = executedOf(s, x.code, year, year);
                BigDecimal total = executedOf(s, x.code, 0, year);
                sumYear = sumYear.add(inYear);
                sumTotal = sumTotal.add(total);
                String st = status.get(x.code);
                lines.add("project", Arrays.asList(x.code, x.name, x.area == null ? "" : label(locale, "area." + x.area),
                                (x.start == null ? "" : x.start) + "—" + (x.end == null ? "" : x.end),
                                st == null ? label(locale, "status.unreported") : label(locale, "status." + st)),
                        x.investment, inYear, total, rate(total, x.investment));
            }
            lines.add("projectTotal", List.of(label(locale, "col.total")), s.planned(), sumYear, sumTotal, rate(sumTotal, s.planned()));

            lines.section(label(locale, "park.results", year));
            lines.add("outcomeHead", Arrays.asList(label(locale, "col.result"), label(locale, "col.unit"), label(locale, "col.baseline"),
                    label(locale, "col.target"), label(locale, "col.targetYear"), label(locale, "col.actualYear", year), label(locale, "col.attainment")));
            AnnualReportContent rc = s.in(year);
            for (ParkPlanContent.ExpectedResult e : pc.expectedResults) {
                ResultKind k = ResultKind.valueOf(e.kind);
                BigDecimal actual = rc == null ? null : rc.results.stream().filter(v -> e.kind.equals(v.kind)).map(v -> v.actual)
                        .filter(v -> v != null).findFirst().orElse(null);
                lines.add("outcome", Arrays.asList(zh ? k.nameZh() : label(locale, "result." + k.name()), Units.of(k.unit(), locale)),
                        e.baseline, e.target, e.targetYear, actual, progress(e.baseline, e.target, actual));
            }
            lines.section(label(locale, "park.reports"));
            lines.add("filingHead", Arrays.asList(label(locale, "col.year"), label(locale, "col.submittedAt"), label(locale, "col.timeliness"),
                    label(locale, "col.decision"), label(locale, "col.evaluation")));
            for (int y = pc.periodStart == null ? year : pc.periodStart; y <= year; y++) {
                ParkFiling r = s.reports().get(y);
                Timeliness t = Timeliness.judge(LocalDate.of(y, 12, 31), 0, r == null ? null : r.getFirstSubmittedAt(), now);
                lines.add("filing", Arrays.asList(String.valueOf(y), r == null || r.getFirstSubmittedAt() == null ? "—"
                                : AT.format(r.getFirstSubmittedAt().atZone(Timeliness.SHANGHAI)),
                        label(locale, "slot." + t.status().name()) + (t.status() == Timeliness.Status.LATE ? " " + label(locale, "parks.daysLate", t.daysLate()) : ""),
                        r == null ? "" : label(locale, "filing." + r.getStatus().name()),
                        r == null || r.getEvaluationResult() == null ? "" : label(locale, "evaluation." + r.getEvaluationResult().name())));
            }
            if (rc != null) {
                lines.section(label(locale, "park.narrative", year));
                if (rc.progress != null) {
                    lines.add("remark", Arrays.asList(label(locale, "park.progress"), rc.progress));
                }
                if (rc.difficulties != null) {
                    lines.add("remark", Arrays.asList(label(locale, "park.difficulties"), rc.difficulties));
                }
                if (rc.experience != null) {
                    lines.add("remark", Arrays.asList(label(locale, "park.experience"), rc.experience));
                }
            }
        }
        Map<String, Object> p = frame.official(locale, label(locale, "park.title", name(park, zh), year),
                label(locale, "park.subtitle", year), addressee, park.getCommittee(), now);
        if (addressee == null || addressee.isBlank()) {
            p.put("ADDRESSEE", name(park.getProvince(), zh) + (zh ? "：" : ":"));
        }
        return engine.produce("park-progress", p, lines.rows(), format,
                park.getCode() + "-progress-" + year + "." + format.extension());
    }

    private static BigDecimal executedOf(Standing s, String code, int from, int to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : s.reportContent().entrySet()) {
            if (e.getKey() >= from && e.getKey() <= to) {
                for (var p : e.getValue().projects) {
                    if (code != null && code.equals(p.code) && p.investmentExecuted != null) {
                        sum = sum.add(p.investmentExecuted);
                    }
                }
            }
        }
        return sum;
    }

    /** Share of the way from baseline (0 when absent) to target that the actual covers, in percent. */
    static BigDecimal progress(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return null;
        }
        BigDecimal b = baseline == null ? BigDecimal.ZERO : baseline;
        if (target.compareTo(b) == 0) {
            return null;
        }
        return actual.subtract(b).multiply(BigDecimal.valueOf(100)).divide(target.subtract(b), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal avg(BigDecimal sum, BigDecimal n) {
        return n.signum() == 0 ? null : sum.divide(n, 3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    static String name(Park p, boolean zh) {
        return zh || p.getNameEn() == null ? p.getNameZh() : p.getNameEn();
    }

    static String name(Organisation o, boolean zh) {
        return o == null ? "" : zh || o.getNameEn() == null ? o.getNameZh() : o.getNameEn();
    }

    private static String level(Locale locale, Park p) {
        return label(locale, "level." + p.getLevel().name());
    }
}
