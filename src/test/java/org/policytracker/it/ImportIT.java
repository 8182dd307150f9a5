package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans from their text through the API, against the real registry: the Jiaozuo seed read into a proposal
 * (its 100 tree nodes once, though the page holds the plan three times; units matched; 19 targets);
 * refused while a unit is unresolved — each problem named by its place, nothing saved — and, once the user
 * has chosen, created with its tasks, units and targets; a city bureau may not import; a file that is
 * neither text nor Word is refused with a clear message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = ImportIT.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theJiaozuoPlanIsProposedCorrectedAndCreated() throws Exception {
        Http office = Http.as(base, "jiaozuo.bureau", "zh");
        Http.Reply read = office.upload("/api/plan-imports", "text/plain; charset=UTF-8", resource("import/seed-004.txt"));
        assertEquals(200, read.status(), read::toString);
        JsonObject proposal = read.object();
        JsonArray tasks = proposal.getJsonArray("tasks");
        assertEquals(100, tasks.size(), "the plan once");
        assertEquals(19, proposal.getJsonArray("targets").size());
        assertEquals("410800", proposal.getString("scopeCode"));
        assertTrue(proposal.getJsonArray("flags").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("key").equals("import.repeated") && f.getString("text").contains("重复")), "told of the repeated text, in Chinese");
        JsonObject first = tasks.getValuesAs(JsonObject.class).stream().filter(t -> t.getString("path").equals("II/(1)")).findFirst().orElseThrow();
        assertEquals("2020-12-31", first.getString("deadline"));
        JsonObject lead = first.getJsonArray("units").getJsonObject(0);
        assertEquals("LEAD", lead.getString("role"));
        assertEquals("410800.DRC", lead.getString("code"));
        assertTrue(lead.getJsonNumber("score").doubleValue() > 0.9 && lead.containsKey("matchedName"), "the match is shown: " + lead);

        // the user has not yet chosen the organisation of one unit: refused, the place named, nothing created
        String code = "IMPORT-" + System.nanoTime() % 1_000_000;
        JsonObject unsettled = edit(proposal, code, true);
        Http.Reply refused = office.post("/api/plan-imports/accepted", unsettled.toString());
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertTrue(refused.body().contains("tasks[4].units[0].organisationId"), refused::toString);
        assertEquals(0, office.get("/api/plans?q=" + code).object().getInt("total"), "nothing saved");

        // settled: the plan, its 100 tasks with their units, its 19 targets
        Http.Reply created = office.post("/api/plan-imports/accepted", edit(proposal, code, false).toString());
        assertEquals(201, created.status(), created::toString);
        int planId = created.object().getInt("id");
        JsonObject taskPage = office.get("/api/tasks?plan=" + planId + "&size=500").object();
        assertEquals(100, taskPage.getInt("total"));
        JsonObject task = taskPage.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("number").equals("(1)") && "2020-12-31".equals(t.getString("deadline", null))).findFirst().orElseThrow();
        assertEquals("LEAD", task.getJsonArray("assignments").getJsonObject(0).getString("role"));
        assertEquals(19, office.get("/api/indicators/targets?plan=" + planId + "&size=100").object().getInt("total"));
    }

    /** The proposal as the user sends it back: a code; the first task's lead unit cleared (unsettled) or as proposed. */
    private static JsonObject edit(JsonObject proposal, String code, boolean unsettle) {
        JsonObjectBuilder b = Json.createObjectBuilder(proposal).add("code", code);
        if (unsettle) {
            var tasks = Json.createArrayBuilder();
            List<JsonValue> list = proposal.getJsonArray("tasks");
            for (int i = 0; i < list.size(); i++) {
                JsonObject t = list.get(i).asJsonObject();
                if (i == 4) {
                    var units = Json.createArrayBuilder(t.getJsonArray("units"));
                    units.set(0, Json.createObjectBuilder(t.getJsonArray("units").getJsonObject(0)).addNull("organisationId"));
                    t = Json.createObjectBuilder(t).add("units", units).build();
                }
                tasks.add(t);
            }
            b.add("tasks", tasks);
        }
        return b.build();
    }

    /**
     * What the system exports, it imports: the Jiaozuo plan's task list exported to Excel (lights and progress
     * included), read back and accepted as a new plan — the same tasks and units; the same file with three bad cells
     * gets three messages naming sheet, row and column, and nothing is taken.
     */
    @Test
    void aTaskListGoesToExcelAndBackIntoANewPlan() throws Exception {
        Http office = Http.as(base, "jiaozuo.bureau", "zh");
        int demo = office.get("/api/plans?q=JZ-2019-IR").object().getJsonArray("items").getJsonObject(0).getInt("id");
        byte[] xlsx = office.download("/api/plan-imports/plans/" + demo + "/tasks");
        var sheet = org.policytracker.platform.excel.Xlsx.read(xlsx).values().iterator().next();
        assertTrue(sheet.stream().anyMatch(c -> c.text().equals("GREEN") || c.text().equals("RED") || c.text().equals("YELLOW")), "lights exported");

        Http.Reply read = office.upload("/api/plan-imports/sheet", PlanImportsXlsx.TYPE, xlsx);
        assertEquals(200, read.status(), read::toString);
        JsonObject proposal = read.object();
        JsonObject original = office.get("/api/tasks?plan=" + demo + "&size=500").object();
        assertEquals(original.getInt("total"), proposal.getJsonArray("tasks").size());
        String code = "XLSX-" + System.nanoTime() % 1_000_000;
        Http.Reply created = office.post("/api/plan-imports/accepted", Json.createObjectBuilder(proposal).add("code", code)
                .add("titleZh", "焦作市工业结构调整方案（Excel 导入）").add("level", "MUNICIPAL").build().toString());
        assertEquals(201, created.status(), created::toString);
        int copy = created.object().getInt("id");
        assertEquals(units(office, demo), units(office, copy), "same tasks, same units");

        // three bad cells: a kind that is none, an organisation code that does not exist, a date that is none
        java.util.Map<Integer, java.util.Map<Integer, String>> grid = new java.util.TreeMap<>();
        sheet.forEach(c -> grid.computeIfAbsent(c.row(), k -> new java.util.TreeMap<>()).put(c.column(), c.text()));
        grid.get(3).put(2, "TSK");
        grid.get(6).put(5, "410800.NOPE 无此单位");
        grid.get(6).put(9, "2020-02-30");
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        for (var row : grid.values()) {
            java.util.List<Object> r = new java.util.ArrayList<>();
            for (int c = 1; c <= 15; c++) {
                r.add(row.get(c));
            }
            rows.add(r);
        }
        byte[] bad = org.policytracker.platform.excel.Xlsx.write(java.util.List.of(new org.policytracker.platform.excel.Xlsx.Sheet("任务清单", rows)));
        Http.Reply refused = office.upload("/api/plan-imports/sheet", PlanImportsXlsx.TYPE, bad);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        for (String at : java.util.List.of("任务清单!B3", "任务清单!E6", "任务清单!I6")) {
            assertTrue(refused.body().contains(at), at + " named: " + refused);
        }
        assertTrue(refused.body().contains("没有代码为 410800.NOPE 的单位"), "in the user's language: " + refused);
    }

    /** Each task's path-less identity (number, kind) with its units, in tree order. */
    private static java.util.List<String> units(Http who, int plan) {
        return who.get("/api/tasks?plan=" + plan + "&size=500").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("number") + " " + t.getString("kind") + " " + t.getJsonArray("assignments").getValuesAs(JsonObject.class)
                        .stream().map(a -> a.getString("role") + ":" + a.getJsonObject("organisation").getString("code") + ":" + a.getString("coverage"))
                        .sorted().toList())
                .toList();
    }

    /** The Excel media type. */
    static final class PlanImportsXlsx {
        static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Test
    void onlyPlanOfficesImportAndUnreadableFilesAreRefused() throws Exception {
        Http city = Http.as(base, "xian.bureau", "en");
        Http.Reply denied = city.upload("/api/plan-imports", "text/plain; charset=UTF-8", resource("import/unseen-en.txt"));
        assertEquals(403, denied.status(), denied::toString);

        Http office = Http.as(base, "shaanxi.office", "en");
        Http.Reply broken = office.upload("/api/plan-imports", "application/octet-stream",
                "PK\u0003\u0004 not really a Word file".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, broken.status(), broken::toString);
        assertTrue(broken.contentType().startsWith("application/problem+json") && broken.body().contains("neither UTF-8 text nor a Word"), broken::toString);

        Http.Reply english = office.upload("/api/plan-imports", "text/plain; charset=UTF-8", resource("import/unseen-en.txt"));
        assertEquals(200, english.status(), english::toString);
        JsonObject p = english.object();
        assertEquals("Shaanxi Provincial Action Plan for Green Manufacturing in Industrial Parks (2024-2026)", p.getString("title"));
        assertEquals(List.of("610000.IIT", "610000.EE"), p.getJsonArray("issuers").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("code")).toList());
        assertNull(p.get("id"), "nothing saved: a proposal");
    }
}
