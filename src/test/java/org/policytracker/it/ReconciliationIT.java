package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.demo.SyntheticGenerator;
import org.policytracker.demo.SyntheticProvince;

/**
 * The reports' figures against an independent oracle: for the demo data and a small synthetic province, every
 * timeliness ranking and every plan summary is read back from its Excel file and each of its reporting figures compared
 * with the value this test recomputes from the raw records the REST API gives (each slot's due date, the cycle's grace
 * days, the moment it was first sent; the plan's task tree) by the rules of docs/reporting-rules.md — written here again,
 * not called. A wrong figure in a report fails the build. Read by the auditor, who sees everything.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ArquillianResource
    URL base;

    @Inject
    SyntheticGenerator generator;

    /** In the server: a small synthetic province beside the demo (3 cities, 2 plans × 8 tasks, 2 years of reports). */
    @Test
    @Order(1)
    void aSmallSyntheticProvinceBesideTheDemo() {
        if (!generator.exists()) {
            int lastYear = LocalDate.now(SHANGHAI).getYear() - 1;
            SyntheticGenerator.Built built = generator.build(new SyntheticProvince.Size(3, 6, 4, 2, 8, 2, lastYear - 1));
            assertTrue(built.submissions() > 0, "reports were made: " + built);
        }
    }

    // ---------------------------------------------------------------- the oracle

    /** One reporting slot as the API gives it. */
    record Slot(String organisation, String period, LocalDate due, Instant firstSent, LocalDate end) {
    }

    /** The figures of a set of slots by the rules, recomputed: due, sent, on time, late, missing, rates. */
    record Counts(int due, int submitted, int onTime, int late, int missing) {
        Double reportingRate() {
            return due == 0 ? null : 100.0 * submitted / due;
        }

        Double onTimeRate() {
            return due == 0 ? null : 100.0 * onTime / due;
        }

        static Counts of(List<Slot> slots, int graceDays, LocalDate today) {
            int due = 0, submitted = 0, onTime = 0;
            for (Slot s : slots) {
                LocalDate lastOnTimeDay = s.due().plusDays(graceDays);
                boolean sent = s.firstSent() != null;
                // due once its last on-time day is over, or sent
                if (sent || lastOnTimeDay.isBefore(today)) {
                    due++;
                }
                if (sent) {
                    submitted++;
                    if (!s.firstSent().atZone(SHANGHAI).toLocalDate().isAfter(lastOnTimeDay)) {
                        onTime++;
                    }
                }
            }
            return new Counts(due, submitted, onTime, submitted - onTime, due - submitted);
        }
    }

    private Http auditor() {
        return Http.as(base, "inspector", "zh");
    }

    private List<JsonObject> all(Http http, String path) {
        List<JsonObject> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = http.get(path + (path.contains("?") ? "&" : "?") + "size=500&page=" + page).object();
            out.addAll(p.getJsonArray("items").getValuesAs(JsonObject.class));
            if (out.size() >= p.getJsonNumber("total").longValue() || p.getJsonArray("items").isEmpty()) {
                return out;
            }
        }
    }

    private List<Slot> slots(Http http, long cycle) {
        return all(http, "/api/submissions?cycle=" + cycle).stream().map(s -> new Slot(
                s.getJsonObject("organisation").getString("nameZh"), s.getString("period"), LocalDate.parse(s.getString("dueDate")),
                s.isNull("firstSubmittedAt") ? null : Instant.parse(s.getString("firstSubmittedAt")),
                LocalDate.parse(s.getString("periodEnd")))).toList();
    }

    private static void same(List<String> wrong, String where, String figure, Number expected, Object actual) {
        if (expected == null) {
            if (actual != null) {
                wrong.add(where + " · " + figure + ": expected blank, the report says " + actual);
            }
            return;
        }
        if (!(actual instanceof Double d) || Math.abs(d - expected.doubleValue()) > 0.051) {
            wrong.add(where + " · " + figure + ": expected " + expected + ", the report says " + actual);
        }
    }

    // ---------------------------------------------------------------- timeliness rankings

    @Test
    @Order(2)
    @RunAsClient
    void everyTimelinessRankingAgreesWithTheSlots() throws Exception {
        Http http = auditor();
        LocalDate today = LocalDate.now(SHANGHAI);
        List<String> wrong = new ArrayList<>();
        int cycles = 0;
        int organisations = 0;
        for (JsonObject cycle : all(http, "/api/cycles")) {
            long id = cycle.getJsonNumber("id").longValue();
            int grace = http.get("/api/cycles/" + id).object().getInt("graceDays");
            List<Slot> slots = slots(http, id);
            Map<String, List<Slot>> byOrg = new TreeMap<>();
            slots.forEach(s -> byOrg.computeIfAbsent(s.organisation(), k -> new ArrayList<>()).add(s));
            List<List<Object>> rows = Documents.excel(http.download("/api/reports/cycles/" + id + "/timeliness?format=xlsx"));
            String where = cycle.getString("code");
            Map<String, Integer> red = redTasks(http, cycle, today);
            for (var e : byOrg.entrySet()) {
                List<Object> row = rows.stream().filter(r -> r.size() > 2 && e.getKey().equals(r.get(1))).findFirst().orElse(null);
                Counts expected = Counts.of(e.getValue(), grace, today);
                if (row == null && expected.due() == 0) {
                    continue; // nothing due yet: a ranking may leave the organisation out
                }
                if (row == null) {
                    wrong.add(where + ": no line for " + e.getKey());
                    continue;
                }
                check(wrong, where + " · " + e.getKey(), expected, row.subList(2, row.size()));
                // the red tasks: the last figure of the line
                same(wrong, where + " · " + e.getKey(), "红灯任务", red.getOrDefault(e.getKey(), 0), row.get(row.size() - 1));
                organisations++;
            }
            List<Object> total = rows.stream().filter(r -> !r.isEmpty() && "合计".equals(r.get(0))).findFirst().orElse(null);
            if (total == null) {
                wrong.add(where + ": no total line");
            } else {
                check(wrong, where + " · 合计", Counts.of(slots, grace, today), total.subList(1, total.size()));
            }
            cycles++;
        }
        assertTrue(cycles >= 3 && organisations >= 30, cycles + " cycles, " + organisations + " organisations reconciled");
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " figures differ:\n" + String.join("\n", wrong));
    }

    /** due, submitted, on time, late, missing, then the two rates when there is anything due (blank cells are not in Excel). */
    private static void check(List<String> wrong, String where, Counts c, List<Object> cells) {
        List<Object> v = new ArrayList<>(cells);
        Object[] got = new Object[7];
        for (int i = 0; i < 5 && i < v.size(); i++) {
            got[i] = v.get(i);
        }
        if (c.due() > 0 && v.size() >= 7) {
            got[5] = v.get(5);
            got[6] = v.get(6);
        }
        same(wrong, where, "应报", c.due(), got[0]);
        same(wrong, where, "已报", c.submitted(), got[1]);
        same(wrong, where, "按时", c.onTime(), got[2]);
        same(wrong, where, "逾期", c.late(), got[3]);
        same(wrong, where, "未报", c.missing(), got[4]);
        if (c.due() > 0) {
            same(wrong, where, "报送率", c.reportingRate(), got[5]);
            same(wrong, where, "按时率", c.onTimeRate(), got[6]);
        }
    }

    // ---------------------------------------------------------------- plan summaries

    @Test
    @Order(3)
    @RunAsClient
    void everyPlanSummaryAgreesWithItsPeriodsSlotsAndTheTaskTree() throws Exception {
        Http http = auditor();
        LocalDate today = LocalDate.now(SHANGHAI);
        List<String> wrong = new ArrayList<>();
        int summaries = 0;
        Map<Long, List<JsonObject>> cyclesOfPlan = new HashMap<>();
        for (JsonObject c : all(http, "/api/cycles")) {
            cyclesOfPlan.computeIfAbsent(c.getJsonNumber("planId").longValue(), k -> new ArrayList<>()).add(c);
        }
        for (var plan : cyclesOfPlan.entrySet()) {
            long planId = plan.getKey();
            int nodes = count(http.get("/api/plans/" + planId + "/tasks").array());
            // a period's summary comes from the one cycle that has the period (periods two cycles share are left out)
            Map<String, List<JsonObject>> cyclesOfPeriod = new LinkedHashMap<>();
            Map<Long, List<Slot>> slotsOf = new HashMap<>();
            for (JsonObject c : plan.getValue()) {
                long id = c.getJsonNumber("id").longValue();
                slotsOf.put(id, slots(http, id));
                slotsOf.get(id).stream().map(Slot::period).distinct()
                        .forEach(p -> cyclesOfPeriod.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
            }
            for (var period : cyclesOfPeriod.entrySet()) {
                if (period.getValue().size() != 1) {
                    continue;
                }
                JsonObject c = period.getValue().get(0);
                long id = c.getJsonNumber("id").longValue();
                List<Slot> ofPeriod = slotsOf.get(id).stream().filter(s -> s.period().equals(period.getKey())).toList();
                if (ofPeriod.stream().noneMatch(s -> !s.due().isAfter(today))) {
                    continue; // a period not yet due has no summary
                }
                int grace = http.get("/api/cycles/" + id).object().getInt("graceDays");
                Counts expected = Counts.of(ofPeriod, grace, today);
                List<List<Object>> rows = Documents.excel(http.download("/api/reports/plans/" + planId + "/summary?format=xlsx&period="
                        + period.getKey()));
                String where = c.getString("planCode") + " " + period.getKey();
                same(wrong, where, "任务总数", nodes, figure(rows, "任务总数"));
                same(wrong, where, "本期应报送", expected.due(), figure(rows, "本期应报送"));
                same(wrong, where, "按时报送", expected.onTime(), figure(rows, "按时报送"));
                same(wrong, where, "逾期报送", expected.late(), figure(rows, "逾期报送"));
                same(wrong, where, "未报送", expected.missing(), figure(rows, "未报送"));
                same(wrong, where, "报送率", expected.reportingRate(), figure(rows, "报送率"));
                same(wrong, where, "按时率", expected.onTimeRate(), figure(rows, "按时率"));
                LocalDate end = ofPeriod.stream().map(s -> s.end()).max(LocalDate::compareTo).orElseThrow();
                Map<String, Integer> counts = statusAndLights(http, planId, end, today.isBefore(end) ? today : end);
                counts.forEach((label, n) -> same(wrong, where, label, n, figure(rows, label)));
                summaries++;
            }
        }
        assertTrue(summaries >= 4, summaries + " plan summaries reconciled");
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " figures differ:\n" + String.join("\n", wrong));
    }

    /** The number of the stat line {@code label}, or null when the line shows none. */
    private static Object figure(List<List<Object>> rows, String label) {
        for (List<Object> r : rows) {
            if (r.size() > 1 && label.equals(r.get(0))) {
                return r.get(1) instanceof Double d ? d : null;
            }
        }
        return null;
    }

    private static int count(jakarta.json.JsonArray nodes) {
        int n = 0;
        for (JsonObject node : nodes.getValuesAs(JsonObject.class)) {
            n += 1 + count(node.getJsonArray("children"));
        }
        return n;
    }

    // ---------------------------------------------------------------- provincial park summaries

    /** One park's standing in a year, recomputed from its filings' sent versions (docs/reports.md, report 1). */
    record ParkYear(boolean planSent, boolean approved, int projects, double planned, boolean reportDue, String report,
                    double executedInYear, double executedToDate, int completed, Map<String, Double> targets,
                    Map<String, Double> actuals) {
    }

    /** Names of the result kinds as the Chinese report prints them, and which are summed (the others averaged). */
    private static final Map<String, String> RESULT_NAMES = Map.of("ENERGY_SAVED", "节能量", "WATER_SAVED", "节水量",
            "CO2_REDUCED", "二氧化碳减排量", "SOLID_WASTE_REDUCED", "固体废物减量", "WASTEWATER_REDUCED", "废水减排量",
            "AIR_POLLUTANTS_REDUCED", "主要大气污染物减排量", "ENERGY_PER_GDP", "单位GDP能耗", "WATER_PER_GDP", "单位GDP用水量",
            "SOLID_WASTE_UTILISATION_RATE", "固体废物综合利用率");
    private static final java.util.Set<String> SUMMED = java.util.Set.of("ENERGY_SAVED", "WATER_SAVED", "CO2_REDUCED",
            "SOLID_WASTE_REDUCED", "WASTEWATER_REDUCED", "AIR_POLLUTANTS_REDUCED");

    /**
     * The expected results against the year's actuals, per kind: how many parks state a target and their targets summed
     * (volumes) or averaged (rates, intensities); how many reported and their actuals likewise; a volume's attainment
     * over the parks that have both, actuals ÷ their own targets.
     */
    private static void results(List<String> wrong, String where, List<ParkYear> standing, List<List<Object>> rows) {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        standing.forEach(s -> {
            kinds.addAll(s.targets().keySet());
            kinds.addAll(s.actuals().keySet());
        });
        for (String kind : kinds) {
            List<Double> targets = standing.stream().map(s -> s.targets().get(kind)).filter(java.util.Objects::nonNull).toList();
            List<Double> actuals = standing.stream().map(s -> s.actuals().get(kind)).filter(java.util.Objects::nonNull).toList();
            boolean summed = SUMMED.contains(kind);
            String name = RESULT_NAMES.get(kind);
            List<Object> row = rows.stream().filter(r -> r.size() > 3 && name.equals(r.get(0))).findFirst().orElse(null);
            if (row == null) {
                wrong.add(where + " · " + name + ": no line in the results table");
                continue;
            }
            List<Object> numbers = row.stream().filter(x -> x instanceof Double).toList();
            same(wrong, where + " · " + name, "设目标园区", targets.size(), numbers.size() > 0 ? numbers.get(0) : null);
            double t = targets.stream().mapToDouble(Double::doubleValue).sum();
            double a = actuals.stream().mapToDouble(Double::doubleValue).sum();
            Double expectedTarget = targets.isEmpty() ? null : summed ? t : Math.round(1000.0 * t / targets.size()) / 1000.0;
            Double expectedActual = actuals.isEmpty() ? null : summed ? a : Math.round(1000.0 * a / actuals.size()) / 1000.0;
            List<Object> rest = numbers.subList(1, numbers.size());
            int i = 0;
            Object gotTarget = expectedTarget == null ? null : rest.size() > i ? rest.get(i++) : null;
            Object gotReported = rest.size() > i ? rest.get(i++) : null;
            Object gotActual = expectedActual == null ? null : rest.size() > i ? rest.get(i++) : null;
            Object gotRate = rest.size() > i ? rest.get(i) : null;
            same(wrong, where + " · " + name, "预期值", expectedTarget, gotTarget);
            same(wrong, where + " · " + name, "报送园区", actuals.size(), gotReported);
            same(wrong, where + " · " + name, "实际", expectedActual, gotActual);
            if (summed) {
                double both = 0;
                double own = 0;
                for (ParkYear s : standing) {
                    if (s.targets().containsKey(kind) && s.actuals().containsKey(kind)) {
                        both += s.actuals().get(kind);
                        own += s.targets().get(kind);
                    }
                }
                same(wrong, where + " · " + name, "完成%", own == 0 ? null : Math.round(1000.0 * both / own) / 10.0, gotRate);
            }
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void everyProvincialParkSummaryAgreesWithTheFilingsAsSent() throws Exception {
        Http http = auditor();
        LocalDate today = LocalDate.now(SHANGHAI);
        List<String> wrong = new ArrayList<>();
        int summaries = 0;
        int parkReports = 0;
        for (JsonObject province : all(http, "/api/organisations?kind=PROVINCE")) {
            long pid = province.getJsonNumber("id").longValue();
            List<JsonObject> parks = all(http, "/api/parks?province=" + pid);
            if (parks.isEmpty()) {
                continue;
            }
            List<JsonObject> lists = all(http, "/api/park-lists?province=" + pid);
            Map<Long, List<JsonObject>> filingsOf = new HashMap<>();
            Map<Long, List<JsonObject>> versionsOf = new HashMap<>();
            for (JsonObject park : parks) {
                long id = park.getJsonNumber("id").longValue();
                List<JsonObject> filings = all(http, "/api/park-filings?park=" + id);
                filingsOf.put(id, filings);
                for (JsonObject f : filings) {
                    long fid = f.getJsonNumber("id").longValue();
                    versionsOf.put(fid, http.get("/api/park-filings/" + fid + "/versions").array().getValuesAs(JsonObject.class));
                }
            }
            for (int year = today.getYear() - 3; year < today.getYear(); year++) {
                Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(SHANGHAI).toInstant();
                // listed: on the province's lists sent by the end of the year
                java.util.Set<Long> listed = new java.util.TreeSet<>();
                for (JsonObject l : lists) {
                    if ("SUBMITTED".equals(l.getString("status")) && !l.isNull("submittedAt")
                            && Instant.parse(l.getString("submittedAt")).isBefore(yearEnd)) {
                        l.getJsonObject("content").getJsonArray("parks").getValuesAs(JsonObject.class)
                                .forEach(e -> listed.add(e.getJsonNumber("parkId").longValue()));
                    }
                }
                List<ParkYear> standing = new ArrayList<>();
                for (JsonObject park : parks) {
                    ParkYear s = standing(filingsOf.get(park.getJsonNumber("id").longValue()), versionsOf, year, yearEnd, today);
                    standing.add(s);
                    if (s.approved()) {
                        // one park's own report: its projects' total line (planned, executed in the year, to date, share)
                        List<List<Object>> own = Documents.excel(http.download("/api/reports/parks/" + park.getJsonNumber("id").longValue()
                                + "/progress?format=xlsx&year=" + year));
                        List<Double> total = own.stream().filter(r -> !r.isEmpty() && "合计".equals(r.get(0))).findFirst()
                                .map(r -> r.stream().filter(x -> x instanceof Double).map(x -> (Double) x).toList()).orElse(List.of());
                        String at = park.getString("nameZh") + " " + year;
                        same(wrong, at, "计划投资", s.planned(), total.size() > 0 ? total.get(0) : null);
                        same(wrong, at, "当年完成", s.executedInYear(), total.size() > 1 ? total.get(1) : null);
                        same(wrong, at, "累计完成", s.executedToDate(), total.size() > 2 ? total.get(2) : null);
                        same(wrong, at, "完成率", s.planned() == 0 ? null : Math.round(1000.0 * s.executedToDate() / s.planned()) / 10.0,
                                total.size() > 3 ? total.get(3) : null);
                        parkReports++;
                    }
                }
                int approved = (int) standing.stream().filter(ParkYear::approved).count();
                double planned = standing.stream().mapToDouble(ParkYear::planned).sum();
                double toDate = standing.stream().mapToDouble(ParkYear::executedToDate).sum();
                List<List<Object>> rows = Documents.excel(http.download("/api/reports/parks/summary?format=xlsx&year=" + year
                        + "&province=" + pid));
                String where = province.getString("nameZh") + " " + year;
                same(wrong, where, "列入名单园区", listed.size(), figure(rows, "列入名单园区"));
                same(wrong, where, "已报送实施方案园区", standing.stream().filter(ParkYear::planSent).count(), figure(rows, "已报送实施方案园区"));
                same(wrong, where, "实施方案已批复", approved, figure(rows, "实施方案已批复"));
                same(wrong, where, "应报年度报告", standing.stream().filter(ParkYear::reportDue).count(), figure(rows, "应报年度报告"));
                same(wrong, where, "按时报送", standing.stream().filter(s -> "ON_TIME".equals(s.report())).count(), figure(rows, "按时报送"));
                same(wrong, where, "逾期报送", standing.stream().filter(s -> "LATE".equals(s.report())).count(), figure(rows, "逾期报送"));
                same(wrong, where, "未报送", standing.stream().filter(s -> "MISSING".equals(s.report())).count(), figure(rows, "未报送"));
                same(wrong, where, "已批复方案项目数", standing.stream().mapToInt(ParkYear::projects).sum(), figure(rows, "已批复方案项目数"));
                same(wrong, where, "已完成项目", standing.stream().mapToInt(ParkYear::completed).sum(), figure(rows, "已完成项目"));
                same(wrong, where, "计划总投资", planned, figure(rows, "计划总投资"));
                same(wrong, where, year + "年完成投资", standing.stream().mapToDouble(ParkYear::executedInYear).sum(),
                        figure(rows, year + "年完成投资"));
                same(wrong, where, "截至" + year + "年底累计完成投资", toDate, figure(rows, "截至" + year + "年底累计完成投资"));
                same(wrong, where, "投资完成率", planned == 0 ? null : Math.round(1000.0 * toDate / planned) / 10.0,
                        figure(rows, "投资完成率"));
                results(wrong, where, standing, rows);
                summaries++;
            }
        }
        assertTrue(summaries >= 6 && parkReports >= 6, summaries + " provincial park summaries, " + parkReports
                + " parks' own reports reconciled");
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " figures differ:\n" + String.join("\n", wrong));
    }

    /**
     * A park in a year: its plan approved by the year's end (the latest such approval whose plan starts by the year), its
     * projects and their planned investment in the version approved; the annual report of the year due when that plan
     * covers the year (on time, late or missing against its due date); investment executed in that year's and earlier
     * reports (the last version sent); projects completed in the latest report up to the year.
     */
    private static ParkYear standing(List<JsonObject> filings, Map<Long, List<JsonObject>> versionsOf, int year, Instant yearEnd,
                                     LocalDate today) {
        boolean planSent = false;
        JsonObject approvedPlan = null;
        Instant approvedAt = null;
        for (JsonObject f : filings) {
            if (!"PLAN".equals(f.getString("type"))) {
                continue;
            }
            for (JsonObject v : versionsOf.get(f.getJsonNumber("id").longValue())) {
                if (Instant.parse(v.getString("submittedAt")).isBefore(yearEnd)) {
                    planSent = true;
                }
                if ("APPROVED".equals(v.getString("outcome", "")) && !v.isNull("reviewedAt")) {
                    Instant at = Instant.parse(v.getString("reviewedAt"));
                    JsonObject content = v.getJsonObject("content");
                    if (at.isBefore(yearEnd) && content.getInt("periodStart", 9999) <= year && (approvedAt == null || at.isAfter(approvedAt))) {
                        approvedPlan = content;
                        approvedAt = at;
                    }
                }
            }
        }
        if (approvedPlan == null) {
            return new ParkYear(planSent, false, 0, 0, false, null, 0, 0, 0, Map.of(), Map.of());
        }
        List<JsonObject> projects = approvedPlan.getJsonArray("projects").getValuesAs(JsonObject.class);
        double planned = projects.stream().filter(x -> !x.isNull("investment")).mapToDouble(x -> x.getJsonNumber("investment").doubleValue()).sum();
        boolean due = approvedPlan.getInt("periodStart") <= year && year <= approvedPlan.getInt("periodEnd", 9999);
        String report = null;
        double inYear = 0;
        double toDate = 0;
        Map<String, String> status = new HashMap<>();
        TreeMap<Integer, JsonObject> lastSentByYear = new TreeMap<>();
        for (JsonObject f : filings) {
            if (!"ANNUAL_REPORT".equals(f.getString("type")) || f.getInt("year") > year) {
                continue;
            }
            List<JsonObject> versions = versionsOf.get(f.getJsonNumber("id").longValue());
            if (!versions.isEmpty()) {
                lastSentByYear.put(f.getInt("year"), versions.get(versions.size() - 1).getJsonObject("content"));
            }
            if (f.getInt("year") == year && due) {
                LocalDate dueDate = LocalDate.parse(f.getString("dueDate"));
                if (f.isNull("firstSubmittedAt")) {
                    report = dueDate.isBefore(today) ? "MISSING" : null;
                } else {
                    report = Instant.parse(f.getString("firstSubmittedAt")).atZone(SHANGHAI).toLocalDate().isAfter(dueDate) ? "LATE" : "ON_TIME";
                }
            }
        }
        if (due && report == null && LocalDate.of(year, 12, 31).isBefore(today)) {
            report = "MISSING"; // no annual report opened for a year whose due date has passed
        }
        for (var e : lastSentByYear.entrySet()) {
            for (JsonObject pp : e.getValue().getJsonArray("projects").getValuesAs(JsonObject.class)) {
                double x = pp.isNull("investmentExecuted") || !pp.containsKey("investmentExecuted") ? 0
                        : pp.getJsonNumber("investmentExecuted").doubleValue();
                toDate += x;
                if (e.getKey() == year) {
                    inYear += x;
                }
                if (pp.containsKey("status") && !pp.isNull("status")) {
                    status.put(pp.getString("code", ""), pp.getString("status"));
                }
            }
        }
        int completed = (int) projects.stream().filter(x -> "COMPLETED".equals(status.get(x.getString("code", "")))).count();
        Map<String, Double> targets = new HashMap<>();
        for (JsonObject e : approvedPlan.getJsonArray("expectedResults").getValuesAs(JsonObject.class)) {
            if (e.containsKey("target") && !e.isNull("target")) {
                targets.merge(e.getString("kind"), e.getJsonNumber("target").doubleValue(), Double::sum);
            }
        }
        Map<String, Double> actuals = new HashMap<>();
        JsonObject ofYear = lastSentByYear.get(year);
        if (ofYear != null && ofYear.containsKey("results")) {
            for (JsonObject r : ofYear.getJsonArray("results").getValuesAs(JsonObject.class)) {
                if (r.containsKey("actual") && !r.isNull("actual") && r.containsKey("kind") && !r.isNull("kind")) {
                    actuals.merge(r.getString("kind"), r.getJsonNumber("actual").doubleValue(), Double::sum);
                }
            }
        }
        return new ParkYear(planSent, true, projects.size(), planned, due, report, inYear, toDate, completed, targets, actuals);
    }

    // ---------------------------------------------------------------- indicator attainment

    /**
     * Every target's line in every plan's indicator attainment: baseline, required value (stated, or the baseline moved
     * by the relative change), target year, the latest actual up to the target year and the progress from baseline to
     * target — the actual recomputed from the sent versions' indicator values: the scope's own value of the year's
     * latest report, else the values of the organisations under the scope combined by the indicator's aggregation.
     */
    @Test
    @Order(5)
    @RunAsClient
    void everyIndicatorAttainmentAgreesWithTheValuesSent() throws Exception {
        Http http = auditor();
        List<String> wrong = new ArrayList<>();
        Map<Long, Long> parentOf = new HashMap<>();
        for (JsonObject o : all(http, "/api/organisations")) {
            if (!o.isNull("parentId")) {
                parentOf.put(o.getJsonNumber("id").longValue(), o.getJsonNumber("parentId").longValue());
            }
        }
        int lines = 0;
        for (JsonObject plan : all(http, "/api/plans")) {
            long planId = plan.getJsonNumber("id").longValue();
            List<JsonObject> targets = new ArrayList<>(http.get("/api/plans/" + planId + "/targets").array().getValuesAs(JsonObject.class));
            if (targets.isEmpty()) {
                continue;
            }
            // indicator → organisation → year → (period end, value) of the latest sent version of each slot
            Map<Long, Map<Long, TreeMap<Integer, Object[]>>> values = new HashMap<>();
            for (JsonObject s : all(http, "/api/submissions?plan=" + planId)) {
                if (s.getInt("versions") == 0) {
                    continue;
                }
                List<JsonObject> versions = http.get("/api/submissions/" + s.getJsonNumber("id").longValue() + "/versions").array()
                        .getValuesAs(JsonObject.class);
                JsonObject last = versions.stream().max(java.util.Comparator.comparingInt(v -> v.getInt("number"))).orElseThrow();
                LocalDate end = LocalDate.parse(s.getString("periodEnd"));
                long org = s.getJsonObject("organisation").getJsonNumber("id").longValue();
                JsonObject content = last.getJsonObject("content");
                if (!content.containsKey("indicatorValues")) {
                    continue;
                }
                for (JsonObject iv : content.getJsonArray("indicatorValues").getValuesAs(JsonObject.class)) {
                    if (!iv.containsKey("value") || iv.isNull("value")) {
                        continue;
                    }
                    values.computeIfAbsent(iv.getJsonNumber("indicatorId").longValue(), k -> new HashMap<>())
                            .computeIfAbsent(org, k -> new TreeMap<>())
                            .merge(end.getYear(), new Object[] {end, iv.getJsonNumber("value").doubleValue()},
                                    (a, b) -> ((LocalDate) b[0]).isAfter((LocalDate) a[0]) ? b : a);
                }
            }
            targets.sort(java.util.Comparator.comparing((JsonObject t) -> t.getJsonObject("indicator").getString("code"))
                    .thenComparingInt(t -> t.getInt("targetYear")));
            List<List<Object>> rows = Documents.excel(http.download("/api/reports/plans/" + planId + "/indicators?format=xlsx"));
            // the overview's lines, in the report's order (indicator code, target year)
            List<List<Object>> overview = new ArrayList<>();
            int at = 0;
            for (JsonObject t : targets) {
                String name = t.getJsonObject("indicator").getString("nameZh");
                while (at < rows.size() && !(rows.get(at).get(0) instanceof String s0 && s0.startsWith(name + " (")
                        && rows.get(at).size() > 1 && t.getJsonObject("scope").getString("nameZh").equals(rows.get(at).get(1)))) {
                    at++;
                }
                overview.add(at < rows.size() ? rows.get(at++) : null);
            }
            for (int i = 0; i < targets.size(); i++) {
                JsonObject t = targets.get(i);
                JsonObject indicator = t.getJsonObject("indicator");
                String where = plan.getString("code") + " · " + indicator.getString("code") + " " + t.getInt("targetYear");
                if (overview.get(i) == null) {
                    wrong.add(where + ": no line in the overview");
                    continue;
                }
                boolean counting = !indicator.isNull("countsRecognition");
                Double baseline = t.isNull("baselineValue") ? null : t.getJsonNumber("baselineValue").doubleValue();
                Double required = !t.isNull("targetValue") ? Double.valueOf(t.getJsonNumber("targetValue").doubleValue())
                        : baseline != null && !t.isNull("relativeChangePercent")
                        ? baseline * (1 + t.getJsonNumber("relativeChangePercent").doubleValue() / 100) : null;
                TreeMap<Integer, Double> actual = counting ? recognised(http, t, plan, parentOf)
                        : actuals(values.getOrDefault(indicator.getJsonNumber("id").longValue(), Map.of()),
                        t.getJsonObject("scope").getJsonNumber("id").longValue(), indicator.getString("aggregation"), parentOf);
                TreeMap<Integer, Double> upTo = new TreeMap<>(actual.headMap(t.getInt("targetYear") + 1));
                Double latest = upTo.isEmpty() ? null : upTo.lastEntry().getValue();
                Double progress = latest != null && required != null && baseline != null && Math.abs(required - baseline) > 1e-12
                        ? Math.round((latest - baseline) / (required - baseline) * 1000) / 10.0 : null;
                List<Double> expected = new ArrayList<>();
                for (Double d : java.util.Arrays.asList(baseline, required, (double) t.getInt("targetYear"), latest, progress)) {
                    if (d != null) {
                        expected.add(d);
                    }
                }
                List<Double> got = overview.get(i).stream().filter(x -> x instanceof Double).map(x -> (Double) x).toList();
                boolean same = got.size() == expected.size();
                for (int k = 0; same && k < got.size(); k++) {
                    same = Math.abs(got.get(k) - expected.get(k)) <= Math.max(0.051, Math.abs(expected.get(k)) * 1e-4);
                }
                if (!same) {
                    wrong.add(where + ": expected baseline, target, year, latest actual, progress " + expected + ", the report says " + got);
                }
                lines++;
            }
        }
        assertTrue(lines >= 17, lines + " target lines reconciled");
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " lines differ:\n" + String.join("\n", wrong));
    }

    /** The scope's actual by year: its own value, else the values of the organisations under it, combined. */
    private static TreeMap<Integer, Double> actuals(Map<Long, TreeMap<Integer, Object[]>> byOrg, long scope, String aggregation,
                                                    Map<Long, Long> parentOf) {
        TreeMap<Integer, Double> out = new TreeMap<>();
        byOrg.getOrDefault(scope, new TreeMap<>()).forEach((y, v) -> out.put(y, (Double) v[1]));
        Map<Integer, List<Object[]>> under = new TreeMap<>();
        byOrg.forEach((org, years) -> {
            if (org != scope && isUnder(org, scope, parentOf)) {
                years.forEach((y, v) -> under.computeIfAbsent(y, k -> new ArrayList<>()).add(v));
            }
        });
        under.forEach((y, list) -> {
            if (!out.containsKey(y)) {
                List<Double> v = list.stream().map(x -> (Double) x[1]).toList();
                double combined = switch (aggregation) {
                    case "SUM" -> v.stream().mapToDouble(Double::doubleValue).sum();
                    case "AVERAGE" -> v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                    case "MAX" -> v.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                    case "MIN" -> v.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                    default -> (Double) list.stream().max(java.util.Comparator.comparing(x -> (LocalDate) x[0])).orElseThrow()[1];
                };
                out.put(y, combined);
            }
        });
        return out;
    }

    private static boolean isUnder(long org, long scope, Map<Long, Long> parentOf) {
        Long p = parentOf.get(org);
        for (int i = 0; p != null && i < 16; i++, p = parentOf.get(p)) {
            if (p == scope) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- task status and lights (docs/reporting-rules.md)

    /** A task's roll-up, recomputed: progress (one decimal), status (null: nobody reported), light. */
    record Rolled(Double percent, String status, int light) {
    }

    /**
     * The status and light counts of a plan summary for the period ending {@code end}, judged on {@code day}: each
     * obliged organisation's answer from the newest sent version of its latest report on periods up to the end, rolled
     * up the task tree by the rules of docs/reporting-rules.md ("Progress and lights", "Traffic light of a task").
     * Who is obliged on which task is read from the progress view (its parts), the rest from the raw records.
     */
    private Map<String, Integer> statusAndLights(Http http, long planId, LocalDate end, LocalDate day) {
        LocalDate planStart = LocalDate.parse(http.get("/api/plans/" + planId).object().getString("periodStart"));
        List<JsonObject> lines = http.get("/api/plans/" + planId + "/progress").object().getJsonArray("tasks").getValuesAs(JsonObject.class);
        Map<String, Object[]> answer = answers(http, all(http, "/api/submissions?plan=" + planId), end);
        Map<Long, List<JsonObject>> children = new HashMap<>();
        lines.forEach(l -> {
            if (!l.isNull("parentId")) {
                children.computeIfAbsent(l.getJsonNumber("parentId").longValue(), k -> new ArrayList<>()).add(l);
            }
        });
        Map<Long, Rolled> done = new HashMap<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            JsonObject t = lines.get(i);
            long id = t.getJsonNumber("taskId").longValue();
            List<Object[]> parts = new ArrayList<>();
            for (JsonObject part : t.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
                Object[] a = answer.get(part.getJsonObject("organisation").getJsonNumber("id").longValue() + "/" + id);
                parts.add(a == null ? new Object[] {null, null} : a);
            }
            List<JsonObject> kids = children.getOrDefault(id, List.of());
            boolean kidData = kids.stream().anyMatch(k -> done.get(k.getJsonNumber("taskId").longValue()).percent() != null);
            boolean ownData = parts.stream().anyMatch(x -> x[0] != null);
            double subShare = kidData ? (ownData ? 0.5 : 1.0) : 0.0;
            double orgShare = ownData ? 1.0 - subShare : 0.0;
            Double percent = null;
            String status = null;
            if (kidData || ownData) {
                double sum = 0;
                for (JsonObject k : kids) {
                    Double kp = done.get(k.getJsonNumber("taskId").longValue()).percent();
                    sum += (kp == null ? 0 : kp) * subShare / kids.size();
                }
                for (Object[] x : parts) {
                    sum += (x[1] == null ? 0 : (Integer) x[1]) * orgShare / parts.size();
                }
                percent = sum;
                List<String> statuses = new ArrayList<>();
                if (kidData) {
                    kids.forEach(k -> statuses.add(done.get(k.getJsonNumber("taskId").longValue()).status()));
                }
                parts.forEach(x -> statuses.add((String) x[0]));
                status = statuses.stream().allMatch(java.util.Objects::isNull) ? null
                        : statuses.contains("DELAYED") ? "DELAYED"
                        : statuses.stream().allMatch("COMPLETED"::equals) ? "COMPLETED"
                        : statuses.stream().allMatch(x -> x == null || "NOT_STARTED".equals(x)) ? "NOT_STARTED" : "IN_PROGRESS";
            }
            LocalDate deadline = t.isNull("deadline") ? null : LocalDate.parse(t.getString("deadline"));
            int light = light(status, percent == null ? null : (int) Math.floor(percent), planStart, deadline, day);
            for (JsonObject k : kids) {
                light = Math.max(light, done.get(k.getJsonNumber("taskId").longValue()).light());
            }
            done.put(id, new Rolled(percent == null ? null : Math.round(percent * 10) / 10.0, status, light));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> statusNames = Map.of("NOT_STARTED", "未开始任务", "IN_PROGRESS", "推进中任务", "COMPLETED", "已完成任务",
                "DELAYED", "滞后任务");
        statusNames.values().forEach(n -> counts.put(n, 0));
        counts.put("尚无报送的任务", 0);
        counts.put("绿灯任务", 0);
        counts.put("黄灯任务", 0);
        counts.put("红灯任务", 0);
        for (Rolled r : done.values()) {
            counts.merge(r.status() == null ? "尚无报送的任务" : statusNames.get(r.status()), 1, Integer::sum);
            counts.merge(new String[] {"绿灯任务", "黄灯任务", "红灯任务"}[r.light()], 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The answers that count up to {@code end}: (organisation/task) → status and percent, from the newest sent version
     * of each report on a period ending by then, a later period's report overriding an earlier one.
     */
    private static Map<String, Object[]> answers(Http http, List<JsonObject> slots, LocalDate end) {
        Map<String, Object[]> answer = new HashMap<>();
        slots.stream().filter(s -> s.getInt("versions") > 0 && !LocalDate.parse(s.getString("periodEnd")).isAfter(end))
                .sorted(java.util.Comparator.comparing((JsonObject s) -> LocalDate.parse(s.getString("periodEnd")))
                        .thenComparingLong(s -> s.getJsonNumber("id").longValue()))
                .forEach(s -> {
                    JsonObject newest = http.get("/api/submissions/" + s.getJsonNumber("id").longValue() + "/versions").array()
                            .getValuesAs(JsonObject.class).stream().max(java.util.Comparator.comparingInt(v -> v.getInt("number")))
                            .orElseThrow();
                    long org = s.getJsonObject("organisation").getJsonNumber("id").longValue();
                    for (JsonObject r : newest.getJsonObject("content").getJsonArray("taskReports").getValuesAs(JsonObject.class)) {
                        answer.put(org + "/" + r.getJsonNumber("taskId").longValue(), new Object[] {
                                r.containsKey("status") && !r.isNull("status") ? r.getString("status") : null,
                                r.containsKey("percentDone") && !r.isNull("percentDone") ? r.getInt("percentDone") : null});
                    }
                });
        return answer;
    }

    /** The light of docs/reporting-rules.md: 0 green, 1 yellow, 2 red. */
    private static int light(String status, Integer percent, LocalDate start, LocalDate deadline, LocalDate day) {
        if ("COMPLETED".equals(status)) {
            return 0;
        }
        if ("DELAYED".equals(status)) {
            return 2;
        }
        if (deadline == null) {
            return 0;
        }
        if (day.isAfter(deadline)) {
            return 2; // the deadline has passed and the task is not completed
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(day, deadline) <= 30) {
            return 1;
        }
        if (start != null && start.isBefore(deadline) && !day.isBefore(start)) {
            double elapsed = 100.0 * java.time.temporal.ChronoUnit.DAYS.between(start, day)
                    / java.time.temporal.ChronoUnit.DAYS.between(start, deadline);
            if (elapsed - (percent == null ? 0 : percent) > 20) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * Each organisation's red tasks in a cycle's ranking: its own light on every task it answers for, from that cycle's
     * reports only, up to the end of the cycle's last period already begun and judged on that day (today while the
     * period runs) — docs/reports.md, "Ranking rule".
     */
    private Map<String, Integer> redTasks(Http http, JsonObject cycle, LocalDate today) {
        long cycleId = cycle.getJsonNumber("id").longValue();
        long planId = cycle.getJsonNumber("planId").longValue();
        List<JsonObject> slots = all(http, "/api/submissions?cycle=" + cycleId);
        LocalDate end = slots.stream().filter(s -> !LocalDate.parse(s.getString("periodStart")).isAfter(today))
                .map(s -> LocalDate.parse(s.getString("periodEnd"))).max(LocalDate::compareTo).orElse(today);
        LocalDate day = end.isBefore(today) ? end : today;
        LocalDate planStart = LocalDate.parse(http.get("/api/plans/" + planId).object().getString("periodStart"));
        Map<String, Object[]> answer = answers(http, slots, end);
        Map<Long, String> participants = new HashMap<>();
        slots.forEach(s -> participants.put(s.getJsonObject("organisation").getJsonNumber("id").longValue(),
                s.getJsonObject("organisation").getString("nameZh")));
        Map<String, Integer> red = new HashMap<>();
        for (JsonObject t : http.get("/api/plans/" + planId + "/progress").object().getJsonArray("tasks").getValuesAs(JsonObject.class)) {
            long task = t.getJsonNumber("taskId").longValue();
            LocalDate deadline = t.isNull("deadline") ? null : LocalDate.parse(t.getString("deadline"));
            for (JsonObject part : t.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
                long org = part.getJsonObject("organisation").getJsonNumber("id").longValue();
                if (!participants.containsKey(org)) {
                    continue;
                }
                Object[] a = answer.getOrDefault(org + "/" + task, new Object[] {null, null});
                if (light((String) a[0], (Integer) a[1], planStart, deadline, day) == 2) {
                    red.merge(participants.get(org), 1, Integer::sum);
                }
            }
        }
        return red;
    }

    private List<JsonObject> cases;
    private List<JsonObject> organisations;

    /**
     * A counting target's actual by year: the units on lists of the recognition it counts, of the years from its
     * baseline (else the plan's start) up to that year, in its scope — a province's by the case's province, a lower
     * scope's by the unit's name being that of an organisation under it (docs/reporting-rules.md).
     */
    private TreeMap<Integer, Double> recognised(Http http, JsonObject target, JsonObject plan, Map<Long, Long> parentOf) {
        if (cases == null) {
            cases = all(http, "/api/cases");
            organisations = all(http, "/api/organisations");
        }
        String recognition = target.getJsonObject("indicator").getString("countsRecognition");
        long scope = target.getJsonObject("scope").getJsonNumber("id").longValue();
        String kind = organisations.stream().filter(o -> o.getJsonNumber("id").longValue() == scope).findFirst().orElseThrow()
                .getString("kind");
        int from = !target.isNull("baselineYear") ? target.getInt("baselineYear")
                : !plan.isNull("periodStart") ? LocalDate.parse(plan.getString("periodStart")).getYear() : 0;
        java.util.Set<String> namesUnder = new java.util.HashSet<>();
        for (JsonObject o : organisations) {
            long id = o.getJsonNumber("id").longValue();
            if (id == scope || isUnder(id, scope, parentOf)) {
                namesUnder.add(o.getString("nameZh"));
                namesUnder.add(o.getString("nameEn"));
                o.getJsonArray("aliases").getValuesAs(jakarta.json.JsonString.class).forEach(a -> namesUnder.add(a.getString()));
            }
        }
        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        for (JsonObject c : cases) {
            JsonObject list = c.getJsonObject("list");
            int year = list.getInt("year");
            if (!recognition.equals(list.getString("recognition")) || year < from || year > target.getInt("targetYear")) {
                continue;
            }
            boolean in = "NATIONAL_AGENCY".equals(kind)
                    || "PROVINCE".equals(kind) && !c.isNull("provinceOrganisation")
                    && c.getJsonObject("provinceOrganisation").getJsonNumber("id").longValue() == scope
                    || namesUnder.contains(c.getString("unitName"));
            if (in) {
                perYear.merge(year, 1, Integer::sum);
            }
        }
        TreeMap<Integer, Double> out = new TreeMap<>();
        int running = 0;
        for (var e : perYear.entrySet()) {
            running += e.getValue();
            out.put(e.getKey(), (double) running);
        }
        return out;
    }
}
