package org.policytracker.demo;

import org.policytracker.platform.time.Shanghai;
import org.policytracker.reporting.entity.VersionContent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkListContent;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ParkKind;
import org.policytracker.parks.entity.ParkLevel;
import org.policytracker.parks.entity.ParkList;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.parks.entity.TransformationArea;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.PlanLevel;
import org.policytracker.plans.entity.PlanStatus;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.reporting.entity.Frequency;
import org.policytracker.reporting.entity.Participant;
import org.policytracker.reporting.entity.Period;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.TaskReport;

/**
 * A synthetic province for trying the system at a province's size and for the benchmarks
 * (docs/benchmarks.md): cities and their counties, parks with approved plans (8 projects, 5 expected
 * results) and a year's annual report for each year, the province's list of its parks, and plans whose
 * tasks every city reports on yearly — progress words and figures in the manner of the seeds (water saved,
 * investment, reuse rates), some cities late, one missing. Written straight through the entities, a chunk
 * per transaction, as the province would stand after those years. Organisation codes start with "99".
 */
@ApplicationScoped
public class SyntheticProvince {

    /** How big: the default is 12 cities, 120 counties, 300 parks, 10 plans × 60 tasks, 5 years from 2021. */
    public record Size(int cities, int counties, int parks, int plans, int tasksPerPlan, int years, int firstYear) {
        public static final Size DEFAULT = new Size(12, 120, 300, 10, 60, 5, 2021);

        /** Sections of a plan: one for every five tasks (a 60-task plan: 10 sections of 5 tasks). */
        public int sections() {
            return Math.max(1, tasksPerPlan / 6);
        }

        public int tasksPerSection() {
            return Math.max(1, (tasksPerPlan - sections()) / sections());
        }

        public int lastYear() {
            return firstYear + years - 1;
        }
    }

    public static final String PROVINCE = "990000";
    private static final String[] SECTION_TITLES = {"推进工业节水改造", "加快工业废水循环利用", "推动园区循环化改造", "强化重点行业节能降碳",
        "推进固体废物综合利用", "完善标准和计量体系", "加大财税金融支持", "强化科技创新支撑", "加强监督管理", "加强组织实施"};
    private static final String[] TASK_TITLES = {"开展重点用水企业水效对标达标", "推广高效冷却和洗涤节水工艺", "建设园区再生水管网",
        "实施工业废水资源化利用改造", "推进企业内部用水梯级利用", "开展燃煤锅炉淘汰和清洁能源替代", "建设园区集中污水处理设施",
        "推动副产物和废弃物交换利用", "培育节水型企业和标杆园区", "完善用水计量和在线监测", "推进工业固废综合利用项目",
        "开展节水技术装备推广应用", "实施园区能源梯级利用改造", "建立重点项目调度台账", "开展典型案例遴选推广"};
    private static final String[] DONE = {"完成重点企业水效对标%d家", "新增再生水利用量%d万立方米", "节约用水%d万吨", "完成改造投资%d万元",
        "建成再生水管网%d公里", "淘汰燃煤小锅炉%d台", "综合利用工业固废%d万吨"};
    private static final String[] DIFFICULTIES = {"项目建设资金缺口较大", "管网建设受征地拆迁影响", "部分企业改造积极性不高",
        "再生水价格机制尚不完善", "监测计量基础薄弱"};
    private static final String[] NEXT = {"加快在建项目进度，确保年底前建成投运", "加强调度督导，按月通报进展", "争取专项资金支持",
        "组织企业开展对标培训", "推动重点项目纳入年度计划"};

    @PersistenceContext
    EntityManager em;

    @Transactional
    public boolean exists() {
        return !em.createQuery("select o from Organisation o where o.code = :c", Organisation.class)
                .setParameter("c", PROVINCE).getResultList().isEmpty();
    }

    /** The province with its cities and counties; returns the province's id. */
    @Transactional
    public long organisations(Size size) {
        Organisation province = new Organisation(PROVINCE, OrganisationKind.PROVINCE, "基准省（合成数据）", "Benchmark Province (synthetic)");
        em.persist(province);
        for (int c = 1; c <= size.cities(); c++) {
            Organisation city = new Organisation(String.format("99%02d00", c), OrganisationKind.CITY, "基准省第" + c + "市", "City " + c);
            city.setParent(province);
            em.persist(city);
            int counties = size.counties() / size.cities() + (c <= size.counties() % size.cities() ? 1 : 0);
            for (int k = 1; k <= counties; k++) {
                Organisation county = new Organisation(String.format("99%02d%02d", c, k), OrganisationKind.COUNTY,
                        "第" + c + "市第" + k + "县", "County " + c + "-" + k);
                county.setParent(city);
                em.persist(county);
            }
        }
        return province.getId();
    }

