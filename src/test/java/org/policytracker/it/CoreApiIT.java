package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.demo.DemoLoader;
import org.policytracker.organisations.control.OrganisationData;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.security.control.CurrentUser;

/**
 * The running core on the real stack: the built WAR deployed in a real Payara Micro (Arquillian)
 * against the embedded MariaDB 11.4, with the demo data loaded from the seeds. One deployment for
 * every test here: a Payara Micro boot costs ~20 s. Methods marked {@link RunAsClient} talk HTTP
 * like any client; the others run inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class CoreApiIT {

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    DemoLoader demo;

    @Resource(lookup = "java:app/jdbc/policytracker")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    CurrentUser currentUser;

    /** The auditor reads everything; writes below are made by the Shaanxi plan office. */
    private Http en() {
        return Http.as(base, "inspector", "en");
    }

    private Http office() {
        return Http.as(base, "shaanxi.office", "en");
    }

    private Http zh() {
        return Http.as(base, "shaanxi.office", "zh-CN,zh;q=0.9");
    }

    // ---------------------------------------------------------------- inside the server

    @Test
    void hibernateIsTheProviderAndTimestampsKeepMicroseconds() throws Exception {
        assertTrue(em.getDelegate() instanceof org.hibernate.Session,
                "JPA provider is " + em.getDelegate().getClass());
        tx.begin();
        Organisation o = currentUser.asSystem(() -> organisations.create(new OrganisationData("IT.MICROS", "ENTERPRISE",
                "测试企业", "Test enterprise", null, List.of("测试", "Test"), null)));
        Instant written = o.getCreatedAt();
        long id = o.getId();
        tx.commit();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select created_at from organisation where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                // written in UTC with microseconds; read back as the same instant
                Instant stored = rs.getTimestamp(1).toInstant();
                assertEquals(written.truncatedTo(ChronoUnit.MICROS), stored);
            }
        }
        tx.begin();
        Organisation back = currentUser.asSystem(() -> organisations.get(id));
        assertEquals(written.truncatedTo(ChronoUnit.MICROS), back.getCreatedAt());
        assertEquals(Set.of("测试", "Test"), back.getAliases());
        tx.commit();
    }

    @Test
    void demoDataLoadsOnlyOnce() {
        DemoLoader.Result again = demo.load();
        assertEquals(new DemoLoader.Result(0, 0, 0, 0, 0), again);
    }

    // ---------------------------------------------------------------- plans and tasks from the seeds

    @Test
    @RunAsClient
    void bothSeedPlansAreListed() {
        Http.Reply r = en().get("/api/plans?size=100");
        assertEquals(200, r.status(), r::toString);
        Set<String> codes = r.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("SN-2024-IWR", "JZ-2019-IR")), codes::toString);

        JsonObject shaanxi = plan("SN-2024-IWR");
        assertEquals("陕西省推进工业废水循环利用提升工业水效实施方案", shaanxi.getString("titleZh"));
        assertEquals(7, shaanxi.getJsonArray("issuers").size(), "seven departments jointly issued it");
        Set<String> implemented = shaanxi.getJsonArray("implementsPlans").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("documentNumber")).collect(Collectors.toSet());
        assertEquals(Set.of("工信部联节〔2022〕72号", "发改环资〔2023〕1193号"), implemented);
        assertTrue(shaanxi.getString("overallGoalsEn").contains("decrease by 10% compared to 2020"));
    }

    @Test
    @RunAsClient
    void shaanxiKeyTasksAreNumberedOneToThirteenWithTheTextsUnits() {
        JsonArray tree = en().get("/api/plans/" + plan("SN-2024-IWR").getInt("id") + "/tasks").array();
        JsonObject keyTasks = child(tree, "II");
        List<JsonObject> tasks = new ArrayList<>();
        for (JsonObject section : keyTasks.getJsonArray("children").getValuesAs(JsonObject.class)) {
            tasks.addAll(section.getJsonArray("children").getValuesAs(JsonObject.class));
        }
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"),
                tasks.stream().map(t -> t.getString("number")).toList());

        JsonObject task2 = tasks.get(1);
        List<JsonObject> leads = units(task2, "LEAD");
        assertEquals(1, leads.size());
        assertEquals("610000.WR", leads.get(0).getJsonObject("organisation").getString("code"));
        assertEquals("Shaanxi Provincial Water Resources Department",
                leads.get(0).getJsonObject("organisation").getString("nameEn"));
        JsonObject implementing = units(task2, "IMPLEMENTING").get(0);
        assertEquals("EACH_CITY", implementing.getString("coverage"));

        // task 4: five departments according to their duties, cities and park agencies implement
        JsonObject task4 = tasks.get(3);
        assertEquals(List.of("610000.IIT", "610000.WR", "610000.DRC", "610000.ST", "610000.EE"),
                codes(units(task4, "CO_RESPONSIBLE")));
        assertEquals(Set.of("EACH_CITY", "EACH_PARK"), units(task4, "IMPLEMENTING").stream()
                .map(u -> u.getString("coverage")).collect(Collectors.toSet()));
        // task 11 (Chinese in the seed) adds the Provincial Bureau of Statistics
        assertTrue(codes(units(tasks.get(10), "CO_RESPONSIBLE")).contains("610000.STAT"));

        JsonObject part3 = child(tree, "III");
        List<JsonObject> orgTasks = part3.getJsonArray("children").getValuesAs(JsonObject.class);
        assertEquals(List.of("(一)", "(二)", "(三)", "(四)"), orgTasks.stream().map(t -> t.getString("number")).toList());
        assertEquals(12, units(orgTasks.get(2), "CO_RESPONSIBLE").size(), "policy support names twelve units");

        // the alias registry: one department, three names
        JsonObject wr = en().get("/api/organisations?q=" + "Water%20Conservancy").object()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("610000.WR", wr.getString("code"));
        assertTrue(wr.getJsonArray("aliases").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList().containsAll(
                        List.of("省水利厅", "Shaanxi Provincial Water Conservancy Department")));
    }

    @Test
    @RunAsClient
    void jiaozuoPlanHasItsSectionsTimeNodesUnitsAndTargets() {
        JsonObject jiaozuo = plan("JZ-2019-IR");
        int id = jiaozuo.getInt("id");
        JsonArray tree = en().get("/api/plans/" + id + "/tasks").array();
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"),
                tree.getValuesAs(JsonObject.class).stream().map(s -> s.getString("number")).toList());

        JsonObject coalTask = child(child(tree, "IV"), "(1)");
        assertEquals("2020-12-31", coalTask.getString("deadline"));
        assertTrue(coalTask.getString("deadlineText").contains("controlled within 14.5 million tons"));
        assertEquals(List.of("410800.DRC"), codes(units(coalTask, "LEAD")));
        assertEquals(List.of("410800.IIT", "410800.EE"), codes(units(coalTask, "COOPERATING")));
        assertEquals("2019-12-31", coalTask.getJsonArray("milestones").getJsonObject(0).getString("dueDate"));
        assertEquals(3, coalTask.getJsonArray("children").size(), "three main tasks under coal reduction");

        JsonObject waterTask = child(child(tree, "V"), "(1)");
        assertEquals(JsonValue.NULL, waterTask.get("deadline"), "'continue to advance' has no date");
        assertEquals("continue to advance.", waterTask.getString("deadlineText"));

        JsonArray targets = en().get("/api/plans/" + id + "/targets").array();
        JsonObject coal = targets.getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonObject("indicator").getString("code").equals("COAL_CONSUMPTION")
                        && t.getInt("targetYear") == 2020)
                .findFirst().orElseThrow();
        assertEquals("AT_MOST", coal.getString("relation"));
        assertEquals(0, coal.getJsonNumber("targetValue").bigDecimalValue().compareTo(new java.math.BigDecimal("14.5")));
        assertEquals(0, coal.getJsonNumber("relativeChangePercent").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("-11.48")));
        assertEquals(2015, coal.getInt("baselineYear"));
        assertEquals("Mt", coal.getJsonObject("indicator").getString("unit"));
        assertEquals(coalTask.getInt("id"), coal.getInt("taskId"));

        JsonObject solidWaste = targets.getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonObject("indicator").getString("code").equals("BULK_SW_UTILISATION"))
                .findFirst().orElseThrow();
        assertEquals("ABOUT", solidWaste.getString("relation"));
        assertEquals(80, solidWaste.getJsonNumber("targetValue").intValue());
    }

    @Test
    @RunAsClient
    void tasksFilterByOrganisationRoleDeadlineAndStatus() {
        Http http = en();
        int shaanxi = plan("SN-2024-IWR").getInt("id");
        long wr = organisation("610000.WR").getInt("id");
        JsonObject led = http.get("/api/tasks?organisation=" + wr + "&role=LEAD").object();
        assertEquals(1, led.getInt("total"), led::toString);
        assertEquals("2", led.getJsonArray("items").getJsonObject(0).getString("number"));

        // "relevant departments of each city (district)": a city and its bureau see every Shaanxi task
        long xian = organisation("610100").getInt("id");
        long xianBureau = organisation("610100.IIT").getInt("id");
        JsonObject forXian = http.get("/api/tasks?plan=" + shaanxi + "&organisation=" + xian + "&kind=TASK").object();
        assertEquals(17, forXian.getInt("total"), "13 key tasks and 4 organisational tasks");
        assertEquals(17, http.get("/api/tasks?plan=" + shaanxi + "&organisation=" + xianBureau + "&kind=TASK")
                .object().getInt("total"));
        // park management agencies: only task 4
        long park = organisation("610100.XETDZ").getInt("id");
        JsonObject forPark = http.get("/api/tasks?plan=" + shaanxi + "&organisation=" + park).object();
        assertEquals(List.of("4"), numbers(forPark));

        // Wen County is named in Jiaozuo II(2) and the organisational tasks IX(1) and IX(3) (in the demo plan: other test
        // classes import copies of it)
        int jiaozuo = plan("JZ-2019-IR").getInt("id");
        long wen = organisation("410825").getInt("id");
        assertEquals(List.of("(2)", "(1)", "(3)"), numbers(http.get("/api/tasks?plan=" + jiaozuo + "&organisation=" + wen).object()));

        JsonObject in2019 = http.get("/api/tasks?plan=" + jiaozuo + "&deadlineFrom=2019-01-01&deadlineTo=2019-12-31").object();
        assertEquals(1, in2019.getInt("total"), "only the ultra-low-emission task falls due in 2019");
        assertTrue(in2019.getJsonArray("items").getJsonObject(0).getString("titleEn").contains("key enterprises"));

        assertEquals(0, http.get("/api/tasks?status=COMPLETED").object().getInt("total"));
        JsonObject page = http.get("/api/tasks?plan=" + shaanxi + "&page=1&size=5").object();
        assertEquals(5, page.getJsonArray("items").size());
        assertEquals(1, page.getInt("page"));
        assertTrue(page.getInt("total") > 20);
    }

    // ---------------------------------------------------------------- changes, validation, conflicts

    @Test
    @RunAsClient
    void missingTitleAndInvalidDateAreBothNamed() {
        String body = "{\"code\":\"IT-BAD\",\"level\":\"PROVINCIAL\",\"issueDate\":\"2024-02-30\"}";
        Http.Reply r = office().post("/api/plans", body);
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonObject problem = r.object();
        assertEquals(400, problem.getInt("status"));
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("issueDate", "titleZh"), fields);
        assertEquals("the title is required", message(problem, "titleZh"));
        assertTrue(message(problem, "issueDate").contains("yyyy-MM-dd"));

        JsonObject chinese = zh().post("/api/plans", body).object();
        assertEquals("请填写标题", message(chinese, "titleZh"));
        assertEquals("部分内容填写有误", chinese.getString("title"));
        assertEquals(0, en().get("/api/plans?q=IT-BAD").object().getInt("total"));
    }

    @Test
    @RunAsClient
    void badQueryParametersUnknownIdsAndBrokenBodiesGetProblems() {
        Http http = en();
        Http.Reply r = http.get("/api/tasks?deadlineFrom=2020-13-01&size=0&role=BOSS&organisation=abc");
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("deadlineFrom", "organisation", "role", "size"),
                r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field")).toList());
        assertTrue(message(r.object(), "role").contains("LEAD, CO_RESPONSIBLE, COOPERATING, IMPLEMENTING"));

        Http.Reply missing = http.get("/api/plans/999999");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertEquals("Plan 999999 does not exist, or was removed.", missing.object().getString("detail"));

        Http.Reply broken = office().post("/api/plans", "{\"code\": \"X\", \"titleZh\": ");
        assertEquals(400, broken.status(), broken::toString);
        assertTrue(broken.contentType().startsWith("application/problem+json"), broken::toString);

        int plan = plan("SN-2024-IWR").getInt("id");
        Http.Reply badRef = office().post("/api/tasks", "{\"planId\":" + plan + ",\"kind\":\"TASK\",\"number\":\"99\","
                + "\"assignments\":[{\"role\":\"LEAD\",\"organisationId\":987654}]}");
        assertEquals(400, badRef.status(), badRef::toString);
        assertEquals("Organisation 987654 does not exist", message(badRef.object(), "assignments[0].organisationId"));
    }

    @Test
    @RunAsClient
    void aStaleUpdateIsRefusedAndOverwritesNothing() {
        Http http = office();
        long wr = organisation("610000.WR").getInt("id");
        Http.Reply created = http.post("/api/plans", """
                {"code":"IT-LOCK","titleZh":"乐观锁测试方案","level":"PROVINCIAL","issueDate":"2025-03-01",
                 "periodStart":"2025-01-01","periodEnd":"2027-12-31","issuerIds":[%d]}""".formatted(wr));
        assertEquals(201, created.status(), created::toString);
        JsonObject plan = created.object();
        int id = plan.getInt("id");
        long v0 = plan.getJsonNumber("version").longValue();
        assertEquals("2025-03-01", plan.getString("issueDate"));

        String change = """
                {"code":"IT-LOCK","titleZh":"%s","level":"PROVINCIAL","issueDate":"2025-03-01","issuerIds":[%d],"version":%d}""";
        Http.Reply first = http.put("/api/plans/" + id, change.formatted("第一次修改", wr, v0));
        assertEquals(200, first.status(), first::toString);
        assertEquals(v0 + 1, first.object().getJsonNumber("version").longValue());

        Http.Reply stale = http.put("/api/plans/" + id, change.formatted("过期的修改", wr, v0));
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        assertEquals(v0 + 1, stale.object().getJsonNumber("currentVersion").longValue());
        assertTrue(stale.object().getString("detail").contains("changed by someone else"));

        assertEquals("第一次修改", http.get("/api/plans/" + id).object().getString("titleZh"));

        // a task in the new plan, moved under a new section, keeps document order
        Http.Reply section = http.post("/api/tasks", "{\"planId\":" + id + ",\"kind\":\"SECTION\",\"number\":\"一\","
                + "\"titleZh\":\"重点任务\"}");
        assertEquals(201, section.status(), section::toString);
        Http.Reply task = http.post("/api/tasks", "{\"planId\":" + id + ",\"kind\":\"TASK\",\"number\":\"1\","
                + "\"titleZh\":\"任务一\",\"deadline\":\"2026-06-30\",\"assignments\":[{\"role\":\"LEAD\",\"organisationId\":"
                + wr + "}]}");
        assertEquals(201, task.status(), task::toString);
        JsonObject t = task.object();
        Http.Reply moved = http.put("/api/tasks/" + t.getInt("id"), "{\"parentId\":" + section.object().getInt("id")
                + ",\"kind\":\"TASK\",\"number\":\"1\",\"titleZh\":\"任务一\",\"deadline\":\"2026-06-30\",\"status\":\"IN_PROGRESS\","
                + "\"assignments\":[{\"role\":\"LEAD\",\"organisationId\":" + wr + "}],\"version\":"
                + t.getJsonNumber("version").longValue() + "}");
        assertEquals(200, moved.status(), moved::toString);
        JsonArray tree = http.get("/api/plans/" + id + "/tasks").array();
        assertEquals(1, tree.size());
        JsonObject child = tree.getJsonObject(0).getJsonArray("children").getJsonObject(0);
        assertEquals("IN_PROGRESS", child.getString("status"));
        assertEquals(1, child.getInt("depth"));
    }

    // ---------------------------------------------------------------- health, OpenAPI, metrics

    @Test
    @RunAsClient
    void healthOpenApiAndMetricsAreServedMetricsOnlyToTheScraper() {
        Http http = en();
        Http.Reply ready = http.getAbsolute(http.serverRoot() + "/health/ready", "application/json");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.object().getString("status"));
        assertTrue(ready.body().contains("\"sign-in\"") && ready.body().matches("(?s).*\"signIn\"\\s*:\\s*\"available\".*"), ready::toString);
        Http.Reply openapi = http.getAbsolute(http.serverRoot() + "/openapi", "*/*");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/plans/{id}/tasks"), "OpenAPI lists the plan task tree");
        http.get("/api/plans");
        Http.Reply metrics = Http.metrics("");
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.body().contains("PlansResource"), "the REST resources are timed");
        // only the scraper's account reads /metrics, and only over HTTPS
        assertEquals(401, Http.metrics("", null, null).status());
        assertEquals(401, Http.metrics("", Http.METRICS_USER, "wrong").status());
        assertEquals(401, Http.metrics("", "shaanxi.office", Http.DEMO_USERS.get("shaanxi.office")).status());
        Http.Reply plain = http.getAbsolute(http.serverRoot() + "/metrics", "text/plain");
        assertTrue(plain.status() != 200 && !plain.body().contains("memory_usedHeap_bytes"), plain::toString);
    }

    /** What a client generator and a linter need of /openapi: clean path templates, one id per operation, security declared. */
    @Test
    @RunAsClient
    void theOpenApiDocumentIsOneAClientCanUse() {
        Http http = en();
        JsonObject doc = http.getAbsolute(http.serverRoot() + "/openapi?format=JSON", "application/json").object();
        java.util.List<String> wrong = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        doc.getJsonObject("paths").forEach((path, item) -> {
            if (path.matches(".*\\{[^}]*:.*")) {
                wrong.add("a regular expression in " + path);
            }
            item.asJsonObject().forEach((method, op) -> {
                if (op.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT || !op.asJsonObject().containsKey("responses")) {
                    return;
                }
                String id = op.asJsonObject().getString("operationId", null);
                if (id == null || !ids.add(id)) {
                    wrong.add(method + " " + path + ": operationId " + id);
                }
            });
        });
        assertTrue(ids.size() > 80, ids.size() + " operations");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(doc.getJsonArray("security").getJsonObject(0).containsKey("keycloak"), "the bearer token secures the API");
        assertTrue(doc.getJsonObject("paths").containsKey("/api/cases/{id}"));
        // the document as served is what the build lints and generates the test client from — less "endpoints", Payara's
        // own list of the deployed paths, which it adds outside the standard: written to target/openapi/, and it must equal
        // the copy kept in src/test/openapi/
        JsonObject served = jakarta.json.Json.createObjectBuilder(doc).remove("endpoints").build();
        String pretty = pretty(served);
        try {
            java.nio.file.Path out = java.nio.file.Path.of("target", "openapi", "policy-tracker.json");
            java.nio.file.Files.createDirectories(out.getParent());
            java.nio.file.Files.writeString(out, pretty);
            java.nio.file.Path kept = java.nio.file.Path.of("src", "test", "openapi", "policy-tracker.json");
            String copy = java.nio.file.Files.exists(kept) ? java.nio.file.Files.readString(kept) : "";
            assertEquals(copy, pretty, "the API changed: copy target/openapi/policy-tracker.json to src/test/openapi/ (the client is generated from it)");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pretty(JsonObject o) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (jakarta.json.JsonWriter writer = jakarta.json.Json.createWriterFactory(java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(w)) {
            writer.writeObject(sorted(o).asJsonObject());
        }
        return w.toString().strip() + "\n";
    }

    /** The same value with every object's keys in order, so that the copy compares line by line. */
    private static jakarta.json.JsonValue sorted(jakarta.json.JsonValue v) {
        if (v instanceof JsonObject o) {
            jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
            new java.util.TreeMap<>(o).forEach((k, x) -> b.add(k, sorted(x)));
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray a) {
            jakarta.json.JsonArrayBuilder b = jakarta.json.Json.createArrayBuilder();
            a.forEach(x -> b.add(sorted(x)));
            return b.build();
        }
        return v;
    }

    // ---------------------------------------------------------------- helpers

    private JsonObject plan(String code) {
        JsonObject page = en().get("/api/plans?q=" + code).object();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    private JsonObject organisation(String code) {
        JsonObject page = en().get("/api/organisations?q=" + code + "&size=500").object();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    private static JsonObject child(JsonArray nodes, String number) {
        return nodes.getValuesAs(JsonObject.class).stream().filter(n -> n.getString("number").equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("no node " + number));
    }

    private static JsonObject child(JsonObject node, String number) {
        return child(node.getJsonArray("children"), number);
    }

    private static List<JsonObject> units(JsonObject task, String role) {
        return task.getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("role").equals(role)).toList();
    }

    private static List<String> codes(List<JsonObject> units) {
        return units.stream().map(u -> u.getJsonObject("organisation").getString("code")).toList();
    }

    private static List<String> numbers(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(t -> t.getString("number")).toList();
    }

    private static String message(JsonObject problem, String field) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals(field)).map(e -> e.getString("message"))
                .findFirst().orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }

    // ---------------------------------------------------------------- typical cases and parks

    private JsonObject caseNumber(JsonArray items, int number) {
        return items.getValuesAs(JsonObject.class).stream().filter(c -> c.getInt("number") == number).findFirst().orElseThrow();
    }

    private long orgId(String code) {
        return en().get("/api/organisations?size=500&q=" + code).object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @RunAsClient
    void theSeed003ListIsImportedWhole58RowsWithTheirFigures() {
        Http http = en();
        JsonObject list = http.get("/api/cases/lists").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals("IWR-TYPICAL-CASES-2024")).findFirst().orElseThrow();
        assertEquals(58, list.getInt("cases"));
        JsonArray all = http.get("/api/cases?size=100&list=" + list.getInt("id")).object().getJsonArray("items");
        assertEquals(58, all.size());
        JsonObject two = caseNumber(all, 2);
        assertEquals("河北新金钢铁有限公司", two.getString("unitName"));
        assertTrue(two.getString("practice").endsWith("再生水利用量超 60 万立方米。"), "the row cut by the page break is whole");
        assertEquals(99.1, figure(two, "WATER_REUSE_RATE").getJsonNumber("value").doubleValue(), 1e-9);
        JsonObject eight = caseNumber(all, 8);
        assertEquals("宝钢湛江钢铁有限公司", eight.getString("unitName"));
        assertEquals(1.31, figure(eight, "UNIT_WATER_USE").getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals("m³/t", figure(eight, "UNIT_WATER_USE").getString("unit"));
        assertEquals(99.4, figure(eight, "WATER_REUSE_RATE").getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals("2022年试点", eight.getString("remarks"));

        // browse by industry, mode and province
        // (other tests import lists of their own: stay within the seed's list)
        assertEquals(8, http.get("/api/cases?list=" + list.getInt("id") + "&industry=" + enc("钢铁")).object().getInt("total"));
        JsonArray shaanxi = http.get("/api/cases?list=" + list.getInt("id") + "&province=" + enc("陕西省")).object().getJsonArray("items");
        assertEquals(List.of("陕钢集团汉中钢铁有限责任公司", "国能榆林化工有限公司"),
                shaanxi.getValuesAs(JsonObject.class).stream().map(c -> c.getString("unitName")).toList());
        assertEquals("610000", shaanxi.getJsonObject(0).getJsonObject("provinceOrganisation").getString("code"));
        JsonObject facets = http.get("/api/cases/facets?list=" + list.getInt("id")).object();
        assertEquals(8, facets.getJsonObject("industry").getInt("钢铁"));
        assertEquals(6, facets.getJsonObject("industry").getInt("纺织印染"), "\"纺织 印染\" as laid out is the same industry");
        assertTrue(!facets.getJsonObject("industry").containsKey("纺织 印染"));
        assertEquals(29 + 3, facets.getJsonObject("mode").getInt("用水过程循环模式"));
        // recognised units count towards targets that count them: two typical cases in Shaanxi
        // (the lists other tests import are of 2025)
        assertEquals(2, http.get("/api/cases/recognised?province=" + orgId("610000") + "&from=2024&to=2024").object().getInt("count"));

        // the published table back out
        Http.Reply csv = http.get("/api/cases/export?list=" + list.getInt("id"), "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        String[] lines = csv.body().split("\r\n");
        assertEquals(59, lines.length);
        assertEquals("\uFEFF序号,单位名称,行业,所在省市,典型模式,典型做法,备注", lines[0]);
        assertTrue(lines[2].startsWith("2,河北新金钢铁有限公司,钢铁,河北省,用水过程循环模式,企业通过工序间水资源串联")
                && lines[2].endsWith("再生水利用量超 60 万立方米。,"), lines[2]);
        // a cell with ASCII commas is quoted (case 8's text uses them)
        assertTrue(lines[8].startsWith("8,宝钢湛江钢铁有限公司,钢铁,广东省,智慧用水管控模式,\"企业通过建设水系统集成中心,")
                && lines[8].endsWith("再生水利用量超过 2000 万立方米。\",2022年试点"), lines[8]);
    }

    private static JsonObject figure(JsonObject c, String kind) {
        return c.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals(kind) && !f.getBoolean("change")).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " in " + c));
    }

    @Test
    @RunAsClient
    void aListIsImportedFromItsTextAndBadTextIsRefusedNamingTheLine() {
        String text = "附件\n\n序号\t单位名称\t行业\t所在省市\t典型模式\t典型做法\t备注\n"
                + "1\t测试水务有限公司\t园区\t陕西省\t区域产城融合模式\t园区工业用水重复利用率达到 91.5%，再生\t\n\n"
                + "序号\t单位名称\t行业\t所在省市\t典型模式\t典型做法\t备注\n"
                + "\t\t\t\t\t水利用量达到 12 万立方米。\t2023 年试 点\n";
        String body = jakarta.json.Json.createObjectBuilder().add("code", "IT-LIST-" + System.nanoTime()).add("titleZh", "测试名单")
                .add("year", 2025).add("text", text).build().toString();
        Http.Reply refused = Http.as(base, "xian.bureau", "en").post("/api/cases/lists", body);
        assertEquals(403, refused.status(), refused::toString);
        Http.Reply created = office().post("/api/cases/lists", body);
        assertEquals(201, created.status(), created::toString);
        assertEquals(1, created.object().getInt("cases"));
        JsonObject only = en().get("/api/cases?list=" + created.object().getInt("id")).object().getJsonArray("items").getJsonObject(0);
        assertTrue(only.getString("practice").endsWith("再生水利用量达到 12 万立方米。"), only::toString);
        assertEquals("2023年试点", only.getString("remarks"));
        assertEquals(120000, figure(only, "RECLAIMED_WATER").getJsonNumber("value").intValue());
        assertEquals(400, office().post("/api/cases/lists", body).status(), "the same code twice");
        String stray = body.replace("IT-LIST-", "IT-LIST-B-").replace("\\t\\t\\t\\t\\t水利用量", "水利用量");
        Http.Reply bad = zh().post("/api/cases/lists", stray);
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(message(bad.object(), "text").startsWith("第 7 行"), bad::toString);
    }

    @Test
    @RunAsClient
    void theParkRegistryListsShaanxisParksAndRefusesAWrongCommittee() {
        long shaanxi = orgId("610000");
        JsonArray parks = en().get("/api/parks?province=" + shaanxi).object().getJsonArray("items");
        // (the access tests register parks of their own: look at the demo's)
        List<JsonObject> demo = parks.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").startsWith("SN-")).toList();
        assertEquals(List.of("SN-BJHTZ", "SN-XAHTZ", "SN-XETDZ"), demo.stream().map(p -> p.getString("code")).toList());
        JsonObject xetdz = demo.get(2);
        assertEquals("610100.XETDZ", xetdz.getJsonObject("committee").getString("code"));
        assertEquals("NATIONAL", xetdz.getString("level"));
        assertEquals(2, en().get("/api/parks?kind=HIGH_TECH_ZONE&q=SN-").object().getInt("total"));
        // a city bureau is no park committee; a committee manages one park
        Http.Reply wrong = zh().post("/api/parks", jakarta.json.Json.createObjectBuilder().add("code", "IT-WRONG")
                .add("nameZh", "错误园区").add("level", "PROVINCIAL").add("kind", "OTHER").add("provinceId", shaanxi)
                .add("committeeId", orgId("610100.IIT")).build().toString());
        assertEquals(400, wrong.status(), wrong::toString);
        assertTrue(message(wrong.object(), "committeeId").contains("不是园区管理机构"), wrong::toString);
        Http.Reply twice = en().post("/api/parks", jakarta.json.Json.createObjectBuilder().add("code", "IT-TWICE")
                .add("nameZh", "重复园区").add("level", "PROVINCIAL").add("kind", "OTHER").add("provinceId", shaanxi)
                .add("committeeId", orgId("610100.XETDZ")).build().toString());
        assertEquals(403, twice.status(), "the auditor registers nothing: " + twice);
        Http.Reply taken = office().post("/api/parks", jakarta.json.Json.createObjectBuilder().add("code", "IT-TWICE")
                .add("nameZh", "重复园区").add("level", "PROVINCIAL").add("kind", "OTHER").add("provinceId", shaanxi)
                .add("committeeId", orgId("610100.XETDZ")).build().toString());
        assertEquals(400, taken.status(), taken::toString);
        assertTrue(message(taken.object(), "committeeId").contains("already manages"), taken::toString);
    }

    @Test
    @RunAsClient
    void recognisedUnitsCountTowardsTheTargetsThatCountThem() {
        Http jiaozuo = Http.as(base, "jiaozuo.bureau", "en");
        int plan = jiaozuo.get("/api/plans?q=JZ-2019-IR").object().getJsonArray("items").getJsonObject(0).getInt("id");
        JsonObject target = jiaozuo.get("/api/plans/" + plan + "/targets").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonObject("indicator").getString("code").equals("EFFICIENCY_LEADERS")).findFirst().orElseThrow();
        assertEquals("WATER_EFFICIENCY_LEADER", target.getJsonObject("indicator").getString("countsRecognition"));
        assertEquals(0, jiaozuo.get("/api/cases/recognised?target=" + target.getInt("id")).object().getInt("count"));
        // a 2020 list of water-efficiency leaders: one Jiaozuo enterprise of the registry, one unit elsewhere in Henan, one in Shaanxi
        String text = "序号\t单位名称\t行业\t所在省市\t典型模式\t典型做法\t备注\n"
                + "1\t焦作和兴化工有限公司\t石化化工\t河南省\t用水过程循环模式\t水重复利用率达到 98.2%。\t\n"
                + "2\t洛阳某铝业有限公司\t有色\t河南省\t用水过程循环模式\t水重复利用率达到 97%。\t\n"
                + "3\t陕钢集团汉中钢铁有限责任公司\t钢铁\t陕西省\t用水过程循环模式\t水重复利用率达到 98.6%。\t\n";
        Http.Reply imported = jiaozuo.post("/api/cases/lists", jakarta.json.Json.createObjectBuilder().add("code", "IT-LEADERS-" + System.nanoTime())
                .add("titleZh", "2020年重点用水企业水效领跑者名单（测试）").add("year", 2020).add("recognition", "WATER_EFFICIENCY_LEADER")
                .add("text", text).build().toString());
        assertEquals(201, imported.status(), imported::toString);
        JsonObject counted = jiaozuo.get("/api/cases/recognised?target=" + target.getInt("id")).object();
        assertEquals(1, counted.getInt("count"), counted::toString);
        assertEquals("焦作和兴化工有限公司", counted.getJsonArray("cases").getJsonObject(0).getString("unitName"));
        assertEquals(2019, counted.getInt("fromYear"), "from the plan's first year");
        // an indicator that counts nothing says so
        JsonObject coal = jiaozuo.get("/api/plans/" + plan + "/targets").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonObject("indicator").getString("code").equals("COAL_CONSUMPTION")).findFirst().orElseThrow();
        assertEquals(400, jiaozuo.get("/api/cases/recognised?target=" + coal.getInt("id")).status());
    }
}
