package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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
        Sheets.Book edited = Sheets.read(xlsx);
        var grid = edited.values().iterator().next();
        grid.get(3).put(2, "TSK");
        grid.get(6).put(5, "410800.NOPE 无此单位");
        grid.get(6).put(9, "2020-02-30");
        byte[] bad = edited.write();
        Http.Reply refused = office.upload("/api/plan-imports/sheet", PlanImportsXlsx.TYPE, bad);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        for (String at : java.util.List.of("Tasks 任务清单!B3", "Tasks 任务清单!E6", "Tasks 任务清单!I6")) {
            assertTrue(refused.body().contains(at), at + " named: " + refused);
        }
        assertTrue(refused.body().contains("没有代码为 410800.NOPE 的单位"), "in the user's language: " + refused);
    }

    @Test
    void theTypicalCaseCatalogueGoesOutToExcelAndBackIn() throws Exception {
        Http office = Http.as(base, "shaanxi.office", "zh");
        int published = office.get("/api/cases/lists").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals("IWR-TYPICAL-CASES-2024")).findFirst().orElseThrow().getInt("id");
        Sheets.Book book = Sheets.read(office.download("/api/cases/workbook?list=" + published));
        var cases = book.get("典型案例 Cases");
        var lists = book.get("名单 Lists");
        assertEquals(59, cases.size(), "58 cases under the header");
        assertEquals("IWR-TYPICAL-CASES-2024", lists.get(2).get(1));
        assertEquals("2024", lists.get(2).get(4));

        // edited in Excel as a new list (a year no target counts): created whole, figures extracted
        String code = "IT-XLSX-CASES-" + System.nanoTime() % 1_000_000;
        lists.get(2).put(1, code);
        lists.get(2).put(4, "1999");
        cases.values().forEach(r -> { if (!r.get(1).startsWith("名单")) r.put(1, code); });
        Http.Reply created = office.upload("/api/cases/workbook", PlanImportsXlsx.TYPE, book.write());
        assertEquals(200, created.status(), created::toString);
        assertEquals(List.of(code), created.object().getJsonArray("createdLists").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(58, created.object().getInt("added"));
        int copy = office.get("/api/cases/lists").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
        JsonArray original = office.get("/api/cases?size=100&list=" + published).object().getJsonArray("items");
        JsonArray copied = office.get("/api/cases?size=100&list=" + copy).object().getJsonArray("items");
        for (int i = 0; i < 58; i++) {
            for (String field : List.of("number", "unitName", "industry", "province", "mode", "practice")) {
                assertEquals(original.getJsonObject(i).get(field), copied.getJsonObject(i).get(field), field + " of case " + (i + 1));
            }
            assertEquals(original.getJsonObject(i).getJsonArray("figures").size(), copied.getJsonObject(i).getJsonArray("figures").size());
        }

        // uploaded again with one case's remark changed and a 59th case: revised by number, nothing else touched
        cases.get(2).put(8, "经复核");
        var extra = new java.util.TreeMap<Integer, String>(cases.get(59));
        extra.put(2, "59");
        extra.put(3, "测试新增单位");
        cases.put(60, extra);
        Http.Reply revised = office.upload("/api/cases/workbook", PlanImportsXlsx.TYPE, book.write());
        assertEquals(200, revised.status(), revised::toString);
        JsonObject r = revised.object();
        assertEquals(1, r.getJsonArray("updatedLists").size());
        assertEquals(List.of(1, 1, 57), List.of(r.getInt("added"), r.getInt("changed"), r.getInt("unchanged")), r::toString);
        assertEquals(59, office.get("/api/cases?list=" + copy).object().getInt("total"));

        // three bad cells: a number that is none, an empty unit name, a kind of list that is none — nothing saved
        cases.get(3).put(2, "三");
        cases.get(4).remove(3);
        lists.get(2).put(5, "奖项");
        cases.get(5).put(8, "不应保存");
        Http.Reply refused = office.upload("/api/cases/workbook", PlanImportsXlsx.TYPE, book.write());
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertEquals(3, refused.object().getJsonArray("errors").size(), refused::toString);
        for (String at : List.of("典型案例 Cases!B3", "典型案例 Cases!C4", "名单 Lists!E2")) {
            assertTrue(refused.body().contains(at), at + " named: " + refused);
        }
        assertTrue(office.get("/api/cases?list=" + copy + "&q=" + java.net.URLEncoder.encode("不应保存", StandardCharsets.UTF_8))
                .object().getInt("total") == 0, "nothing saved");

        // a city bureau reads the catalogue in Excel but may not change it
        Http city = Http.as(base, "xian.bureau", "en");
        assertTrue(city.download("/api/cases/workbook?list=" + copy).length > 0);
        assertEquals(403, city.upload("/api/cases/workbook", PlanImportsXlsx.TYPE, book.write()).status());
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

    /**
     * A body the registry lacks: proposed as a new organisation of the right kind under the plan's province, registered on
     * acceptance when the plan office confirms it, and assigned; a plan office elsewhere may not register it (403).
     */
    @Test
    void aBodyTheRegistryLacksIsRegisteredWhenThePlanOfficeConfirmsIt() throws Exception {
        Http office = Http.as(base, "shaanxi.office", "zh");
        String text = "陕西省机关节水行动方案\n一、重点任务\n（一）推进机关节水。开展机关节水改造。（省机关事务管理局牵头，省水利厅配合）\n";
        Http.Reply read = office.upload("/api/plan-imports", "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, read.status(), read::toString);
        JsonObject proposal = read.object();
        int index = 0;
        List<JsonObject> tasks = proposal.getJsonArray("tasks").getValuesAs(JsonObject.class);
        for (int i = 0; i < tasks.size(); i++) {
            if ("TASK".equals(tasks.get(i).getString("kind"))) {
                index = i;
            }
        }
        JsonObject unit = tasks.get(index).getJsonArray("units").getJsonObject(0);
        assertTrue(unit.isNull("organisationId"), unit::toString);
        JsonObject proposed = unit.getJsonObject("proposedOrganisation");
        assertEquals("陕西省机关事务管理局", proposed.getString("nameZh"));
        assertEquals("PROVINCIAL_DEPARTMENT", proposed.getString("kind"));
        assertEquals("610000", proposed.getString("parentCode"));

        // a plan office of another province may not register a Shaanxi body
        String code = "IT-REG-" + System.nanoTime() % 1_000_000;
        JsonObject confirmed = confirm(proposal, index, code);
        Http.Reply elsewhere = Http.as(base, "jiaozuo.bureau", "zh").post("/api/plan-imports/accepted", confirmed.toString());
        assertEquals(403, elsewhere.status(), elsewhere::toString);
        assertTrue(elsewhere.body().contains("本省、本市或本县"), elsewhere::toString);
        assertEquals(0, office.get("/api/organisations?q=" + java.net.URLEncoder.encode("陕西省机关事务管理局", StandardCharsets.UTF_8))
                .object().getInt("total"), "nothing registered");

        Http.Reply created = office.post("/api/plan-imports/accepted", confirmed.toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject registered = office.get("/api/organisations?q=" + java.net.URLEncoder.encode("陕西省机关事务管理局", StandardCharsets.UTF_8))
                .object().getJsonArray("items").getJsonObject(0);
        assertEquals("PROVINCIAL_DEPARTMENT", registered.getString("kind"));
        assertTrue(registered.getString("code").startsWith("610000.N"), registered::toString);
        long id = created.object().getJsonNumber("id").longValue();
        String units = office.get("/api/plans/" + id + "/tasks").body();
        assertTrue(units.contains("\"code\":\"" + registered.getString("code") + "\""), "the new body is the task's lead: " + units);
    }

    private static JsonObject confirm(JsonObject proposal, int index, String code) {
        JsonObject task = proposal.getJsonArray("tasks").getJsonObject(index);
        jakarta.json.JsonArrayBuilder units = Json.createArrayBuilder();
        List<JsonObject> list = task.getJsonArray("units").getValuesAs(JsonObject.class);
        for (int i = 0; i < list.size(); i++) {
            units.add(i == 0 ? Json.createObjectBuilder(list.get(i)).add("register", true).build() : list.get(i));
        }
        jakarta.json.JsonArrayBuilder tasks = Json.createArrayBuilder();
        List<JsonObject> all = proposal.getJsonArray("tasks").getValuesAs(JsonObject.class);
        for (int i = 0; i < all.size(); i++) {
            tasks.add(i == index ? Json.createObjectBuilder(all.get(i)).add("units", units).build() : all.get(i));
        }
        return Json.createObjectBuilder(proposal).add("code", code).add("tasks", tasks).build();
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

        // a proposal edited by hand or by a program: values the lists do not have, a date that is none — refused by place
        JsonObject task = p.getJsonArray("tasks").getJsonObject(1);
        String code = "HAND-" + System.nanoTime() % 1_000_000;
        Http.Reply refused = office.post("/api/plan-imports/accepted", Json.createObjectBuilder(p).add("code", code).add("titleZh", "手工修改的方案")
                .add("level", "  ").add("tasks", Json.createArrayBuilder().add(Json.createObjectBuilder(task).add("kind", "TSK")
                        .add("deadline", "2020-02-30").add("units", Json.createArrayBuilder()))).add("targets", Json.createArrayBuilder())
                .build().toString());
        assertEquals(400, refused.status(), refused::toString);
        for (String field : List.of("\"level\"", "tasks[0].kind", "tasks[0].deadline")) {
            assertTrue(refused.body().contains(field), field + " named: " + refused);
        }
        assertTrue(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("message").equals("\"TSK\" is not one of: SECTION, TASK, SUBTASK.")), refused::toString);
        assertEquals(0, office.get("/api/plans?q=" + code).object().getInt("total"), "nothing saved");

        // a proposal that is headings only is no plan yet: refused, saying why, in the reader's language
        JsonObject heading = p.getJsonArray("tasks").getValuesAs(JsonObject.class).stream().filter(t -> "SECTION".equals(t.getString("kind")))
                .findFirst().orElseThrow();
        String empty = "EMPTY-" + System.nanoTime() % 1_000_000;
        Http.Reply headingsOnly = Http.as(base, "shaanxi.office", "zh").post("/api/plan-imports/accepted", Json.createObjectBuilder(p)
                .add("code", empty).add("tasks", Json.createArrayBuilder().add(heading)).add("targets", Json.createArrayBuilder()).build().toString());
        assertEquals(400, headingsOnly.status(), headingsOnly::toString);
        assertTrue(headingsOnly.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "tasks".equals(e.getString("field", "")) && e.getString("message").startsWith("建议中没有任何任务")), headingsOnly::toString);
        assertEquals(0, office.get("/api/plans?q=" + empty).object().getInt("total"), "nothing saved");
    }
}
