package org.policytracker.it;

import org.policytracker.platform.time.Shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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
        MATRIX.put("PUT /api/indicators/{id}",        "200/403 403/403 403/403 200/403 403/403 403/403 403/403 403/403 200/200");
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
        MATRIX.put("GET /api/submissions/{id}/versions/compare", "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
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
        MATRIX.put("GET /api/park-filings/{id}/versions/compare", "200/404 404/404 404/404 404/404 404/404 200/404 200/404 200/200 200/200");
        // provincial park lists: "own" the list of the user's side's province (Shaanxi's was sent, Henan's is a draft); only a
        // provincial office speaks for its province (the Jiaozuo city office reads Henan's list, but neither makes nor sends it)
        MATRIX.put("GET /api/park-lists",             "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/park-lists/{id}",        "200/404 404/404 404/404 200/404 404/404 404/404 200/404 200/200 200/200");
        MATRIX.put("POST /api/park-lists",            "201/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403");
        MATRIX.put("PUT /api/park-lists/{id}",        "400/404 404/404 404/404 403/404 404/404 404/404 403/404 403/403 403/403");
        MATRIX.put("POST /api/park-lists/{id}/submit", "400/404 404/404 404/404 403/404 404/404 404/404 403/404 403/403 403/403");
        MATRIX.put("GET /api/reports/cycles/{id}/timeliness", "200/404 404/404 200/404 200/404 200/404 404/404 404/404 200/200 200/200");
        // formal reports: a plan's summary and indicators for those who see the plan (the national plan has no reporting
        // cycle to summarise); the provincial park summary for the province's own plan office (not Jiaozuo's city office for
        // Henan) and national readers; one
        // park's report for its committee, its province's plan office and national readers
        MATRIX.put("GET /api/reports/plans/{id}/summary", "200/404 200/404 200/404 200/404 200/404 200/404 400/404 200/200 200/200");
        MATRIX.put("GET /api/reports/plans/{id}/indicators", "200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/200 200/200");
        // the live park summary: the province's office, auditor, administrator; the national agencies read issued copies
        MATRIX.put("GET /api/reports/parks/summary",  "200/403 403/403 403/403 403/403 403/403 403/403 403/403 200/200 200/200");
        // issued reports: "own" the Shaanxi office's issued park summary (for Jiaozuo and Wen: the Jiaozuo office's issued
        // ranking); only a plan office issues, in its own organisation's name (the Shaanxi summary for the Shaanxi office)
        MATRIX.put("POST /api/reports/issued",        "201/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403");
        MATRIX.put("GET /api/reports/issued",         "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200");
        MATRIX.put("GET /api/reports/issued/{id}",    "200/404 404/404 404/404 200/404 404/404 404/404 200/404 200/200 200/200");
        MATRIX.put("GET /api/reports/issued/{id}/files/{format}", "200/404 404/404 404/404 200/404 404/404 404/404 200/404 200/200 200/200");
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

    /**
     * A Java client generated from the API's OpenAPI document (src/test/openapi, openapi-generator) works against the
     * server, and sees what the rules say: the Xi'an bureau reads the Shaanxi plan's task tree, and another's plan is
     * answered 404 as if it did not exist.
     */
    @Test
    void theGeneratedClientReadsWhatTheRulesLetItRead() throws Exception {
        URL local = Http.local(base);
        org.policytracker.client.ApiClient client = new org.policytracker.client.ApiClient();
        client.updateBaseUri(local.getProtocol() + "://" + local.getHost() + ":" + local.getPort() + "/policy-tracker");
        String token = Http.tokenFor("xian.bureau", Http.DEMO_USERS.get("xian.bureau"), Http.keycloak());
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        org.policytracker.client.api.PlansApi plans = new org.policytracker.client.api.PlansApi(client);
        org.policytracker.client.model.Page page = plans.getPlans("SN-2024-IWR", null, null, null, 0, 20);
        assertEquals(1, page.getTotal().intValue(), page::toString);
        Object id = ((Map<?, ?>) page.getItems().get(0)).get("id");
        List<org.policytracker.client.model.TaskView> tree = plans.getPlansIdTasks(new java.math.BigDecimal(String.valueOf(id)));
        assertTrue(tree.size() >= 2 && tree.stream().allMatch(t -> t.getNumber() != null), tree::toString);
        Http auditor = auditor();
        int jiaozuo = auditor.get("/api/plans?q=JZ-2019-IR").object().getJsonArray("items").getJsonObject(0).getInt("id");
        org.policytracker.client.ApiException hidden = org.junit.jupiter.api.Assertions.assertThrows(org.policytracker.client.ApiException.class,
                () -> plans.getPlansIdTasks(java.math.BigDecimal.valueOf(jiaozuo)));
        assertEquals(404, hidden.getCode(), hidden::getResponseBody);
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
                    boolean write = !operation.startsWith("GET ");
                    int rowsBefore = write ? auditRows(user) : 0;
                    Http.Reply r = call(operation, user, own, fx);
                    if (write && r.status() < 300) {
                        // the audit trail by construction: a write that changed something has its row, one that
                        // changed nothing (the same state sent back, a proposal read from a document) has none
                        int added = auditRows(user) - rowsBefore;
                        boolean changes = !UNCHANGING.contains(operation);
                        if (changes ? added < 1 : added != 0) {
                            JsonObject newest = auditor().get("/api/audit?size=1&actor=" + user).object().getJsonArray("items")
                                    .getJsonObject(0);
                            wrong.add(operation + " as " + user + " (" + (own ? "own" : "other") + "): " + added
                                    + " audit rows for a write that " + (changes ? "changed something" : "changed nothing")
                                    + "; the newest: " + newest);
                        }
                    }
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

    /**
     * The writes of the matrix that change nothing: a record's own state sent back (an update that changes nothing
     * writes no audit row) and proposals read from a document or workbook (nothing stored until accepted).
     */
    static final Set<String> UNCHANGING = Set.of("PUT /api/organisations/{id}", "PUT /api/plans/{id}", "PUT /api/tasks/{id}",
            "PUT /api/indicators/{id}", "PUT /api/indicators/targets/{id}", "PUT /api/people/{id}", "PUT /api/cycles/{id}",
            "PUT /api/parks/{id}", "POST /api/plan-imports", "POST /api/plan-imports/sheet");

    /** How many audit entries name {@code user} as the actor (read by the auditor). */
    private int auditRows(String user) {
        return auditor().get("/api/audit?size=1&actor=" + user).object().getInt("total");
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

    /**
     * Shared reference data is changed only by the organisation that keeps it, and a code or a parent the user cannot
     * see answers as if it did not exist.
     */
    @Test
    void sharedDataIsChangedOnlyByItsKeeperAndHiddenRecordsTellNothing() {
        Fixtures fx = new Fixtures();
        int coverage = fx.indicator("PLANNED_WATER_USE_COVERAGE");
        JsonObject before = auditor().get("/api/indicators/" + coverage).object();
        String flipped = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(indicatorData(before))).readObject())
                .add("direction", before.getString("direction").equals("INCREASE") ? "DECREASE" : "INCREASE").build().toString();
        Http.Reply jiaozuo = as("jiaozuo.bureau").put("/api/indicators/" + coverage, flipped);
        assertEquals(403, jiaozuo.status(), jiaozuo::toString);
        assertTrue(jiaozuo.object().getString("detail").contains("kept by another organisation"), jiaozuo::toString);
        assertEquals(before.getString("direction"), auditor().get("/api/indicators/" + coverage).object().getString("direction"));
        assertEquals("610000.IIT", before.getJsonObject("owner").getString("code"));

        // the catalogue exported and sent back: Jiaozuo may not revise the list the Shaanxi office keeps, Shaanxi may
        byte[] workbook = as("jiaozuo.bureau").download("/api/cases/workbook");
        Http.Reply revised = as("jiaozuo.bureau").upload("/api/cases/workbook", XLSX, workbook);
        assertEquals(403, revised.status(), revised::toString);
        Http.Reply byKeeper = as("shaanxi.office").upload("/api/cases/workbook", XLSX, workbook);
        assertEquals(200, byKeeper.status(), byKeeper::toString);

        // codes are unique per owner: Jiaozuo learns nothing of the Shaanxi office's plan codes, but not twice its own
        int n = SEQ.incrementAndGet();
        String code = "IT-HIDDEN-" + n;
        String plan = Json.createObjectBuilder().add("code", code).add("titleZh", "编号测试").add("level", "MUNICIPAL").build().toString();
        assertEquals(201, as("shaanxi.office").post("/api/plans", plan).status());
        Http.Reply same = as("jiaozuo.bureau").post("/api/plans", plan);
        assertEquals(201, same.status(), same::toString);
        Http.Reply twice = as("jiaozuo.bureau").post("/api/plans", plan);
        assertEquals(400, twice.status(), twice::toString);
        // a parent task in a plan the user cannot see: "does not exist", never "belongs to another plan"
        int shaanxiTask = fx.task("SN-2024-IWR", "1");
        Http.Reply child = as("jiaozuo.bureau").post("/api/tasks", Json.createObjectBuilder().add("planId", same.object().getInt("id"))
                .add("parentId", shaanxiTask).add("kind", "TASK").add("number", "1").add("titleZh", "子任务").build().toString());
        assertEquals(400, child.status(), child::toString);
        assertEquals("parentId", child.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(!child.toString().contains("another plan") && !child.toString().contains("其他方案"), child::toString);
    }

    /**
     * What each user sees of a plan's progress, checked against another path: an organisation's answer (status,
     * percent, light, period) appears only where the user may open that organisation's reports on the plan
     * ({@code /api/submissions}), is the user's own, or lies on a task the user's organisation leads (or below one).
     */
    @Test
    void aPlansProgressShowsEachUserOnlyTheAnswersTheyMayRead() {
        Fixtures fx = new Fixtures();
        List<String> leaks = new ArrayList<>();
        Map<String, Integer> othersSeen = new LinkedHashMap<>();
        List<String> users = new ArrayList<>(USERS);
        users.add("xahtz.committee");
        for (String user : users) {
            Http http = as(user);
            int me = fx.org(Fixtures.ORG.get(user));
            boolean department = Set.of("NATIONAL_AGENCY", "PROVINCIAL_DEPARTMENT", "CITY_BUREAU")
                    .contains(auditor().get("/api/organisations/" + me).object().getString("kind"));
            for (JsonObject plan : http.get("/api/plans?size=100").object().getJsonArray("items").getValuesAs(JsonObject.class)) {
                int planId = plan.getInt("id");
                Http.Reply progress = http.get("/api/plans/" + planId + "/progress");
                assertEquals(200, progress.status(), progress::toString);
                Set<Integer> readable = new java.util.HashSet<>(Set.of(me));
                pages(http, "/api/submissions?plan=" + planId).forEach(s -> readable.add(s.getJsonObject("organisation").getInt("id")));
                // the tasks the user's organisation leads as a department (a county or park among the leads implements)
                Set<Integer> led = new java.util.HashSet<>();
                if (department) {
                    pages(http, "/api/tasks?role=LEAD&plan=" + planId + "&organisation=" + me).forEach(t -> led.add(t.getInt("id")));
                }
                Map<Integer, Integer> parent = new java.util.HashMap<>();
                List<JsonObject> lines = progress.object().getJsonArray("tasks").getValuesAs(JsonObject.class);
                lines.forEach(l -> parent.put(l.getInt("taskId"), l.isNull("parentId") ? null : l.getInt("parentId")));
                Set<Integer> shown = new java.util.HashSet<>();
                for (JsonObject line : lines) {
                    boolean underLed = false;
                    for (Integer t = line.getInt("taskId"); t != null; t = parent.get(t)) {
                        underLed |= led.contains(t);
                    }
                    for (JsonObject part : line.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
                        int org = part.getJsonObject("organisation").getInt("id");
                        shown.add(org);
                        // an answer is what an organisation reported; an obliged one that has not reported shows nothing of it
                        boolean answer = !part.isNull("status");
                        if (answer && !readable.contains(org) && !underLed) {
                            leaks.add(user + " sees " + part.getJsonObject("organisation").getString("code") + "'s answer on task "
                                    + line.getString("number") + " of " + plan.getString("code"));
                        }
                        if (answer && org != me) {
                            othersSeen.merge(user, 1, Integer::sum);
                        }
                    }
                    assertTrue(line.getInt("reported") <= line.getInt("obliged"), line::toString);
                    assertTrue(line.getJsonArray("organisations").size() <= line.getInt("obliged"), line::toString);
                }
                for (JsonObject o : progress.object().getJsonArray("organisations").getValuesAs(JsonObject.class)) {
                    int org = o.getJsonObject("organisation").getInt("id");
                    if (!shown.contains(org)) {
                        leaks.add(user + " sees " + o.getJsonObject("organisation").getString("code") + "'s lights in " + plan.getString("code"));
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), () -> leaks.size() + " answers shown to users who may not read them:\n"
                + String.join("\n", leaks.subList(0, Math.min(40, leaks.size()))));
        // the rule is not met by showing nobody anything: the offices and the auditor read the cities' answers, the
        // Water Resources Department those on the tasks it leads; a city, a county (Wen County is one of six joint
        // leads of a Jiaozuo task, with five municipal bureaus: it implements it), a park and a national reader their own
        assertTrue(othersSeen.getOrDefault("shaanxi.office", 0) > 10 && othersSeen.getOrDefault("jiaozuo.bureau", 0) > 10
                && othersSeen.getOrDefault("inspector", 0) > 10, othersSeen::toString);
        assertTrue(othersSeen.getOrDefault("shaanxi.water", 0) > 0, othersSeen::toString);
        for (String user : List.of("xian.bureau", "wen.county", "xahtz.committee", "xetdz.committee", "ndrc.reader")) {
            assertEquals(0, othersSeen.getOrDefault(user, 0), user + ": " + othersSeen);
        }
    }

    /**
     * An answer planted where only some may read it: one organisation's report, sent in a cycle of its own. Its
     * {@code readers} may see it; the {@code owners} of the report (the organisation, the plan's office that reviews it,
     * auditor, administrator) must find it in the API, a workbook and a page.
     */
    record Canary(String text, Set<String> readers, Set<String> owners, int plan, int cycle, int submission, String period) {
    }

    private Canary plant(String office, String planCode, String reviewer, String filer, String filerOrg, String text,
                         Set<String> owners, Set<String> leads, Fixtures fx) {
        int plan = fx.plan(planCode);
        int year = java.time.LocalDate.now(Shanghai.ZONE).getYear();
        Http.Reply cycle = as(office).post("/api/cycles", Json.createObjectBuilder().add("code", "IT-CANARY-" + SEQ.incrementAndGet())
                .add("planId", plan).add("nameZh", "内容权限测试周期").add("frequency", "SEMI_ANNUAL").add("dueDaysAfterPeriod", 10)
                .add("reviewerId", fx.org(reviewer)).add("firstPeriodStart", year + "-01-01")
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", fx.org(filerOrg))))
                .build().toString());
        assertEquals(201, cycle.status(), cycle::toString);
        int cycleId = cycle.object().getInt("id");
        Http http = as(filer);
        String period = year + "-H1";
        int id = http.get("/api/submissions?cycle=" + cycleId + "&period=" + period).object().getJsonArray("items")
                .getJsonObject(0).getInt("id");
        JsonObject slot = http.get("/api/submissions/" + id).object();
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (JsonObject r : slot.getJsonArray("taskReports").getValuesAs(JsonObject.class)) {
            answers.add(Json.createObjectBuilder().add("taskId", r.getInt("taskId")).add("status", "COMPLETED").add("percentDone", 100)
                    .add("narrative", text + " 已完成").add("difficulties", text));
        }
        Http.Reply saved = http.put("/api/submissions/" + id + "/draft", Json.createObjectBuilder()
                .add("version", slot.getJsonNumber("version").longValue()).add("taskReports", answers).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        Http.Reply sent = http.post("/api/submissions/" + id + "/submit", Json.createObjectBuilder()
                .add("version", saved.object().getJsonNumber("version").longValue()).add("latenessReason", text + " 逾期原因").build().toString());
        assertEquals(200, sent.status(), sent::toString);
        Set<String> readers = new java.util.HashSet<>(owners);
        readers.addAll(leads);
        return new Canary(text, readers, owners, plan, cycleId, id, period);
    }

    /** The text of an answer: JSON, HTML or CSV as it is, a workbook or Word file by the XML inside it, a PDF by its text. */
    static String text(byte[] body) {
        if (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
            StringBuilder out = new StringBuilder();
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(body))) {
                for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().endsWith(".xml")) {
                        out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * What an organisation reported reaches only those entitled to read it, whatever the path: two answers are planted
     * (Xi'an's on the Shaanxi plan, Wen County's on the Jiaozuo plan), then every GET operation of the API is called
     * as every demo user on their own and another's records, the records the answers live in are read in every
     * format (JSON, the fill-in workbook, the plan's task list, the summaries and the ranking in Excel, Word and PDF —
     * a PDF read by its text with PDFBox), and the pages are opened in a signed-in browser session (start page, plan
     * page, report list, the report). The readers come from the rule written down (docs/security.md: the organisation
     * itself, the plan's office which reviews, the auditor, the administrator; a task's lead unit may), not from the
     * code that applies it.
     */
    @Test
    void noReportedAnswerReachesAnyoneNotEntitledToIt() throws Exception {
        Fixtures fx = new Fixtures();
        String tag = "CANARY" + System.nanoTime();
        List<Canary> canaries = List.of(
                // the Water Resources Department leads the Shaanxi tasks Xi'an answers on: it reads the answers on them
                plant("shaanxi.office", "SN-2024-IWR", "610000.IIT", "xian.bureau", "610100.IIT", tag + "XIAN",
                        Set.of("xian.bureau", "shaanxi.office", "inspector", "admin"), Set.of("shaanxi.water"), fx),
                plant("jiaozuo.bureau", "JZ-2019-IR", "410800.IIT", "wen.county", "410825", tag + "WEN",
                        Set.of("wen.county", "jiaozuo.bureau", "inspector", "admin"), Set.of(), fx));
        List<String> users = new ArrayList<>(USERS);
        users.add("xahtz.committee");
        List<String> leaks = new ArrayList<>();
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (String user : users) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (String operation : USERS.contains(user) ? MATRIX.keySet() : Set.<String>of()) {
                if (operation.startsWith("GET ")) {
                    for (boolean own : List.of(true, false)) {
                        answers.put(operation + (own ? " (own)" : " (other)"), call(operation, user, own, fx).body());
                    }
                }
            }
            Http http = as(user);
            for (Canary c : canaries) {
                for (String path : List.of("/api/submissions/" + c.submission(), "/api/submissions/" + c.submission() + "/versions",
                        "/api/submissions/" + c.submission() + "/versions/compare?from=0&to=1",
                        "/api/submissions/" + c.submission() + "/sheet", "/api/submissions?size=500&cycle=" + c.cycle(),
                        "/api/plans/" + c.plan() + "/progress", "/api/plan-imports/plans/" + c.plan() + "/tasks",
                        "/api/reports/plans/" + c.plan() + "/summary?format=xlsx&period=" + c.period(),
                        "/api/reports/plans/" + c.plan() + "/summary?format=docx&period=" + c.period(),
                        "/api/reports/plans/" + c.plan() + "/summary?format=pdf&period=" + c.period(),
                        "/api/reports/cycles/" + c.cycle() + "/timeliness?format=pdf",
                        "/api/reports/plans/" + c.plan() + "/indicators?format=xlsx",
                        "/api/reports/cycles/" + c.cycle() + "/timeliness?format=xlsx",
                        "/api/reports/cycles/" + c.cycle() + "/timeliness?format=docx", "/api/reminders")) {
                    answers.put("GET " + path, text(http.fetch(path, "*/*").body()));
                }
            }
            WebSession web = new WebSession(user);
            for (String page : List.of("/", "/reporting/submissions.xhtml", "/plans/plan.xhtml?id=" + canaries.get(0).plan(),
                    "/plans/plan.xhtml?id=" + canaries.get(1).plan(), "/reporting/submission.xhtml?id=" + canaries.get(0).submission(),
                    "/reporting/submission.xhtml?id=" + canaries.get(1).submission())) {
                answers.put("page " + page, web.get(page));
            }
            answers.forEach((where, body) -> {
                for (Canary c : canaries) {
                    if (body != null && body.contains(c.text())) {
                        if (c.readers().contains(user)) {
                            found.computeIfAbsent(c.text() + " " + user, k -> new java.util.TreeSet<>()).add(where);
                        } else {
                            leaks.add(user + " reads " + c.text().replace(tag, "") + "'s answer in " + where);
                        }
                    }
                }
            });
        }
        assertTrue(leaks.isEmpty(), () -> leaks.size() + " answers reach users not entitled to them:\n" + String.join("\n", leaks));
        // not met by showing nothing: each entitled reader finds the answer through the API, a workbook and a page
        for (Canary c : canaries) {
            for (String reader : c.owners()) {
                Set<String> where = found.getOrDefault(c.text() + " " + reader, Set.of());
                assertTrue(where.stream().anyMatch(w -> w.startsWith("GET /api/submissions/"))
                        && where.stream().anyMatch(w -> w.contains("format=xlsx") || w.endsWith("/sheet"))
                        && where.stream().anyMatch(w -> w.contains("summary?format=pdf"))
                        && where.stream().anyMatch(w -> w.startsWith("page ")), reader + " finds " + c.text() + " in " + where);
            }
        }
    }

    /** A browser's session, signed in through Keycloak's login form, reading pages as HTML. */
    private final class WebSession {
        private final java.net.http.HttpClient client;
        private final String app = Http.local(base).toString().replaceAll("/$", "");

        WebSession(String user) throws Exception {
            client = java.net.http.HttpClient.newBuilder().cookieHandler(new BrowserCookies())
                    .followRedirects(java.net.http.HttpClient.Redirect.ALWAYS).build();
            var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app + "/me")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            var action = java.util.regex.Pattern.compile("action=\"([^\"]+)\"").matcher(login.body());
            assertTrue(action.find(), login::body);
            var back = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers
                            .ofString("username=" + user + "&password=" + Http.DEMO_USERS.get(user))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, back.statusCode(), back::body);
        }

        String get(String page) throws Exception {
            return response(page).body();
        }

        java.net.http.HttpResponse<String> response(String page) throws Exception {
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app + page)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * Pages and API answers carry the security headers: the pages' scripts held by a per-page nonce (no unsafe-inline),
     * no framing, no sniffing, no referrer outside the site; the session cookie HttpOnly and SameSite=Lax.
     */
    @Test
    void pagesAndAnswersCarryTheSecurityHeaders() throws Exception {
        java.net.http.HttpResponse<String> page = new WebSession("xian.bureau").response("/reporting/submissions.xhtml");
        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src") && p.contains("'nonce-") && !p.contains("unsafe-inline")),
                policies::toString);
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies::toString);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(null));
        // the server does not advertise what it is and which version
        assertTrue(page.headers().firstValue("Server").orElse("").isEmpty() && page.headers().firstValue("X-Powered-By").isEmpty(),
                page.headers().map()::toString);
        Http.Reply health = auditor().getAbsolute(auditor().serverRoot() + "/health/ready", "application/json");
        assertTrue(health.body().contains("schemaVersion") && !health.body().contains("MariaDB") && !health.body().contains("Payara"),
                health::toString);
        // the browser's script tags carry the nonce the policy names
        String nonce = policies.stream().filter(p -> p.contains("'nonce-")).findFirst().orElseThrow()
                .replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "scripts carry the page's nonce");
        // a fresh session's cookie
        var fresh = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.local(base).toString().replaceAll("/$", "") + "/"))
                        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = fresh.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError(fresh.headers().map().toString()));
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    /** Every item of a paged list. */
    private static List<JsonObject> pages(Http http, String path) {
        List<JsonObject> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = http.get(path + "&size=500&page=" + page).object();
            out.addAll(p.getJsonArray("items").getValuesAs(JsonObject.class));
            if (out.size() >= p.getInt("total") || p.getJsonArray("items").isEmpty()) {
                return out;
            }
        }
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
        // indicators are kept by the office whose plan set the first target for them: Jiaozuo's ROBOTS, Shaanxi's coverage
        String indicatorId = String.valueOf(fx.indicator(own == jiaozuoSide(user) ? "ROBOTS" : "PLANNED_WATER_USE_COVERAGE"));
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
            case "GET /api/submissions/{id}/versions/compare" -> http.get("/api/submissions/" + submissionId + "/versions/compare");
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
            case "POST /api/reports/issued" -> http.post("/api/reports/issued", Json.createObjectBuilder().add("kind", "PARK_SUMMARY")
                    .add("subjectId", fx.org(own == jiaozuoSide(user) ? "410000" : "610000")).add("period", "2024").build().toString());
            case "GET /api/reports/issued" -> http.get("/api/reports/issued");
            case "GET /api/reports/issued/{id}" -> http.get("/api/reports/issued/" + fx.issued(own == jiaozuoSide(user)));
            case "GET /api/reports/issued/{id}/files/{format}" -> http.get("/api/reports/issued/" + fx.issued(own == jiaozuoSide(user))
                    + "/files/pdf", "*/*");
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
            case "GET /api/park-filings/{id}/versions/compare" -> http.get("/api/park-filings/" + filingId + "/versions/compare");
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
                            .add("kind", "SECTION").add("title", "总体目标").add("units", Json.createArrayBuilder()))
                            .add(Json.createObjectBuilder().add("path", "一/1").add("parentPath", "一").add("number", "1")
                                    .add("kind", "TASK").add("title", "测试任务").add("units", Json.createArrayBuilder())))
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
        return copy(o, "code", "kind", "nameZh", "nameEn", "parentId", "aliases", "email", "documentPrefix", "version").build().toString();
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
        /** The organisation each demo user works for (the realm's {@code organisation} attribute). */
        static final Map<String, String> ORG = Map.of("shaanxi.office", "610000.IIT", "shaanxi.water", "610000.WR",
                "xian.bureau", "610100.IIT", "jiaozuo.bureau", "410800.IIT", "wen.county", "410825",
                "xetdz.committee", "610100.XETDZ", "xahtz.committee", "610100.XAHTZ", "ndrc.reader", "NDRC.DERCU",
                "inspector", "610000", "admin", "610000.IIT");
        private final Map<String, Integer> cache = new LinkedHashMap<>();

        /** Looked up once; a lookup may need another (a task its plan), so not Map.computeIfAbsent. */
        private int cached(String key, Function<String, Integer> lookup) {
            Integer known = cache.get(key);
            if (known == null) {
                known = lookup.apply(key);
                cache.put(key, known);
            }
            return known;
        }

        int org(String code) {
            return cached("org:" + code, k -> auditor().get("/api/organisations?q=" + code + "&size=500").object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id"));
        }

        int plan(String code) {
            return cached("plan:" + code, k -> auditor().get("/api/plans?q=" + code).object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id"));
        }

        int indicator(String code) {
            return cached("ind:" + code, k -> auditor().get("/api/indicators?q=" + code).object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id"));
        }

        /** A task of a plan by its path of numbers, e.g. "IV/(1)". */
        int task(String planCode, String path) {
            return cached("task:" + planCode + path, k -> {
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
            return cached("person:" + own, k -> {
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
            return cached("scratch:" + user, k -> {
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
            return cached("target:" + planCode, k -> auditor().get("/api/plans/" + plan(planCode) + "/targets")
                    .array().getJsonObject(0).getInt("id"));
        }

        /** A registered park by code. */
        int park(String code) {
            if (code.equals("610000") || code.equals("410000")) {
                return parkOf(code);
            }
            return cached("parkcode:" + code, k -> auditor().get("/api/parks?q=" + code).object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(code))
                    .findFirst().orElseThrow().getInt("id"));
        }

        /** The 2022 park list of a province: Shaanxi's from the demo (sent), Henan's opened here (a draft). */
        int parkList(String provinceCode) {
            int province = org(provinceCode);
            int jiaozuoOffice = org("410800.IIT");
            return cached("plist:" + provinceCode, k -> {
                var existing = auditor().get("/api/park-lists?year=2022&province=" + province).object().getJsonArray("items");
                if (!existing.isEmpty()) {
                    return existing.getJsonObject(0).getInt("id");
                }
                // only an office of the province itself opens it: the Henan Department of Industry and IT, registered here,
                // with jiaozuo.bureau's user name lent to it by the administrator for this one request
                Http admin = as("admin");
                var henanDept = auditor().get("/api/organisations?q=410000.IIT").object().getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("code").equals("410000.IIT")).toList();
                long dept = henanDept.isEmpty() ? admin.post("/api/organisations", Json.createObjectBuilder().add("code", "410000.IIT")
                        .add("kind", "PROVINCIAL_DEPARTMENT").add("nameZh", "河南省工业和信息化厅")
                        .add("nameEn", "Henan Provincial Department of Industry and Information Technology")
                        .add("parentId", province).build().toString()).object().getInt("id")
                        : henanDept.get(0).getInt("id");
                Http.Reply lent = admin.post("/api/people", Json.createObjectBuilder().add("username", "jiaozuo.bureau")
                        .add("organisationId", dept).build().toString());
                assertEquals(201, lent.status(), lent::toString);
                Http.Reply r = as("jiaozuo.bureau").post("/api/park-lists", Json.createObjectBuilder().add("provinceId", province)
                        .add("year", 2022).build().toString());
                JsonObject person = lent.object();
                Http.Reply back = admin.put("/api/people/" + person.getInt("id"), Json.createObjectBuilder().add("username", "jiaozuo.bureau")
                        .add("organisationId", jiaozuoOffice).add("active", true).add("version", person.getJsonNumber("version").longValue())
                        .build().toString());
                assertEquals(200, back.status(), back::toString);
                assertEquals(201, r.status(), r::toString);
                return r.object().getInt("id");
            });
        }

        /** The demo plan (2022/2023) of a demo park. */
        int filing(String parkCode) {
            int park = park(parkCode);
            return cached("filing:" + parkCode, k -> auditor().get("/api/park-filings?type=PLAN&size=100&park=" + park)
                    .object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getInt("year") <= 2023).findFirst().orElseThrow().getInt("id"));
        }

        /** A registered park of the province: the demo's Xi'an ETDZ for Shaanxi, a park registered here for Henan. */
        int parkOf(String provinceCode) {
            if (provinceCode.equals("610000")) {
                return cached("park:SN", k -> auditor().get("/api/parks?q=SN-XETDZ").object()
                        .getJsonArray("items").getJsonObject(0).getInt("id"));
            }
            int province = org(provinceCode);
            return cached("park:HA", k -> {
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
            return cached("case:" + number, k -> auditor().get("/api/cases?size=100").object()
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
            return cached("cycle:" + code, k -> auditor().get("/api/cycles?size=500").object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow().getInt("id"));
        }

        /**
         * An issued report: on the Jiaozuo side the Jiaozuo office's ranking of its half-year cycle, else the Shaanxi
         * office's 2024 park summary (addressed to the national agencies).
         */
        int issued(boolean jiaozuo) {
            int subject = jiaozuo ? cycle("JZ-2019-IR-HALFYEAR") : org("610000");
            return cached("issued:" + jiaozuo, k -> {
                Http.Reply r = as(jiaozuo ? "jiaozuo.bureau" : "shaanxi.office").post("/api/reports/issued", Json.createObjectBuilder()
                        .add("kind", jiaozuo ? "TIMELINESS" : "PARK_SUMMARY").add("subjectId", subject).add("period", "2024")
                        .build().toString());
                assertEquals(201, r.status(), r::toString);
                return r.object().getInt("id");
            });
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
            return cached("sub:" + cycleCode + orgCode + period, k -> auditor().get("/api/submissions?cycle="
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
            return cached("att:" + submissionId, k -> auditor().get("/api/submissions/" + submissionId).object()
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
