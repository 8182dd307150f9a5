package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, end to end: real Keycloak tokens for every demo user against the deployed
 * application. The matrix covers every REST operation the OpenAPI document lists × every role ×
 * a record of the user's own organisation and one of another; an operation missing from the
 * matrix fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    /** Columns of the matrix. */
    static final List<String> USERS = List.of("shaanxi.office", "shaanxi.water", "xian.bureau", "jiaozuo.bureau",
            "wen.county", "xetdz.committee", "ndrc.reader", "inspector", "admin");

    /**
     * Expected status per operation and user, as "own/other": own = a record of the user's own
     * organisation (its plan, a task it is named for, its organisation), other = another's.
     * Order of users as in {@link #USERS}.
     */
    static final Map<String, String> MATRIX = new LinkedHashMap<>();

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static {
        //                                      office   water    xian     jiaozuo  wen      park     ndrc     auditor  admin
        MATRIX.put("GET /api/organisations",          "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/organisations/{id}",     "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("POST /api/organisations",         "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 201/201");
        MATRIX.put("PUT /api/organisations/{id}",     "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/200");
        MATRIX.put("GET /api/plans",                  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/plans/{id}",             "200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/200 200/200");
        MATRIX.put("POST /api/plans",                 "201/403 403/403 403/403 201/403 403/403 403/403 403/403 403/403 201/201");
        MATRIX.put("PUT /api/plans/{id}",             "200/404 403/404 403/404 200/404 403/404 403/404 403/404 403/403 403/403");
        MATRIX.put("GET /api/plans/{id}/tasks",       "200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/200 200/200");
        MATRIX.put("GET /api/plans/{id}/targets",     "200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/200 200/200");
        MATRIX.put("GET /api/tasks",                  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/tasks/{id}",             "200/404 200/404 200/404 200/404 200/404 200/404 404/404 200/200 200/200");
        MATRIX.put("POST /api/tasks",                 "201/400 403/400 403/400 201/400 403/400 403/400 403/400 403/403 403/403");
        MATRIX.put("PUT /api/tasks/{id}",             "200/404 403/404 403/404 200/404 403/404 403/404 404/404 403/403 403/403");
        MATRIX.put("GET /api/indicators",             "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/indicators/{id}",        "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("POST /api/indicators",            "201/201 403/403 403/403 201/201 403/403 403/403 403/403 403/403 201/201");
        MATRIX.put("PUT /api/indicators/{id}",        "200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403 200/200");
        MATRIX.put("GET /api/indicators/targets",     "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/indicators/targets/{id}", "200/404 200/404 200/404 200/404 200/404 200/404 404/404 200/200 200/200");
        MATRIX.put("POST /api/indicators/targets",    "201/400 403/400 403/400 201/400 403/400 403/400 403/400 403/403 403/403");
        MATRIX.put("PUT /api/indicators/targets/{id}", "200/404 403/404 403/404 200/404 403/404 403/404 404/404 403/403 403/403");
        MATRIX.put("GET /api/audit",                  "403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/200 200/200");
        MATRIX.put("GET /api/people",                 "403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/200 200/200");
        MATRIX.put("GET /api/people/{id}",            "403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/200 200/200");
        MATRIX.put("POST /api/people",                "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 201/201");
        MATRIX.put("PUT /api/people/{id}",            "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/200");
        // progress reporting: "own" is the cycle / submission of the user's side (docs/security.md)
        MATRIX.put("GET /api/cycles",                 "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/cycles/{id}",            "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
        MATRIX.put("POST /api/cycles",                "201/400 403/400 403/400 201/400 403/400 403/400 403/400 403/403 403/403");
        MATRIX.put("PUT /api/cycles/{id}",            "200/404 404/404 403/404 200/404 403/404 404/404 404/404 403/403 403/403");
        MATRIX.put("GET /api/cycles/{id}/timeliness", "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
        MATRIX.put("GET /api/plans/{id}/progress",    "200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/200 200/200");
        MATRIX.put("GET /api/submissions",            "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/submissions/{id}",       "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
        MATRIX.put("PUT /api/submissions/{id}/draft", "403/404 404/404 400/404 403/404 400/404 404/404 404/404 403/403 403/403");
        MATRIX.put("POST /api/submissions/{id}/submit", "403/404 404/404 400/404 403/404 400/404 404/404 404/404 403/403 403/403");
        MATRIX.put("POST /api/submissions/{id}/return", "409/404 404/404 403/404 409/404 403/404 404/404 404/404 403/403 403/403");
        MATRIX.put("POST /api/submissions/{id}/accept", "409/404 404/404 403/404 409/404 403/404 404/404 404/404 403/403 403/403");
        MATRIX.put("GET /api/submissions/{id}/versions", "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
        MATRIX.put("POST /api/submissions/{id}/attachments", "403/404 404/404 400/404 403/404 400/404 404/404 404/404 403/403 403/403");
        MATRIX.put("GET /api/submissions/{id}/attachments/{attachmentId}", "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
        MATRIX.put("DELETE /api/submissions/{id}/attachments/{attachmentId}", "403/404 404/404 400/404 403/404 400/404 404/404 404/404 403/403 403/403");
        // the fill-in workbook: whoever sees the submission downloads it; only its organisation uploads (a file that is none: 400)
        MATRIX.put("GET /api/submissions/{id}/sheet", "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
        MATRIX.put("PUT /api/submissions/{id}/sheet", "403/404 404/404 400/404 403/404 400/404 404/404 404/404 403/403 403/403");
        // parks: everyone reads the registry; a plan office registers parks of its own province ("own")
        MATRIX.put("GET /api/parks",                  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/parks/{id}",             "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("POST /api/parks",                 "201/403 403/403 403/403 201/403 403/403 403/403 403/403 403/403 201/201");
        MATRIX.put("PUT /api/parks/{id}",             "200/403 403/403 403/403 200/403 403/403 403/403 403/403 403/403 200/200");
        // typical cases: reference data everyone reads; plan offices and the administrator import lists
        MATRIX.put("GET /api/cases",                  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/cases/{id}",             "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/cases/lists",            "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("POST /api/cases/lists",           "201/201 403/403 403/403 201/201 403/403 403/403 403/403 403/403 201/201");
        MATRIX.put("GET /api/cases/facets",           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/cases/recognised",       "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/cases/export",           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/cases/workbook",         "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/cases/workbook/template", "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("POST /api/cases/workbook",        "400/400 403/403 403/403 400/400 403/403 403/403 403/403 403/403 400/400");
        // park filings: "own" is the Xi'an ETDZ's approved plan; "other" another park's (for the province: a park's draft)
        MATRIX.put("GET /api/park-filings",           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/park-filings/annual-status", "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/park-filings/{id}",      "200/404 404/404 404/404 404/404 404/404 200/404 200/404 200/200 200/200");
        MATRIX.put("POST /api/park-filings",          "403/403 403/403 403/403 403/403 403/403 201/403 403/403 403/403 403/403");
        MATRIX.put("PUT /api/park-filings/{id}/draft", "403/404 404/404 404/404 404/404 404/404 400/404 403/404 403/403 403/403");
        MATRIX.put("POST /api/park-filings/{id}/submit", "403/404 404/404 404/404 404/404 404/404 400/404 403/404 403/403 403/403");
        MATRIX.put("POST /api/park-filings/{id}/return", "400/404 404/404 404/404 404/404 404/404 403/404 403/404 403/403 403/403");
        MATRIX.put("POST /api/park-filings/{id}/approve", "400/404 404/404 404/404 404/404 404/404 403/404 403/404 403/403 403/403");
        MATRIX.put("POST /api/park-filings/{id}/evaluation", "409/404 404/404 404/404 404/404 404/404 403/404 403/404 403/403 403/403");
        MATRIX.put("GET /api/park-filings/{id}/versions", "200/404 404/404 404/404 404/404 404/404 200/404 200/404 200/200 200/200");
        // provincial park lists: "own" the list of the user's side's province (Shaanxi's was sent, Henan's is a draft)
        MATRIX.put("GET /api/park-lists",             "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/park-lists/{id}",        "200/404 404/404 404/404 200/404 404/404 404/404 200/404 200/200 200/200");
        MATRIX.put("POST /api/park-lists",            "201/403 403/403 403/403 201/403 403/403 403/403 403/403 403/403 403/403");
        MATRIX.put("PUT /api/park-lists/{id}",        "400/404 404/404 404/404 409/404 404/404 404/404 403/404 403/403 403/403");
        MATRIX.put("POST /api/park-lists/{id}/submit", "400/404 404/404 404/404 409/404 404/404 404/404 403/404 403/403 403/403");
        MATRIX.put("GET /api/reports/cycles/{id}/timeliness", "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
        // formal reports: a plan's summary and indicators for those who see the plan (the national plan has no reporting
        // cycle to summarise); the provincial park summary for the province's plan office and national readers; one
        // park's report for its committee, its province's plan office and national readers
        MATRIX.put("GET /api/reports/plans/{id}/summary", "200/404 200/404 200/404 200/404 200/404 200/404 400/404 200/200 200/200");
        MATRIX.put("GET /api/reports/plans/{id}/indicators", "200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/200 200/200");
        MATRIX.put("GET /api/reports/parks/summary",  "200/403 403/403 403/403 200/403 403/403 403/403 200/200 200/200 200/200");
        MATRIX.put("GET /api/reports/parks/{id}/progress", "200/404 404/404 404/404 200/404 404/404 200/404 200/200 200/200 200/200");
        // plans from their text: a plan office (or the administrator) reads a document and creates the plan; "other" sends an
        // unfinished proposal (no code), refused as such to those who may import
        MATRIX.put("POST /api/plan-imports",          "200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403 200/200");
        MATRIX.put("POST /api/plan-imports/accepted", "201/400 403/403 403/403 201/400 403/403 403/403 403/403 403/403 201/400");
        MATRIX.put("GET /api/plan-imports/task-template", "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/plan-imports/plans/{id}/tasks", "200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/200 200/200");
        MATRIX.put("POST /api/plan-imports/sheet",    "200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403 200/200");
        // synthetic data: the administrator only, and only where switched on (never in the tests' system)
        MATRIX.put("POST /api/demo/synthetic-province", "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403");
        MATRIX.put("GET /api/reminders",              "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** The users whose own records are on the Jiaozuo (Henan) side; the others' are in Shaanxi. */
    static boolean jiaozuoSide(String user) {
        return user.equals("jiaozuo.bureau") || user.equals("wen.county");
    }

    private Http as(String user) {
        return Http.as(base, user, "en");
    }

    private Http auditor() {
        return as("inspector");
    }

    @Test
    void theMatrixCoversEveryOperationOfTheApi() {
        Http http = auditor();
        Http.Reply doc = http.getAbsolute(http.serverRoot() + "/openapi?format=JSON", "application/json");
        assertEquals(200, doc.status(), doc::toString);
        Set<String> operations = new TreeSet<>();
        doc.object().getJsonObject("paths").forEach((path, ops) -> ops.asJsonObject().keySet()
                .forEach(method -> operations.add(method.toUpperCase() + " " + path.replaceAll("\\{(\\w+):[^}]*}", "{$1}"))));
        assertEquals(operations, new TreeSet<>(MATRIX.keySet()),
                "every REST operation needs its row in the access matrix");
    }

    @Test
    void everyRoleGetsWhatTheRulesSay() {
        Fixtures fx = new Fixtures();
        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((operation, row) -> {
            String[] cells = row.trim().split("\\s+");
            for (int u = 0; u < USERS.size(); u++) {
                String user = USERS.get(u);
                String[] expected = cells[u].split("/");
                for (int side = 0; side < 2; side++) {
                    boolean own = side == 0;
                    Http.Reply r = call(operation, user, own, fx);
                    if (r.status() != Integer.parseInt(expected[side])) {
                        wrong.add(operation + " as " + user + " (" + (own ? "own" : "other") + "): expected "
                                + expected[side] + ", got " + r);
                    } else if (r.status() >= 400) {
                        assertTrue(r.contentType().startsWith("application/problem+json"), operation + " " + r);
                    }
                }
            }
        });
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " cells differ:\n" + String.join("\n", wrong));
    }

    @Test
    void listsShowOnlyWhatTheUserMaySee() {
        assertEquals(Set.of("SN-2024-IWR"), ownedOrAssigned("xian.bureau"));
        assertEquals(Set.of("JZ-2019-IR"), ownedOrAssigned("wen.county"));
        assertEquals(Set.of("JZ-2019-IR"), ownedOrAssigned("jiaozuo.bureau"));
        assertEquals(Set.of(), ownedOrAssigned("ndrc.reader"));
        assertEquals(Set.of("SN-2024-IWR", "JZ-2019-IR"), ownedOrAssigned("inspector"));

        // Wen County sees the Jiaozuo tasks it is named for, with their sections, and nothing of Shaanxi
        // (other test classes add plans of their own — an imported Jiaozuo plan names every county too — so the demo plan's tasks are counted)
        int jiaozuo = as("inspector").get("/api/plans?q=JZ-2019-IR").object().getJsonArray("items").getJsonObject(0).getInt("id");
        JsonObject wen = as("wen.county").get("/api/tasks?size=500&plan=" + jiaozuo).object();
        List<String> titles = wen.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("number") + " " + t.getString("kind")).toList();
        assertTrue(titles.contains("II SECTION") && titles.contains("(2) TASK") && titles.contains("IX SECTION"), titles::toString);
        assertTrue(wen.getInt("total") < 20, "not the whole Jiaozuo plan: " + wen.getInt("total"));
        // the park committee sees task 4 (park management agencies implement) and its section
        List<String> park = as("xetdz.committee").get("/api/tasks?size=500").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("number")).toList();
        assertEquals(List.of("II", "(II)", "4"), park);
        // the Water Resources Department: the 12 tasks it leads or shares (+ their sections), not task 10
        List<String> water = as("shaanxi.water").get("/api/tasks?kind=TASK&size=500").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("number")).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "11", "12", "13", "(一)", "(二)", "(三)", "(四)"), water);
    }

    private Set<String> ownedOrAssigned(String user) {
        return as(user).get("/api/plans?size=100").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).filter(c -> c.equals("SN-2024-IWR") || c.equals("JZ-2019-IR"))
                .collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- audit trail and people

    @Test
    void aChangeThroughTheApiAppearsInTheAuditTrailWithUserAndBeforeAfter() {
        Fixtures fx = new Fixtures();
        int plan = fx.scratchPlan("shaanxi.office");
        Http office = as("shaanxi.office");
        JsonObject current = office.get("/api/plans/" + plan).object();
        String body = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(planData(current))).readObject())
                .add("titleZh", "审计测试：改过的标题").add("documentNumber", "陕工信发〔2025〕12号").build().toString();
        assertEquals(200, office.put("/api/plans/" + plan, body).status());

        JsonObject page = auditor().get("/api/audit?entityType=plan&entityId=" + plan).object();
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        assertEquals("shaanxi.office", newest.getString("actor"));
        assertEquals("610000.IIT", newest.getString("actorOrganisation"));
        assertEquals("UPDATE", newest.getString("action"));
        JsonObject before = Json.createReader(new java.io.StringReader(newest.getString("before"))).readObject();
        JsonObject after = Json.createReader(new java.io.StringReader(newest.getString("after"))).readObject();
        assertEquals(current.getString("titleZh"), before.getString("titleZh"));
        assertEquals("审计测试：改过的标题", after.getString("titleZh"));
        assertEquals("陕工信发〔2025〕12号", after.getString("documentNumber"));
        // the creation is there too, and the user filter finds the change
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("action").equals("CREATE")));
        assertTrue(auditor().get("/api/audit?actor=shaanxi.office&entityType=plan").object().getInt("total") >= 2);
        // the trail cannot be changed through the API
        assertEquals(405, as("admin").put("/api/audit", "{}").status());
    }

    @Test
    void theAdministratorsMappingDecidesTheOrganisationAndCanSwitchAUserOff() {
        Http admin = as("admin");
        int wenCounty = new Fixtures().org("410825");
        int ecology = new Fixtures().org("410800.EE");
        int asWen = as("wen.county").get("/api/tasks?kind=TASK&size=100").object().getInt("total");
        Http.Reply created = admin.post("/api/people", Json.createObjectBuilder().add("username", "wen.county")
                .add("displayName", "借调到市生态环境局").add("organisationId", ecology).build().toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject person = created.object();
        try {
            // mapped to the Jiaozuo Ecology and Environment Bureau (named in most Jiaozuo tasks), the same token
            // now sees that bureau's tasks instead of Wen County's three
            int asEcology = as("wen.county").get("/api/tasks?kind=TASK&size=100").object().getInt("total");
            assertTrue(asEcology > asWen, asEcology + " tasks as the bureau, " + asWen + " as Wen County");
            JsonObject mappedEvent = as("inspector").get("/api/audit?entityType=person&entityId=" + person.getInt("id"))
                    .object().getJsonArray("items").getJsonObject(0);
            assertEquals("admin", mappedEvent.getString("actor"));
            assertTrue(mappedEvent.getString("after").contains("410800.EE"));

            // switched off: no rights at all, though the token is still valid
            Http.Reply off = admin.put("/api/people/" + person.getInt("id"), Json.createObjectBuilder()
                    .add("username", "wen.county").add("organisationId", ecology).add("active", false)
                    .add("version", person.getJsonNumber("version").longValue()).build().toString());
            assertEquals(200, off.status(), off::toString);
            Http.Reply refused = as("wen.county").get("/api/plans");
            assertEquals(403, refused.status(), refused::toString);
            person = off.object();
        } finally {
            Http.Reply back = admin.put("/api/people/" + person.getInt("id"), Json.createObjectBuilder()
                    .add("username", "wen.county").add("organisationId", wenCounty).add("active", true)
                    .add("version", person.getJsonNumber("version").longValue()).build().toString());
            assertEquals(200, back.status(), back::toString);
        }
        assertEquals(200, as("wen.county").get("/api/plans").status());
    }

    // ---------------------------------------------------------------- browser sign-in

    @Test
    void aBrowserSignsInThroughKeycloaksLoginPage() throws Exception {
        BrowserCookies cookies = new BrowserCookies();
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.ALWAYS).build();
        String me = Http.local(base).toString().replaceAll("/$", "") + "/me";
        var login = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(me)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        // the application sent the browser to Keycloak's own login form: the password goes there only
        assertTrue(login.uri().toString().startsWith(Http.keycloak() + "/realms/policy-tracker/"), login.uri()::toString);
        var action = java.util.regex.Pattern.compile("action=\"([^\"]+)\"").matcher(login.body());
        assertTrue(action.find(), () -> "a login form at " + login.uri() + ": " + login.body().substring(0, Math.min(600, login.body().length())));
        String form = "username=jiaozuo.bureau&password=" + Http.DEMO_USERS.get("jiaozuo.bureau");
        var back = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, back.statusCode(), back::body);
        assertTrue(back.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "not signed in: " + back.uri() + " " + back.body().replaceAll("(?s).*<title>(.*?)</title>.*", "$1")
                        + " " + back.body().replaceAll("(?s).*?(<span[^>]*kc-feedback-text[^>]*>.*?</span>).*", "$1"));
        assertEquals(java.net.URI.create(me).getPath(), back.uri().getPath(), "back on the page first asked for");
        JsonObject who = Json.createReader(new java.io.StringReader(back.body())).readObject();
        assertEquals("jiaozuo.bureau", who.getString("user"));
        assertEquals("410800.IIT", who.getString("organisation"));
        assertEquals(List.of("plan-office"), who.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    /** A browser's cookie jar, per host and port (the JDK's CookieManager mishandles "localhost"). */
    static final class BrowserCookies extends java.net.CookieHandler {
        private final Map<String, Map<String, String>> jar = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(java.net.URI uri, Map<String, List<String>> headers) {
            Map<String, String> cookies = jar.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(java.net.URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String v : values) {
                        String pair = v.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            jar.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), k -> new java.util.concurrent.ConcurrentHashMap<>())
                                    .put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                        }
                    }
                }
            });
        }
    }

    // ---------------------------------------------------------------- tokens

    @Test
    void missingBrokenTamperedForeignAndExpiredTokensGet401() throws Exception {
        Http anonymous = new Http(base, "en");
        assertUnauthorized(anonymous.get("/api/plans"));
        assertUnauthorized(anonymous.withToken("not-a-jwt").get("/api/plans"));

        String real = Http.tokenFor("xian.bureau", Http.DEMO_USERS.get("xian.bureau"), Http.keycloak());
        assertEquals(200, anonymous.withToken(real).get("/api/plans").status());
        // tampered: the same signature over a payload that now claims the administrator role
        String[] parts = real.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"city-bureau\"", "\"administrator\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertUnauthorized(anonymous.withToken(tampered).get("/api/plans"));

        // foreign: a genuine token of the same Keycloak, but of its master realm (other issuer, other key)
        String master = Keycloak.masterAdminToken();
        assertUnauthorized(anonymous.withToken(master).get("/api/plans"));

        // expired: the realm briefly issues 2-second tokens
        String expired;
        Keycloak.setAccessTokenLifespan(master, 2);
        try {
            expired = Http.tokenFor("xian.bureau", Http.DEMO_USERS.get("xian.bureau"), Http.keycloak());
        } finally {
            Keycloak.setAccessTokenLifespan(master, 300);
        }
        Thread.sleep(4000);
        assertUnauthorized(anonymous.withToken(expired).get("/api/plans"));
    }

    private static void assertUnauthorized(Http.Reply r) {
        assertEquals(401, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
    }

    // ---------------------------------------------------------------- performing one cell

    private Http.Reply call(String operation, String user, boolean own, Fixtures fx) {
        Http http = as(user);
        String planId = String.valueOf(own ? fx.ownPlan(user) : fx.otherPlan(user));
        String taskId = String.valueOf(own ? fx.ownTask(user) : fx.otherTask(user));
        String targetId = String.valueOf(own ? fx.ownTarget(user) : fx.otherTarget(user));
        String orgId = String.valueOf(own ? fx.org(Fixtures.ORG.get(user)) : fx.org("410882"));
        String indicatorId = String.valueOf(fx.indicator(own ? "ROBOTS" : "GREEN_PARKS"));
        int n = SEQ.incrementAndGet();
        int cycleId = operation.contains("/cycles/") ? (own ? fx.ownCycle(user) : fx.otherCycle(user)) : 0;
        int filingId = operation.contains("/api/park-filings/")
                ? fx.filing(own ? "SN-XETDZ" : user.equals("shaanxi.office") ? "SN-BJHTZ" : "SN-XAHTZ") : 0;
        int submissionId = operation.contains("/api/submissions/") ? (own ? fx.ownSubmission(user) : fx.otherSubmission(user)) : 0;
        return switch (operation) {
            case "GET /api/organisations" -> http.get("/api/organisations");
            case "GET /api/organisations/{id}" -> http.get("/api/organisations/" + orgId);
            case "POST /api/organisations" -> http.post("/api/organisations", Json.createObjectBuilder()
                    .add("code", "IT-ORG-" + n).add("kind", "ENTERPRISE").add("nameZh", "测试单位" + n)
                    .add("nameEn", "Test unit " + n).add("parentId", Long.parseLong(orgId)).build().toString());
            case "PUT /api/organisations/{id}" -> http.put("/api/organisations/" + orgId,
                    organisationData(auditor().get("/api/organisations/" + orgId).object()));
            case "GET /api/plans" -> http.get("/api/plans");
            case "GET /api/plans/{id}" -> http.get("/api/plans/" + planId);
            case "POST /api/plans" -> http.post("/api/plans", Json.createObjectBuilder()
                    .add("code", "IT-PLAN-" + n).add("titleZh", "测试方案" + n).add("level", "PROVINCIAL")
                    .add("ownerId", own ? fx.org(Fixtures.ORG.get(user)) : fx.org("410800.EE")).build().toString());
            case "PUT /api/plans/{id}" -> http.put("/api/plans/" + planId, planData(auditor().get("/api/plans/" + planId).object()));
            case "GET /api/plans/{id}/tasks" -> http.get("/api/plans/" + planId + "/tasks");
            case "GET /api/plans/{id}/targets" -> http.get("/api/plans/" + planId + "/targets");
            case "GET /api/tasks" -> http.get("/api/tasks");
            case "GET /api/tasks/{id}" -> http.get("/api/tasks/" + taskId);
            case "POST /api/tasks" -> http.post("/api/tasks", Json.createObjectBuilder().add("planId", creationPlan(user, own, fx))
                    .add("kind", "TASK").add("number", "M" + n).add("titleZh", "补充任务").build().toString());
            case "PUT /api/tasks/{id}" -> http.put("/api/tasks/" + taskId, taskData(auditor().get("/api/tasks/" + taskId).object()));
            case "GET /api/indicators" -> http.get("/api/indicators");
            case "GET /api/indicators/{id}" -> http.get("/api/indicators/" + indicatorId);
            case "POST /api/indicators" -> http.post("/api/indicators", Json.createObjectBuilder().add("code", "IT_IND_" + n)
                    .add("nameZh", "测试指标").add("nameEn", "Test indicator").add("unit", "t").add("direction", "DECREASE")
                    .add("aggregation", "SUM").build().toString());
            case "PUT /api/indicators/{id}" -> http.put("/api/indicators/" + indicatorId,
                    indicatorData(auditor().get("/api/indicators/" + indicatorId).object()));
            case "GET /api/indicators/targets" -> http.get("/api/indicators/targets");
            case "GET /api/indicators/targets/{id}" -> http.get("/api/indicators/targets/" + targetId);
            case "POST /api/indicators/targets" -> http.post("/api/indicators/targets", Json.createObjectBuilder()
                    .add("indicatorId", fx.indicator("ROBOTS")).add("planId", creationPlan(user, own, fx))
                    .add("scopeId", fx.org("610000")).add("relation", "AT_LEAST").add("targetYear", 2030)
                    .add("targetValue", 10).build().toString());
            case "PUT /api/indicators/targets/{id}" -> http.put("/api/indicators/targets/" + targetId,
                    targetData(auditor().get("/api/indicators/targets/" + targetId).object()));
            case "GET /api/audit" -> http.get("/api/audit?entityType=plan");
            case "GET /api/people" -> http.get("/api/people");
            case "GET /api/people/{id}" -> http.get("/api/people/" + fx.person(own));
            case "POST /api/people" -> http.post("/api/people", Json.createObjectBuilder().add("username", "it.someone." + n)
                    .add("organisationId", Long.parseLong(orgId)).build().toString());
            case "PUT /api/people/{id}" -> http.put("/api/people/" + fx.person(own),
                    personData(as("admin").get("/api/people/" + fx.person(own)).object()));
            case "GET /api/cycles" -> http.get("/api/cycles");
            case "GET /api/cycles/{id}" -> http.get("/api/cycles/" + cycleId);
            case "POST /api/cycles" -> http.post("/api/cycles", Json.createObjectBuilder().add("code", "IT-CYCLE-" + n)
                    .add("planId", creationPlan(user, own, fx)).add("nameZh", "测试周期").add("frequency", "ANNUAL")
                    .add("dueDaysAfterPeriod", 15).add("reviewerId", fx.org(Fixtures.ORG.get(user)))
                    .add("firstPeriodStart", "2030-01-01").build().toString());
            case "PUT /api/cycles/{id}" -> http.put("/api/cycles/" + cycleId, cycleData(auditor().get("/api/cycles/" + cycleId).object()));
            case "GET /api/cycles/{id}/timeliness" -> http.get("/api/cycles/" + cycleId + "/timeliness");
            case "GET /api/plans/{id}/progress" -> http.get("/api/plans/" + planId + "/progress");
            case "GET /api/submissions" -> http.get("/api/submissions");
            case "GET /api/submissions/{id}" -> http.get("/api/submissions/" + submissionId);
            case "PUT /api/submissions/{id}/draft" -> http.put("/api/submissions/" + submissionId + "/draft",
                    "{\"version\": -5, \"taskReports\": []}");
            case "POST /api/submissions/{id}/submit" -> http.post("/api/submissions/" + submissionId + "/submit", "{\"version\": -5}");
            case "POST /api/submissions/{id}/return" -> http.post("/api/submissions/" + submissionId + "/return",
                    "{\"version\": -5, \"comment\": \"请补充\"}");
            case "POST /api/submissions/{id}/accept" -> http.post("/api/submissions/" + submissionId + "/accept", "{\"version\": -5}");
            case "GET /api/submissions/{id}/versions" -> http.get("/api/submissions/" + submissionId + "/versions");
            case "POST /api/submissions/{id}/attachments" -> http.upload("/api/submissions/" + submissionId + "/attachments?name=a.pdf",
                    "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            case "GET /api/submissions/{id}/attachments/{attachmentId}" -> http.get("/api/submissions/" + submissionId
                    + "/attachments/" + fx.attachment(submissionId));
            case "DELETE /api/submissions/{id}/attachments/{attachmentId}" -> http.delete("/api/submissions/" + submissionId
                    + "/attachments/" + fx.attachment(submissionId));
            case "GET /api/submissions/{id}/sheet" -> http.get("/api/submissions/" + submissionId + "/sheet", XLSX);
            case "PUT /api/submissions/{id}/sheet" -> http.uploadPut("/api/submissions/" + submissionId + "/sheet", XLSX,
                    "not a workbook".getBytes(StandardCharsets.US_ASCII));
            case "GET /api/cases/workbook" -> http.get("/api/cases/workbook?industry=" + java.net.URLEncoder.encode("钢铁", StandardCharsets.UTF_8), XLSX);
            case "GET /api/cases/workbook/template" -> http.get("/api/cases/workbook/template", XLSX);
            case "POST /api/cases/workbook" -> http.upload("/api/cases/workbook", XLSX, "not a workbook".getBytes(StandardCharsets.US_ASCII));
            case "GET /api/reminders" -> http.get("/api/reminders");
            case "POST /api/demo/synthetic-province" -> http.post("/api/demo/synthetic-province?cities=2&counties=0&parks=0&plans=1&tasks=6&years=1", "");
            case "GET /api/reports/cycles/{id}/timeliness" -> http.get("/api/reports/cycles/" + cycleId + "/timeliness?format=xlsx", "*/*");
            case "GET /api/reports/plans/{id}/summary" -> http.get("/api/reports/plans/" + planId + "/summary?format=xlsx", "*/*");
            case "GET /api/reports/plans/{id}/indicators" -> http.get("/api/reports/plans/" + planId + "/indicators?format=docx", "*/*");
            case "GET /api/reports/parks/summary" -> http.get("/api/reports/parks/summary?year=2024&province="
                    + fx.org(own == jiaozuoSide(user) ? "410000" : "610000"), "*/*");
            case "GET /api/reports/parks/{id}/progress" -> http.get("/api/reports/parks/"
                    + fx.park(own == jiaozuoSide(user) ? "410000" : "610000") + "/progress?year=2024", "*/*");
            case "GET /api/park-lists" -> http.get("/api/park-lists");
            case "GET /api/park-lists/{id}" -> http.get("/api/park-lists/" + fx.parkList(own == jiaozuoSide(user) ? "410000" : "610000"));
            case "POST /api/park-lists" -> http.post("/api/park-lists", Json.createObjectBuilder()
                    .add("provinceId", fx.org(own == jiaozuoSide(user) ? "410000" : "610000")).add("year", 2100 - n % 60)
                    .build().toString());
            case "PUT /api/park-lists/{id}" -> http.put("/api/park-lists/" + fx.parkList(own == jiaozuoSide(user) ? "410000" : "610000"),
                    "{\"version\": -5}");
            case "POST /api/park-lists/{id}/submit" -> http.post("/api/park-lists/"
                    + fx.parkList(own == jiaozuoSide(user) ? "410000" : "610000") + "/submit", "{\"version\": -5}");
            case "GET /api/park-filings" -> http.get("/api/park-filings");
            case "GET /api/park-filings/annual-status" -> http.get("/api/park-filings/annual-status?year=2024");
            case "GET /api/park-filings/{id}" -> http.get("/api/park-filings/" + filingId);
            case "POST /api/park-filings" -> http.post("/api/park-filings", Json.createObjectBuilder()
                    .add("parkId", fx.park(own ? "SN-XETDZ" : "SN-XAHTZ")).add("type", "PLAN").add("year", 2100 - n % 60)
                    .build().toString());
            case "PUT /api/park-filings/{id}/draft" -> http.put("/api/park-filings/" + filingId + "/draft",
                    "{\"version\": -5, \"plan\": {}}");
            case "POST /api/park-filings/{id}/submit" -> http.post("/api/park-filings/" + filingId + "/submit", "{\"version\": -5}");
            case "POST /api/park-filings/{id}/return" -> http.post("/api/park-filings/" + filingId + "/return",
                    "{\"version\": -5, \"comment\": \"请补充\"}");
            case "POST /api/park-filings/{id}/approve" -> http.post("/api/park-filings/" + filingId + "/approve", "{\"version\": -5}");
            case "POST /api/park-filings/{id}/evaluation" -> http.post("/api/park-filings/" + filingId + "/evaluation",
                    "{\"version\": -5, \"result\": \"PASSED\", \"date\": \"2025-12-20\"}");
            case "GET /api/park-filings/{id}/versions" -> http.get("/api/park-filings/" + filingId + "/versions");
            case "GET /api/parks" -> http.get("/api/parks");
            case "GET /api/parks/{id}" -> http.get("/api/parks/" + fx.park(own == jiaozuoSide(user) ? "410000" : "610000"));
            case "POST /api/parks" -> http.post("/api/parks", Json.createObjectBuilder().add("code", "IT-PARK-" + n)
                    .add("nameZh", "测试园区" + n).add("level", "PROVINCIAL").add("kind", "OTHER")
                    .add("provinceId", fx.org(own == jiaozuoSide(user) ? "410000" : "610000"))
                    .add("committeeId", fx.newCommittee(n)).build().toString());
            case "PUT /api/parks/{id}" -> {
                int park = fx.park(own == jiaozuoSide(user) ? "410000" : "610000");
                yield http.put("/api/parks/" + park, parkData(auditor().get("/api/parks/" + park).object()));
            }
            case "GET /api/cases" -> http.get("/api/cases?industry=" + java.net.URLEncoder.encode("钢铁", StandardCharsets.UTF_8));
            case "GET /api/cases/{id}" -> http.get("/api/cases/" + fx.typicalCase(own ? 2 : 8));
            case "GET /api/cases/lists" -> http.get("/api/cases/lists");
            case "POST /api/plan-imports" -> http.upload("/api/plan-imports", "text/plain; charset=UTF-8",
                    "测试方案\n一、总体目标\n到2025年完成。\n二、重点任务\n1.开展检查。〔市生态环境局牵头〕\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case "GET /api/plan-imports/task-template" -> http.get("/api/plan-imports/task-template",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case "GET /api/plan-imports/plans/{id}/tasks" -> http.get("/api/plan-imports/plans/" + planId + "/tasks",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case "POST /api/plan-imports/sheet" -> http.upload("/api/plan-imports/sheet",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", org.policytracker.importing.control.TaskSheet.template());
            case "POST /api/plan-imports/accepted" -> http.post("/api/plan-imports/accepted", Json.createObjectBuilder()
                    .add("code", own ? "IT-IMPORT-" + n : "").add("titleZh", "测试导入方案").add("level", "PROVINCIAL")
                    .add("tasks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("path", "一").add("number", "一")
                            .add("kind", "SECTION").add("title", "总体目标").add("units", Json.createArrayBuilder())))
                    .add("targets", Json.createArrayBuilder()).build().toString());
            case "POST /api/cases/lists" -> http.post("/api/cases/lists", Json.createObjectBuilder().add("code", "IT-CASES-" + n)
                    .add("titleZh", "测试名单").add("year", 2025)
                    .add("text", "序号\t单位名称\t行业\t所在省市\t典型模式\t典型做法\t备注\n1\t测试企业\t钢铁\t陕西省\t用水过程循环模式\t水重复利用率达到 97.5%。\t\n")
                    .build().toString());
            case "GET /api/cases/facets" -> http.get("/api/cases/facets");
            case "GET /api/cases/recognised" -> http.get("/api/cases/recognised?province=" + fx.org("610000"));
            case "GET /api/cases/export" -> http.get("/api/cases/export", "text/csv");
            default -> throw new AssertionError("no way to call " + operation);
        };
    }

    /**
     * Where an "own" creation goes: a plan office adds tasks and targets to a scratch plan of its
     * own (so that the seed plans stay as the other tests expect them); anyone else tries the plan
     * of their own organisation's work.
     */
    private long creationPlan(String user, boolean own, Fixtures fx) {
        if (!own) {
            return fx.otherPlan(user);
        }
        if (user.equals("shaanxi.office") || user.equals("jiaozuo.bureau")) {
            return fx.scratchPlan(user);
        }
        return fx.ownPlan(user);
    }

    // the views the auditor reads, turned back into request bodies (what a client would send)

    private static String organisationData(JsonObject o) {
        return copy(o, "code", "kind", "nameZh", "nameEn", "parentId", "aliases", "version").build().toString();
    }

    private static String planData(JsonObject p) {
        JsonObjectBuilder b = copy(p, "code", "titleZh", "titleEn", "documentNumber", "level", "status", "issueDate",
                "periodStart", "periodEnd", "overallGoalsZh", "overallGoalsEn", "version");
        b.add("issuerIds", ids(p.getJsonArray("issuers"), x -> x));
        b.add("implementsPlanIds", ids(p.getJsonArray("implementsPlans"), x -> x));
        return b.build().toString();
    }

    private static String taskData(JsonObject t) {
        JsonObjectBuilder b = copy(t, "parentId", "kind", "number", "position", "titleZh", "titleEn", "description",
                "deadline", "deadlineText", "status", "version");
        JsonArrayBuilder units = Json.createArrayBuilder();
        t.getJsonArray("assignments").getValuesAs(JsonObject.class).forEach(a -> units.add(Json.createObjectBuilder()
                .add("role", a.getString("role")).add("organisationId", a.getJsonObject("organisation").getInt("id"))
                .add("coverage", a.getString("coverage")).add("note", a.get("note"))));
        b.add("assignments", units);
        b.add("milestones", t.getJsonArray("milestones"));
        return b.build().toString();
    }

    private static String targetData(JsonObject t) {
        JsonObjectBuilder b = copy(t, "taskId", "relation", "baselineYear", "baselineValue", "targetYear", "targetValue",
                "relativeChangePercent", "statement", "version");
        b.add("indicatorId", t.getJsonObject("indicator").getInt("id"));
        b.add("scopeId", t.getJsonObject("scope").getInt("id"));
        return b.build().toString();
    }

    private static String cycleData(JsonObject c) {
        JsonObjectBuilder b = copy(c, "code", "planId", "nameZh", "nameEn", "frequency", "dueDaysAfterPeriod", "graceDays",
                "firstPeriodStart", "lastPeriodEnd", "version");
        b.add("reminderDaysBefore", c.getJsonArray("reminderDaysBefore"));
        b.add("reviewerId", c.getJsonObject("reviewer").getInt("id"));
        if (!c.isNull("alternateReviewer")) {
            b.add("alternateReviewerId", c.getJsonObject("alternateReviewer").getInt("id"));
        }
        JsonArrayBuilder parts = Json.createArrayBuilder();
        c.getJsonArray("participants").getValuesAs(JsonObject.class).forEach(p -> parts.add(Json.createObjectBuilder()
                .add("organisationId", p.getJsonObject("organisation").getInt("id"))
                .add("obligedFrom", p.get("obligedFrom")).add("obligedUntil", p.get("obligedUntil"))));
        b.add("participants", parts);
        return b.build().toString();
    }

    private static String parkData(JsonObject p) {
        JsonObjectBuilder b = copy(p, "code", "nameZh", "nameEn", "level", "kind", "approvedOn", "areaKm2", "leadingIndustries",
                "version");
        b.add("provinceId", p.getJsonObject("province").getInt("id"));
        b.add("committeeId", p.getJsonObject("committee").getInt("id"));
        if (!p.isNull("city")) {
            b.add("cityId", p.getJsonObject("city").getInt("id"));
        }
        return b.build().toString();
    }

    private static String personData(JsonObject p) {
        JsonObjectBuilder b = copy(p, "username", "displayName", "active", "version");
        b.add("organisationId", p.getJsonObject("organisation").getInt("id"));
        return b.build().toString();
    }

    private static String indicatorData(JsonObject i) {
        return copy(i, "code", "nameZh", "nameEn", "unit", "direction", "aggregation", "countsRecognition", "version").build().toString();
    }

    private static JsonObjectBuilder copy(JsonObject from, String... keys) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (String k : keys) {
            b.add(k, from.containsKey(k) ? from.get(k) : JsonValue.NULL);
        }
        return b;
    }

    private static JsonArray ids(JsonArray refs, Function<Integer, Integer> f) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        refs.getValuesAs(JsonObject.class).forEach(r -> a.add(f.apply(r.getInt("id"))));
        return a.build();
    }

    /** The records each user's "own" and "other" cells address, looked up once by the auditor. */
    final class Fixtures {
        static final Map<String, String> ORG = Map.of("shaanxi.office", "610000.IIT", "shaanxi.water", "610000.WR",
                "xian.bureau", "610100.IIT", "jiaozuo.bureau", "410800.IIT", "wen.county", "410825",
                "xetdz.committee", "610100.XETDZ", "ndrc.reader", "NDRC.DERCU", "inspector", "610000", "admin", "610000.IIT");
        private final Map<String, Integer> cache = new LinkedHashMap<>();

        int org(String code) {
            return cache.computeIfAbsent("org:" + code, k -> auditor().get("/api/organisations?q=" + code + "&size=500").object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id"));
        }

        int plan(String code) {
            return cache.computeIfAbsent("plan:" + code, k -> auditor().get("/api/plans?q=" + code).object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id"));
        }

        int indicator(String code) {
            return cache.computeIfAbsent("ind:" + code, k -> auditor().get("/api/indicators?q=" + code).object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id"));
        }

        /** A task of a plan by its path of numbers, e.g. "IV/(1)". */
        int task(String planCode, String path) {
            return cache.computeIfAbsent("task:" + planCode + path, k -> {
                JsonArray nodes = auditor().get("/api/plans/" + plan(planCode) + "/tasks").array();
                JsonObject node = null;
                for (String number : path.split("/")) {
                    node = find(nodes, number);
                    nodes = node.getJsonArray("children");
                }
                return node.getInt("id");
            });
        }

        private JsonObject find(JsonArray nodes, String number) {
            for (JsonObject n : nodes.getValuesAs(JsonObject.class)) {
                if (n.getString("number").equals(number)) {
                    return n;
                }
                JsonObject deeper = n.getJsonArray("children").isEmpty() || !n.getString("kind").equals("SECTION")
                        ? null : findOrNull(n.getJsonArray("children"), number);
                if (deeper != null) {
                    return deeper;
                }
            }
            throw new AssertionError("no task " + number);
        }

        private JsonObject findOrNull(JsonArray nodes, String number) {
            try {
                return find(nodes, number);
            } catch (AssertionError e) {
                return null;
            }
        }

        /** A person mapping (of a made-up user) in a Shaanxi unit ("own") or a Henan one ("other"). */
        int person(boolean own) {
            return cache.computeIfAbsent("person:" + own, k -> {
                String username = "it.person." + (own ? "sn" : "jz");
                var existing = as("admin").get("/api/people?q=" + username).object().getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("username").equals(username)).findFirst();
                if (existing.isPresent()) {
                    return existing.get().getInt("id");
                }
                Http.Reply r = as("admin").post("/api/people", Json.createObjectBuilder()
                        .add("username", "it.person." + (own ? "sn" : "jz")).add("displayName", "测试人员")
                        .add("organisationId", org(own ? "610000.WR" : "410800.EE")).build().toString());
                assertEquals(201, r.status(), r::toString);
                return r.object().getInt("id");
            });
        }

        /** A plan the plan office owns and may fill freely. */
        int scratchPlan(String user) {
            return cache.computeIfAbsent("scratch:" + user, k -> {
                String code = "IT-SCRATCH-" + user;
                var existing = as(user).get("/api/plans?q=" + code).object().getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(code)).findFirst();
                if (existing.isPresent()) {
                    return existing.get().getInt("id");
                }
                Http.Reply r = as(user).post("/api/plans", Json.createObjectBuilder().add("code", "IT-SCRATCH-" + user)
                        .add("titleZh", "权限测试方案").add("level", "PROVINCIAL").build().toString());
                assertEquals(201, r.status(), r::toString);
                return r.object().getInt("id");
            });
        }

        int target(String planCode) {
            return cache.computeIfAbsent("target:" + planCode, k -> auditor().get("/api/plans/" + plan(planCode) + "/targets")
                    .array().getJsonObject(0).getInt("id"));
        }

        /** A registered park by code. */
        int park(String code) {
            if (code.equals("610000") || code.equals("410000")) {
                return parkOf(code);
            }
            return cache.computeIfAbsent("parkcode:" + code, k -> auditor().get("/api/parks?q=" + code).object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(code))
                    .findFirst().orElseThrow().getInt("id"));
        }

        /** The 2022 park list of a province: Shaanxi's from the demo (sent), Henan's opened here (a draft). */
        int parkList(String provinceCode) {
            int province = org(provinceCode);
            return cache.computeIfAbsent("plist:" + provinceCode, k -> {
                var existing = auditor().get("/api/park-lists?year=2022&province=" + province).object().getJsonArray("items");
                if (!existing.isEmpty()) {
                    return existing.getJsonObject(0).getInt("id");
                }
                Http.Reply r = as("jiaozuo.bureau").post("/api/park-lists", Json.createObjectBuilder().add("provinceId", province)
                        .add("year", 2022).build().toString());
                assertEquals(201, r.status(), r::toString);
                return r.object().getInt("id");
            });
        }

        /** The demo plan (2022/2023) of a demo park. */
        int filing(String parkCode) {
            int park = park(parkCode);
            return cache.computeIfAbsent("filing:" + parkCode, k -> auditor().get("/api/park-filings?type=PLAN&size=100&park=" + park)
                    .object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getInt("year") <= 2023).findFirst().orElseThrow().getInt("id"));
        }

        /** A registered park of the province: the demo's Xi'an ETDZ for Shaanxi, a park registered here for Henan. */
        int parkOf(String provinceCode) {
            if (provinceCode.equals("610000")) {
                return cache.computeIfAbsent("park:SN", k -> auditor().get("/api/parks?q=SN-XETDZ").object()
                        .getJsonArray("items").getJsonObject(0).getInt("id"));
            }
            int province = org(provinceCode);
            return cache.computeIfAbsent("park:HA", k -> {
                var existing = auditor().get("/api/parks?q=IT-HENAN-PARK").object().getJsonArray("items");
                if (!existing.isEmpty()) {
                    return existing.getJsonObject(0).getInt("id");
                }
                Http.Reply r = as("admin").post("/api/parks", Json.createObjectBuilder().add("code", "IT-HENAN-PARK")
                        .add("nameZh", "测试园区（河南）").add("level", "PROVINCIAL").add("kind", "OTHER")
                        .add("provinceId", province).add("committeeId", newCommittee(0)).build().toString());
                assertEquals(201, r.status(), r::toString);
                return r.object().getInt("id");
            });
        }

        /** A new park committee in the registry (the administrator creates it), free to be given a park. */
        int newCommittee(int n) {
            String code = "IT-COM-" + n + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
            Http.Reply r = as("admin").post("/api/organisations", Json.createObjectBuilder().add("code", code)
                    .add("kind", "INDUSTRIAL_PARK").add("nameZh", "测试园区管委会" + code).add("nameEn", "Test park committee " + code)
                    .build().toString());
            assertEquals(201, r.status(), r::toString);
            return r.object().getInt("id");
        }

        /** A case of the demo's 2024 list by its number. */
        int typicalCase(int number) {
            return cache.computeIfAbsent("case:" + number, k -> auditor().get("/api/cases?size=100").object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getInt("number") == number && c.getJsonObject("list").getString("code").equals("IWR-TYPICAL-CASES-2024"))
                    .findFirst().orElseThrow().getInt("id"));
        }

        int ownPlan(String user) {
            return user.equals("ndrc.reader") ? plan("NATL-2021-PARK-CIRCULAR") : plan(jiaozuoSide(user) ? "JZ-2019-IR" : "SN-2024-IWR");
        }

        int otherPlan(String user) {
            return user.equals("ndrc.reader") ? plan("SN-2024-IWR") : plan(jiaozuoSide(user) ? "SN-2024-IWR" : "JZ-2019-IR");
        }

        int ownTask(String user) {
            return switch (user) {
                case "shaanxi.water" -> task("SN-2024-IWR", "II/2");
                case "xetdz.committee" -> task("SN-2024-IWR", "II/4");
                case "jiaozuo.bureau" -> task("JZ-2019-IR", "IV/(1)");
                case "wen.county" -> task("JZ-2019-IR", "II/(2)");
                default -> task("SN-2024-IWR", "II/1");
            };
        }

        int otherTask(String user) {
            return jiaozuoSide(user) ? task("SN-2024-IWR", "II/1") : task("JZ-2019-IR", "IV/(1)");
        }

        int cycle(String code) {
            return cache.computeIfAbsent("cycle:" + code, k -> auditor().get("/api/cycles?size=500").object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow().getInt("id"));
        }

        int ownCycle(String user) {
            return cycle(jiaozuoSide(user) ? "JZ-2019-IR-HALFYEAR" : "SN-2024-IWR-CITIES");
        }

        int otherCycle(String user) {
            return cycle(jiaozuoSide(user) ? "SN-2024-IWR-CITIES" : "JZ-2019-IR-HALFYEAR");
        }

        /** A demo submission by cycle, organisation and period. */
        int submission(String cycleCode, String orgCode, String period) {
            int cycle = cycle(cycleCode);
            int org = org(orgCode); // looked up first: the cache must not change while it computes
            return cache.computeIfAbsent("sub:" + cycleCode + orgCode + period, k -> auditor().get("/api/submissions?cycle="
                    + cycle + "&organisation=" + org + "&period=" + period).object()
                    .getJsonArray("items").getJsonObject(0).getInt("id"));
        }

        /**
         * The user's own: for the two plan offices a submission awaiting their review (Hancheng,
         * the Jiaozuo market regulator), for the filers their own accepted one, else Xi'an's.
         */
        int ownSubmission(String user) {
            return switch (user) {
                case "shaanxi.office" -> submission("SN-2024-IWR-CITIES", "610581", "2024");
                case "jiaozuo.bureau" -> submission("JZ-2019-IR-HALFYEAR", "410800.AMR", "2020-H1");
                case "wen.county" -> submission("JZ-2019-IR-HALFYEAR", "410825", "2019-H2");
                default -> submission("SN-2024-IWR-CITIES", "610100.IIT", "2024");
            };
        }

        /** Another's: for the filers a neighbour's in the same cycle, else the other side's. */
        int otherSubmission(String user) {
            return switch (user) {
                case "xian.bureau" -> submission("SN-2024-IWR-CITIES", "610200", "2024");
                case "wen.county" -> submission("JZ-2019-IR-HALFYEAR", "410882", "2019-H2");
                case "jiaozuo.bureau" -> submission("SN-2024-IWR-CITIES", "610581", "2024");
                default -> submission("JZ-2019-IR-HALFYEAR", "410800.AMR", "2020-H1");
            };
        }

        int attachment(int submissionId) {
            return cache.computeIfAbsent("att:" + submissionId, k -> auditor().get("/api/submissions/" + submissionId).object()
                    .getJsonArray("attachments").getJsonObject(0).getInt("id"));
        }

        int ownTarget(String user) {
            return target(jiaozuoSide(user) ? "JZ-2019-IR" : "SN-2024-IWR");
        }

        int otherTarget(String user) {
            return target(jiaozuoSide(user) ? "SN-2024-IWR" : "JZ-2019-IR");
        }
    }
}
