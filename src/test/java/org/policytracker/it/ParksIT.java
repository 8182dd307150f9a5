package org.policytracker.it;

import org.policytracker.platform.time.Shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The park path through the API: the Xi'an ETDZ committee files its implementation plan, the
 * province returns it with comments, the park revises it, the province approves it; the park files
 * its annual progress on the approved plan and the province accepts it; another park's committee
 * cannot read any of it, and a park never approves its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParksIT {

    @ArquillianResource
    URL base;

    private Http as(String user) {
        return Http.as(base, user, "en");
    }

    private static final List<String> AREAS = List.of("SPATIAL_LAYOUT", "CIRCULAR_LINKS", "ENERGY_AND_CARBON",
            "RESOURCE_UTILISATION", "POLLUTION_CONTROL");

    private int park(String code) {
        return as("inspector").get("/api/parks?q=" + code).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    private static String decision(JsonObject f, String comment) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("version", f.getJsonNumber("version").longValue());
        if (comment != null) {
            b.add("comment", comment);
        }
        return b.build().toString();
    }

    private static JsonObjectBuilder plan(List<String> areas, String projectName) {
        JsonArrayBuilder tasks = Json.createArrayBuilder();
        areas.forEach(a -> tasks.add(Json.createObjectBuilder().add("area", a).add("description", "推进" + a + "方面的改造")));
        return Json.createObjectBuilder().add("periodStart", 2026).add("periodEnd", 2028)
                .add("basicSituation", "国家级经济技术开发区，主导产业为汽车和食品饮料。")
                .add("tasks", tasks)
                .add("projects", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "T1").add("name", projectName)
                        .add("area", "RESOURCE_UTILISATION").add("construction", "新建再生水管网 5 千米").add("investment", 3600)
                        .add("start", "2026-03").add("end", "2027-06")))
                .add("expectedResults", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "WATER_SAVED").add("baseline", 0).add("target", 1200000).add("targetYear", 2028))
                        .add(Json.createObjectBuilder().add("kind", "SOLID_WASTE_UTILISATION_RATE").add("baseline", 85).add("target", 95).add("targetYear", 2028)))
                .add("safeguards", "管委会成立领导小组，设立专项资金。");
    }

    private static String draft(JsonObject f, String part, JsonObjectBuilder content) {
        return Json.createObjectBuilder().add("version", f.getJsonNumber("version").longValue()).add(part, content).build().toString();
    }

    @Test
    void aParkFilesItsPlanTheProvinceReturnsAndApprovesThenTheParkReportsItsYear() {
        Http parkUser = as("xetdz.committee");
        Http province = as("shaanxi.office");
        Http otherPark = as("xahtz.committee");
        int xetdz = park("SN-XETDZ");
        // a plan year of its own, whatever ran before
        Set<Integer> taken = as("inspector").get("/api/park-filings?type=PLAN&size=500&park=" + xetdz).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(x -> x.getInt("year")).collect(Collectors.toSet());
        int year = java.util.stream.IntStream.rangeClosed(2026, 2100).filter(y -> !taken.contains(y)).findFirst().orElseThrow();

        Http.Reply opened = parkUser.post("/api/park-filings", Json.createObjectBuilder().add("parkId", xetdz).add("type", "PLAN")
                .add("year", year).build().toString());
        assertEquals(201, opened.status(), opened::toString);
        JsonObject f = opened.object();
        int id = f.getInt("id");
        assertEquals(403, otherPark.post("/api/park-filings", Json.createObjectBuilder().add("parkId", xetdz).add("type", "PLAN")
                .add("year", year + 1).build().toString()).status(), "another park's committee files nothing for this park");
        assertEquals(404, province.get("/api/park-filings/" + id).status(), "the province does not see the park's draft");

        // three of five areas, no projects' end: refused, every gap named
        f = parkUser.put("/api/park-filings/" + id + "/draft", draft(f, "plan", plan(AREAS.subList(0, 3), "再生水管网工程")
                .add("projects", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "T1").add("name", "再生水管网工程")
                        .add("construction", "管网").add("investment", 100).add("start", "2026-03"))))).object();
        Http.Reply refused = parkUser.post("/api/park-filings/" + id + "/submit", decision(f, null));
        assertEquals(400, refused.status(), refused::toString);
        Set<String> fields = refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("plan.tasks", "plan.projects[0].end"), fields, refused::toString);
        assertTrue(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("message").contains("efficient use of resources")), refused::toString);
        assertTrue(!refused.body().contains("RESOURCE_UTILISATION"), "the area in words, not its code: " + refused);

        f = parkUser.put("/api/park-filings/" + id + "/draft", draft(f, "plan", plan(AREAS, "再生水管网工程"))).object();
        assertEquals(3600, f.getJsonNumber("totalInvestment").intValue());
        Http.Reply sent = parkUser.post("/api/park-filings/" + id + "/submit", decision(f, null));
        assertEquals(200, sent.status(), sent::toString);
        f = sent.object();
        assertEquals("SUBMITTED", f.getString("status"));
        Http.Reply selfApproval = parkUser.post("/api/park-filings/" + id + "/approve", decision(f, null));
        assertEquals(403, selfApproval.status(), selfApproval::toString);
        assertTrue(selfApproval.object().getString("detail").contains("does not approve its own"), selfApproval::toString);

        // the province returns it with comments; the park revises; the province approves
        JsonObject seen = province.get("/api/park-filings/" + id).object();
        assertTrue(seen.getBoolean("canReview"));
        Http.Reply returned = province.post("/api/park-filings/" + id + "/return", decision(seen, "请细化再生水管网工程的资金来源。"));
        assertEquals(200, returned.status(), returned::toString);
        f = parkUser.get("/api/park-filings/" + id).object();
        assertEquals("RETURNED", f.getString("status"));
        assertEquals("请细化再生水管网工程的资金来源。", f.getJsonObject("lastReview").getString("comment"));
        f = parkUser.put("/api/park-filings/" + id + "/draft", draft(f, "plan", plan(AREAS, "再生水管网工程（市级财政补助 1200 万元）"))).object();
        f = parkUser.post("/api/park-filings/" + id + "/submit", decision(f, null)).object();
        assertEquals("RESUBMITTED", f.getString("status"));
        Http.Reply approved = province.post("/api/park-filings/" + id + "/approve", decision(f, "同意实施。"));
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.object().getString("status"));
        // what changed from the returned version to the approved one: the project's name, nothing else
        JsonObject compared = province.get("/api/park-filings/" + id + "/versions/compare").object();
        assertEquals(1, compared.getInt("from"));
        assertEquals(2, compared.getInt("to"));
        List<JsonObject> changes = compared.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(List.of("projects name 再生水管网工程 → 再生水管网工程（市级财政补助 1200 万元）"), changes.stream()
                .map(c -> c.getString("part") + " " + c.getString("field") + " " + c.getString("before") + " → " + c.getString("after")).toList());
        Http.Reply noSuchVersion = province.get("/api/park-filings/" + id + "/versions/compare?from=1&to=3");
        assertEquals(400, noSuchVersion.status(), noSuchVersion::toString);
        assertTrue(noSuchVersion.body().contains("1–2"), noSuchVersion::toString);
        JsonArray versions = parkUser.get("/api/park-filings/" + id + "/versions").array();
        assertEquals(List.of("RETURNED", "APPROVED"), versions.getValuesAs(JsonObject.class).stream().map(v -> v.getString("outcome")).toList());
        assertEquals("再生水管网工程", versions.getJsonObject(0).getJsonObject("content").getJsonArray("projects").getJsonObject(0).getString("name"));
        assertTrue(versions.getJsonObject(1).getJsonObject("content").getJsonArray("projects").getJsonObject(0).getString("name").contains("财政补助"));

        // the year's progress on the approved plan: prefilled with its projects and expected results
        Http.Reply report = parkUser.post("/api/park-filings", Json.createObjectBuilder().add("parkId", xetdz).add("type", "ANNUAL_REPORT")
                .add("year", year).build().toString());
        assertEquals(201, report.status(), report::toString);
        JsonObject r = report.object();
        assertEquals(year + "-12-31", r.getString("dueDate"));
        assertEquals(id, r.getInt("planId"));
        JsonObject prefilled = r.getJsonObject("annualReport");
        assertEquals("T1", prefilled.getJsonArray("projects").getJsonObject(0).getString("code"));
        assertEquals(3600, prefilled.getJsonArray("projects").getJsonObject(0).getJsonNumber("investmentPlanned").intValue());
        assertEquals("m³", prefilled.getJsonArray("results").getJsonObject(0).getString("unit"));
        JsonObjectBuilder filled = Json.createObjectBuilder(prefilled)
                .add("projects", Json.createArrayBuilder().add(Json.createObjectBuilder(prefilled.getJsonArray("projects").getJsonObject(0))
                        .add("status", "IN_PROGRESS").add("investmentExecuted", 1500)))
                .add("results", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder(prefilled.getJsonArray("results").getJsonObject(0)).add("actual", 400000))
                        .add(Json.createObjectBuilder(prefilled.getJsonArray("results").getJsonObject(1)).add("actual", 88.6)))
                .add("progress", "再生水管网完成 2.1 千米。").add("difficulties", "征地进度慢。").add("experience", "分段施工。");
        if (java.time.LocalDate.now(Shanghai.ZONE).isAfter(java.time.LocalDate.of(year, 12, 31))) {
            filled.add("latenessReason", "测试年度已过：说明逾期原因。"); // a run after the year's end sends it late, and says why
        }
        r = parkUser.put("/api/park-filings/" + r.getInt("id") + "/draft", draft(r, "annualReport", filled)).object();
        Http.Reply reportSent = parkUser.post("/api/park-filings/" + r.getInt("id") + "/submit", decision(r, null));
        assertEquals(200, reportSent.status(), reportSent::toString);
        assertTrue(Set.of("ON_TIME", "LATE").contains(reportSent.object().getJsonObject("timeliness").getString("status")));
        Http.Reply accepted = province.post("/api/park-filings/" + r.getInt("id") + "/approve", decision(reportSent.object(), null));
        assertEquals(200, accepted.status(), accepted::toString);

        // another park's committee reads none of it
        assertEquals(404, otherPark.get("/api/park-filings/" + id).status());
        assertEquals(404, otherPark.get("/api/park-filings/" + r.getInt("id")).status());
        assertTrue(otherPark.get("/api/park-filings?size=500").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(x -> x.getJsonObject("park").getString("code").equals("SN-XETDZ")), "the other park lists only its own");
        // the province evaluates and accepts the transformation at the end
        JsonObject approvedPlan = province.get("/api/park-filings/" + id).object();
        Http.Reply evaluated = province.post("/api/park-filings/" + id + "/evaluation", Json.createObjectBuilder()
                .add("version", approvedPlan.getJsonNumber("version").longValue()).add("result", "PASSED")
                .add("date", (year + 2) + "-12-20").add("comment", "通过验收。").build().toString());
        assertEquals(200, evaluated.status(), evaluated::toString);
        assertEquals("PASSED", evaluated.object().getJsonObject("evaluation").getString("result"));
    }

    @Test
    void theDemoParksShowEveryState() {
        Http province = as("shaanxi.office");
        List<String> states = province.get("/api/park-filings?type=PLAN&size=100").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getJsonObject("park").getString("code").startsWith("SN-"))
                .filter(f -> f.getInt("year") < 2026).map(f -> f.getJsonObject("park").getString("code") + " " + f.getString("status")).toList();
        assertEquals(List.of("SN-XAHTZ RETURNED", "SN-XETDZ APPROVED"), states, "the Baoji draft stays the park's own");
        assertTrue(as("admin").get("/api/park-filings?type=PLAN&status=DRAFT&size=100").object()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getJsonObject("park").getString("code").equals("SN-BJHTZ") && f.getInt("year") == 2023));
        List<JsonObject> reports = as("xetdz.committee").get("/api/park-filings?type=ANNUAL_REPORT&size=100").object()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(f -> f.getInt("year") <= 2024).toList();
        // the supervising office's view: who reported for the year, on time or late, and who is silent
        JsonObject y2024 = province.get("/api/park-filings/annual-status?year=2024").array().getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getJsonObject("park").getString("code").equals("SN-XETDZ")).findFirst().orElseThrow();
        assertEquals("LATE", y2024.getJsonObject("timeliness").getString("status"));
        assertEquals(3, y2024.getJsonObject("timeliness").getInt("daysLate"));
        JsonObject y2025 = province.get("/api/park-filings/annual-status?year=2025").array().getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getJsonObject("park").getString("code").equals("SN-XETDZ")).findFirst().orElseThrow();
        assertTrue(y2025.isNull("reportId"));
        assertEquals("MISSING", y2025.getJsonObject("timeliness").getString("status"), "the plan runs to 2025 and no report came");
        assertTrue(as("xahtz.committee").get("/api/park-filings/annual-status?year=2024").array().isEmpty(),
                "another park sees nothing of the Xi'an ETDZ");
        assertEquals(List.of("2024 LATE 3", "2023 ON_TIME 0"), reports.stream().map(f -> f.getInt("year") + " "
                + f.getJsonObject("timeliness").getString("status") + " " + f.getJsonObject("timeliness").getInt("daysLate")).toList());
    }

    @Test
    void theProvinceSendsItsListOfParksByTheDueDate() {
        Http province = as("shaanxi.office");
        JsonObject demo = province.get("/api/park-lists?year=2022").object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getJsonObject("province").getString("code").equals("610000")).findFirst().orElseThrow();
        assertEquals("SUBMITTED", demo.getString("status"));
        assertEquals("2022-06-30", demo.getString("dueDate"));
        assertEquals("ON_TIME", demo.getJsonObject("timeliness").getString("status"));
        assertEquals(3, demo.getInt("parkCount"));
        assertEquals(200, as("ndrc.reader").get("/api/park-lists/" + demo.getInt("id")).status(), "sent to the national agencies");
        assertEquals(404, as("jiaozuo.bureau").get("/api/park-lists/" + demo.getInt("id")).status(), "another province's");
        assertEquals(404, as("xetdz.committee").get("/api/park-lists/" + demo.getInt("id")).status());

        Set<Integer> taken = province.get("/api/park-lists?size=500").object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getInt("year")).collect(Collectors.toSet());
        // a year whose 30 June is still ahead, so the list goes on time
        int year = java.util.stream.IntStream.rangeClosed(java.time.LocalDate.now().getYear() + 1, 2100)
                .filter(y -> !taken.contains(y)).findFirst().orElseThrow();
        int shaanxi = as("inspector").get("/api/organisations?q=610000").object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("code").equals("610000")).findFirst().orElseThrow().getInt("id");
        JsonObject l = province.post("/api/park-lists", Json.createObjectBuilder().add("provinceId", shaanxi).add("year", year)
                .build().toString()).object();
        assertEquals(year + "-06-30", l.getString("dueDate"));
        assertEquals(400, province.post("/api/park-lists/" + l.getInt("id") + "/submit", decision(l, null)).status(), "an empty list");
        Http.Reply foreign = province.put("/api/park-lists/" + l.getInt("id"), Json.createObjectBuilder()
                .add("version", l.getJsonNumber("version").longValue()).add("content", Json.createObjectBuilder()
                        .add("parks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("parkId", 999_999)))).build().toString());
        assertEquals(400, foreign.status(), foreign::toString);
        l = province.put("/api/park-lists/" + l.getInt("id"), Json.createObjectBuilder()
                .add("version", l.getJsonNumber("version").longValue()).add("content", Json.createObjectBuilder()
                        .add("parks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("parkId", park("SN-BJHTZ"))
                                .add("expectedResults", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("kind", "ENERGY_SAVED").add("target", 8000).add("targetYear", year)))))).build().toString()).object();
        assertEquals("宝鸡高新技术产业开发区", l.getJsonObject("content").getJsonArray("parks").getJsonObject(0).getString("parkName"));
        Http.Reply sent = province.post("/api/park-lists/" + l.getInt("id") + "/submit", decision(l, null));
        assertEquals(200, sent.status(), sent::toString);
        assertEquals("ON_TIME", sent.object().getJsonObject("timeliness").getString("status"));
        assertEquals(400, province.put("/api/park-lists/" + l.getInt("id"), Json.createObjectBuilder()
                .add("version", sent.object().getJsonNumber("version").longValue()).build().toString()).status(), "sent is sent");
    }
}