    /** Parks {@code from}..{@code to} (1-based) with their committees, plans and five years of reports. */
    @Transactional
    public void parks(Size size, int from, int to) {
        Organisation province = org(PROVINCE);
        final int FIRST_YEAR = size.firstYear();
        final int YEARS = size.years();
        for (int n = from; n <= to; n++) {
            Organisation city = org(String.format("99%02d00", (n - 1) % size.cities() + 1));
            Organisation committee = new Organisation("99P" + n, OrganisationKind.INDUSTRIAL_PARK, "第" + n + "号园区管委会", "Park " + n + " committee");
            committee.setParent(city);
            em.persist(committee);
            Park park = new Park("BM-P" + String.format("%03d", n));
            park.setNameZh("基准省第" + n + "号产业园区");
            park.setNameEn("Benchmark park " + n);
            park.setLevel(n % 3 == 0 ? ParkLevel.NATIONAL : ParkLevel.PROVINCIAL);
            park.setKind(ParkKind.values()[n % ParkKind.values().length]);
            park.setProvince(province);
            park.setCity(city);
            park.setCommittee(committee);
            em.persist(park);
            ParkPlanContent plan = parkPlan(n, FIRST_YEAR, YEARS);
            ParkFiling planFiling = new ParkFiling(park, FilingType.PLAN, FIRST_YEAR, null, null, ParkFilingService.json(plan));
            em.persist(planFiling);
            planFiling.submit(committee.getCode(), at(FIRST_YEAR, 4, 10));
            planFiling.approve("benchmark.office", at(FIRST_YEAR, 5, 20), "同意。");
            for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                AnnualReportContent r = annualReport(plan, n, y, FIRST_YEAR, YEARS);
                ParkFiling report = new ParkFiling(park, FilingType.ANNUAL_REPORT, y, planFiling, LocalDate.of(y, 12, 31),
                        ParkFilingService.json(r));
                em.persist(report);
                // one park in twelve reports in January, late
                report.submit(committee.getCode(), n % 12 == 0 ? at(y + 1, 1, 8) : at(y, 12, 20));
                report.approve("benchmark.office", at(y + 1, 1, 20), "通过。");
            }
        }
    }

    /** Park {@code n}'s plan: every transformation area, eight projects, five expected results. */
    private static ParkPlanContent parkPlan(int n, int FIRST_YEAR, int YEARS) {
        ParkPlanContent plan = new ParkPlanContent();
        plan.periodStart = FIRST_YEAR;
        plan.periodEnd = FIRST_YEAR + YEARS - 1;
        plan.basicSituation = "第" + n + "号园区基本情况（合成数据）：主导产业、企业数量、基础设施与资源能源利用现状。".repeat(4);
        for (TransformationArea a : TransformationArea.values()) {
            ParkPlanContent.TaskItem t = new ParkPlanContent.TaskItem();
            t.area = a.name();
            t.description = "围绕" + a.name() + "开展的主要任务（合成数据）。";
            plan.tasks.add(t);
        }
        for (int p = 1; p <= 8; p++) {
            ParkPlanContent.Project x = new ParkPlanContent.Project();
            x.code = "P" + p;
            x.name = "第" + n + "号园区项目" + p;
            x.area = TransformationArea.values()[p % 5].name();
            x.investment = BigDecimal.valueOf(1000 + (n * 37 + p * 113) % 9000);
            x.start = FIRST_YEAR + "-0" + (1 + p % 9);
            x.end = (FIRST_YEAR + 1 + p % 4) + "-12";
            plan.projects.add(x);
        }
        ResultKind[] kinds = {ResultKind.ENERGY_SAVED, ResultKind.WATER_SAVED, ResultKind.CO2_REDUCED,
            ResultKind.SOLID_WASTE_UTILISATION_RATE, ResultKind.ENERGY_PER_GDP};
        for (ResultKind k : kinds) {
            ParkPlanContent.ExpectedResult e = new ParkPlanContent.ExpectedResult();
            e.kind = k.name();
            e.baseline = k == ResultKind.SOLID_WASTE_UTILISATION_RATE ? BigDecimal.valueOf(80)
                    : k == ResultKind.ENERGY_PER_GDP ? new BigDecimal("0.25") : BigDecimal.ZERO;
            e.target = k == ResultKind.SOLID_WASTE_UTILISATION_RATE ? BigDecimal.valueOf(92)
                    : k == ResultKind.ENERGY_PER_GDP ? new BigDecimal("0.2") : BigDecimal.valueOf(10_000L * (1 + n % 7));
            e.targetYear = FIRST_YEAR + YEARS - 1;
            plan.expectedResults.add(e);
        }
        return plan;
    }

    /** Park {@code n}'s report on year {@code y}: projects completed as they end (one in five late), results on the way. */
    private static AnnualReportContent annualReport(ParkPlanContent plan, int n, int y, int FIRST_YEAR, int YEARS) {
        AnnualReportContent r = new AnnualReportContent();
        for (ParkPlanContent.Project x : plan.projects) {
            AnnualReportContent.ProjectProgress pp = new AnnualReportContent.ProjectProgress();
            pp.code = x.code;
            pp.status = y >= Integer.parseInt(x.end.substring(0, 4)) && (n + y) % 5 != 0 ? TaskStatus.COMPLETED.name()
                    : TaskStatus.IN_PROGRESS.name();
            pp.investmentExecuted = x.investment.divide(BigDecimal.valueOf(YEARS + 1), 0, RoundingMode.HALF_UP);
            r.projects.add(pp);
        }
        for (ParkPlanContent.ExpectedResult e : plan.expectedResults) {
            AnnualReportContent.ResultValue v = new AnnualReportContent.ResultValue();
            v.kind = e.kind;
            v.actual = e.baseline.add(e.target.subtract(e.baseline).multiply(BigDecimal.valueOf(y - FIRST_YEAR + 1))
                    .divide(BigDecimal.valueOf(YEARS + 1), 3, RoundingMode.HALF_UP));
            r.results.add(v);
        }
        r.progress = y + "年，第" + n + "号园区" + String.format(DONE[(n + y) % DONE.length], 5 + (n * 7 + y) % 90) + "，"
                + String.format(DONE[(n + y + 3) % DONE.length], 3 + (n * 11 + y) % 60) + "（合成数据）。";
        r.difficulties = n % 10 == 0 ? "项目用地和资金保障不足（合成数据）。" : null;
        r.experience = n % 25 == 0 ? "园区企业间副产物交换利用的做法（合成数据）。" : null;
        return r;
    }

    /** The province's list of all its parks. */
    @Transactional
    public void parkList(Size size) {
        Organisation province = org(PROVINCE);
        ParkListContent c = new ParkListContent();
        for (Park p : em.createQuery("select p from Park p where p.province = :p order by p.code", Park.class)
                .setParameter("p", province).getResultList()) {
            ParkListContent.Entry e = new ParkListContent.Entry();
            e.parkId = p.getId();
            e.parkCode = p.getCode();
            e.parkName = p.getNameZh();
            c.parks.add(e);
        }
        ParkList list = new ParkList(province, size.firstYear(), LocalDate.of(size.firstYear(), 6, 30), ParkFilingService.json(c));
        em.persist(list);
        list.submit("benchmark.office", at(size.firstYear(), 6, 28));
    }

    /** Plan {@code n} (1-based) with its tasks, a yearly cycle of the cities and each year's reports; returns its id. */
    @Transactional
    public long plan(Size size, int n) {
        Organisation province = org(PROVINCE);
        final int FIRST_YEAR = size.firstYear();
        final int YEARS = size.years();
        Plan plan = new Plan("BM-PLAN-" + n, "基准省第" + n + "号实施方案（合成数据）", PlanLevel.PROVINCIAL);
        plan.changeStatus(PlanStatus.IN_FORCE);
        plan.setOwner(province);
        plan.setPeriodStart(LocalDate.of(FIRST_YEAR, 1, 1));
        plan.setPeriodEnd(LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31));
        em.persist(plan);
        List<Task> leaves = new ArrayList<>();
        for (int s = 1; s <= size.sections(); s++) {
            Task section = new Task(plan, null, TaskKind.SECTION, toRoman(s), s);
            section.setTitleZh(SECTION_TITLES[(s - 1) % SECTION_TITLES.length]);
            em.persist(section);
            for (int t = 1; t <= size.tasksPerSection(); t++) {
                Task task = new Task(plan, section, TaskKind.TASK, String.valueOf(t), t);
                task.setTitleZh(TASK_TITLES[(s * 3 + t + n) % TASK_TITLES.length] + "（" + s + "." + t + "）");
                task.setDeadline(LocalDate.of(FIRST_YEAR + 1 + (s + t) % YEARS, 12, 31));
                task.replaceAssignments(List.of(new UnitAssignment(UnitRole.LEAD, province, Coverage.SELF, null),
                        new UnitAssignment(UnitRole.IMPLEMENTING, province, Coverage.EACH_CITY, null)));
                em.persist(task);
                leaves.add(task);
            }
        }
        ReportingCycle cycle = new ReportingCycle(plan, "BM-CYCLE-" + n);
        cycle.setNameZh("基准省第" + n + "号方案年度报送");
        cycle.setFrequency(Frequency.ANNUAL);
        cycle.setDueDaysAfterPeriod(15);
        cycle.setReviewer(province);
        cycle.setFirstPeriodStart(LocalDate.of(FIRST_YEAR, 1, 1));
        cycle.setLastPeriodEnd(LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31));
        List<Participant> participants = new ArrayList<>();
        List<Organisation> cities = new ArrayList<>();
        for (int c = 1; c <= size.cities(); c++) {
            Organisation city = org(String.format("99%02d00", c));
            cities.add(city);
            participants.add(new Participant(city, null, null));
        }
        cycle.replaceParticipants(participants);
        em.persist(cycle);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            for (Organisation city : cities) {
                citysReport(size, cycle, city, leaves, y, FIRST_YEAR);
            }
        }
        return plan.getId();
    }

    /** A city's report of year {@code y} on the plan's tasks: the last city misses it, the one before sends it late. */
    private void citysReport(Size size, ReportingCycle cycle, Organisation city, List<Task> leaves, int y, int FIRST_YEAR) {
        Period period = Period.containing(Frequency.ANNUAL, LocalDate.of(y, 6, 1));
        Submission s = new Submission(cycle, city, period);
        List<VersionContent.TaskAnswer> reports = new ArrayList<>();
        for (Task t : leaves) {
            TaskReport r = s.addTaskReport(t);
            int pct = Math.min(100, (y - FIRST_YEAR + 1) * 20 - (city.getCode().hashCode() & 7));
            TaskStatus st = pct >= 100 ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
            int k = (int) ((t.getId() + y + city.getId()) % DONE.length);
            String narrative = city.getNameZh() + y + "年" + t.getTitleZh().replaceAll("（.*", "") + "，"
                    + String.format(DONE[k], 2 + (int) ((t.getId() * 13 + y) % 97)) + "，完成年度目标的" + pct + "%。";
            String difficulty = pct < 60 ? DIFFICULTIES[k % DIFFICULTIES.length] + "。" : null;
            String next = pct < 100 ? NEXT[k % NEXT.length] + "。" : null;
            r.fill(st, pct, narrative, difficulty, next, null, null, null);
            reports.add(new VersionContent.TaskAnswer(t.getId(), t.getNumber(), t.getTitleZh(), null, null, st, pct, narrative,
                    difficulty, next, null, null, null));
        }
        em.persist(s);
        // the last city of each year misses its report; the eleventh sends it late
        if (!city.getCode().equals(String.format("99%02d00", size.cities()))) {
            boolean late = city.getCode().equals(String.format("99%02d00", size.cities() - 1));
            s.submit(city.getCode(), late ? at(y + 1, 1, 25) : at(y + 1, 1, 10),
                    new VersionContent(reports, List.of(), List.of(), null).toJson());
        }
    }

    private Organisation org(String code) {
        return em.createQuery("select o from Organisation o where o.code = :c", Organisation.class).setParameter("c", code)
                .getSingleResult();
    }

    private static java.time.Instant at(int y, int m, int d) {
        return LocalDateTime.of(y, m, d, 10, 0).atZone(Shanghai.ZONE).toInstant();
    }

    private static String toRoman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return n <= r.length ? r[n - 1] : String.valueOf(n);
    }
}
