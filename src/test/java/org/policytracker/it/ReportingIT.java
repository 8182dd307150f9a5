package org.policytracker.it;

import org.policytracker.platform.time.Shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.organisations.control.OrganisationData;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.control.PlanService;
import org.policytracker.reporting.control.CycleData;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.DraftData;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.ReminderService;
import org.policytracker.reporting.control.ReportingJob;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.TaskReport;
import org.policytracker.security.control.CurrentUser;
import org.policytracker.reporting.control.SubmissionReview;
import org.policytracker.reporting.control.ReviewData;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.EntityManager;

/**
 * Progress reporting on the real stack: cycles open their periods, a city bureau fills and submits,
 * the reviewer returns and accepts, every version stays readable; timeliness at the 23:59 boundary
 * in Asia/Shanghai, late and missing; reminders sent exactly once to a real SMTP server
 * (GreenMail, started by the build) even when two "nodes" run at once; a second save of the same
 * draft refused with the typed input kept; evidence checked by content.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    @ArquillianResource
    URL base;

    @Inject
    CycleService cycles;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionReview review;

    @Inject
    ProgressService progress;

    @Inject
    ReminderService reminders;

    @Inject
    ReportingJob job;

    @Inject
    OrganisationService organisations;

    @Inject
    PlanService plans;

    @Inject
    CurrentUser currentUser;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private Http as(String user) {
        return Http.as(base, user, "en");
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
    }

    // ---------------------------------------------------------------- through the API

    /** A cycle for Xi'an (and Baoji) on the Shaanxi plan whose current half-year is open today. */
    private JsonObject currentCycle(String code) {
        Http office = as("shaanxi.office");
        LocalDate today = LocalDate.now(Shanghai.ZONE);
        String start = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1).toString();
        Http.Reply created = office.post("/api/cycles", Json.createObjectBuilder().add("code", code)
                .add("planId", id(office, "/api/plans?q=SN-2024-IWR", "code", "SN-2024-IWR"))
                .add("nameZh", "测试周期 " + code).add("frequency", "SEMI_ANNUAL").add("dueDaysAfterPeriod", 10)
                .add("reviewerId", org("610000.IIT")).add("firstPeriodStart", start)
                .add("participants", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("organisationId", org("610100.IIT")))
                        .add(Json.createObjectBuilder().add("organisationId", org("610300"))))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    private JsonObject mySlot(Http who, int cycleId) {
        JsonObject page = who.get("/api/submissions?cycle=" + cycleId).object();
        assertEquals(1, page.getInt("total"), () -> "one slot of my own in cycle " + cycleId + ": " + page);
        return who.get("/api/submissions/" + page.getJsonArray("items").getJsonObject(0).getInt("id")).object();
    }

    private static String draft(JsonObject slot, String status, int percent, String narrative) {
        JsonArrayBuilder reports = Json.createArrayBuilder();
        for (JsonObject r : slot.getJsonArray("taskReports").getValuesAs(JsonObject.class)) {
            reports.add(Json.createObjectBuilder().add("taskId", r.getInt("taskId")).add("status", status)
                    .add("percentDone", percent).add("narrative", narrative + " " + r.getString("number"))
                    .add("difficulties", "再生水管网建设资金不足").add("nextSteps", "推进园区管网建设"));
        }
        return Json.createObjectBuilder().add("version", slot.getJsonNumber("version").longValue())
                .add("taskReports", reports).build().toString();
    }

    private static String decision(JsonObject s, String comment) {
        var b = Json.createObjectBuilder().add("version", s.getJsonNumber("version").longValue());
        if (comment != null) {
            b.add("comment", comment);
        }
        return b.build().toString();
    }

    @Test
    @RunAsClient
    void aCityBureauSubmitsTheReviewerReturnsAndAcceptsAndEveryVersionStaysReadable() throws Exception {
        int cycle = currentCycle("IT-FLOW-" + System.nanoTime()).getInt("id");
        Http xian = as("xian.bureau");
        Http office = as("shaanxi.office");
        JsonObject slot = mySlot(xian, cycle);
        assertEquals("DRAFT", slot.getString("status"));
        assertTrue(slot.getBoolean("canEdit"));
        assertEquals("NOT_YET_DUE", slot.getJsonObject("timeliness").getString("status"));
        // Xi'an answers for the tasks "each city" implements: the 13 key tasks and the organisational ones
        List<String> numbers = slot.getJsonArray("taskReports").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("number")).toList();
        assertTrue(numbers.containsAll(List.of("1", "2", "13", "(二)")) && !numbers.contains("II"), numbers::toString);

        // nothing filled in: refused, naming every task's status
        Http.Reply empty = xian.post("/api/submissions/" + slot.getInt("id") + "/submit", decision(slot, null));
        assertEquals(400, empty.status(), empty::toString);
        assertEquals(numbers.size(), empty.object().getJsonArray("errors").size());
        assertEquals("taskReports[0].status", empty.object().getJsonArray("errors").getJsonObject(0).getString("field"));

        // status and percentage must agree, field by field: nothing of such a save is kept
        for (String[] wrong : new String[][] {{"NOT_STARTED", "90"}, {"COMPLETED", "60"}}) {
            Http.Reply incoherent = xian.put("/api/submissions/" + slot.getInt("id") + "/draft",
                    draft(slot, wrong[0], Integer.parseInt(wrong[1]), "矛盾"));
            assertEquals(400, incoherent.status(), incoherent::toString);
            assertEquals("taskReports[0].percentDone", incoherent.object().getJsonArray("errors").getJsonObject(0).getString("field"));
            assertEquals(slot.getJsonNumber("version").longValue(), xian.get("/api/submissions/" + slot.getInt("id")).object()
                    .getJsonNumber("version").longValue(), "nothing saved");
        }
        // the plan's deadline (end of 2025) has passed: an answer short of "completed" would need an explanation
        Http.Reply saved = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", draft(slot, "COMPLETED", 100, "第一稿"));
        assertEquals(200, saved.status(), saved::toString);
        slot = saved.object();
        assertEquals("xian.bureau", slot.getString("draftSavedBy"));
        // the indicator in scope (task 7 carries the planned water-use coverage target) gets its value
        JsonObject indicator = slot.getJsonArray("indicatorValues").getJsonObject(0);
        assertEquals("PLANNED_WATER_USE_COVERAGE", indicator.getString("code"));
        slot = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", Json.createObjectBuilder()
                .add("version", slot.getJsonNumber("version").longValue())
                .add("indicatorValues", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("indicatorId", indicator.getInt("indicatorId")).add("value", 88.4).add("note", "重点用水企业")))
                .build().toString()).object();
        assertEquals(88.4, slot.getJsonArray("indicatorValues").getJsonObject(0).getJsonNumber("value").doubleValue(), 1e-9);

        // evidence: a PDF is taken and its checksum kept; a file that is no PDF, or a PNG called .pdf, is refused
        byte[] pdf = pdf();
        Http.Reply up = xian.upload("/api/submissions/" + slot.getInt("id") + "/attachments?name=" + enc("西安市进展报告.pdf"),
                "application/octet-stream", pdf);
        assertEquals(201, up.status(), up::toString);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), up.object().getString("sha256"));
        assertEquals("application/pdf", up.object().getString("contentType"));
        Http.Reply exe = xian.upload("/api/submissions/" + slot.getInt("id") + "/attachments?name=report.pdf",
                "application/pdf", "MZ\u0090\u0000 this is a Windows program".getBytes());
        assertEquals(400, exe.status(), exe::toString);
        assertEquals("file", exe.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(exe.object().getJsonArray("errors").getJsonObject(0).getString("message").contains("judged by its content"), exe::toString);
        Http.Reply html = xian.upload("/api/submissions/" + slot.getInt("id") + "/attachments?name=scan.png",
                "image/png", "<html><script>alert(1)</script></html>".getBytes());
        assertEquals(400, html.status(), html::toString);
        Http.Reply disguised = xian.upload("/api/submissions/" + slot.getInt("id") + "/attachments?name=photo.pdf", "application/pdf", PNG);
        assertEquals(400, disguised.status(), disguised::toString);
        assertEquals("name", disguised.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply docx = xian.upload("/api/submissions/" + slot.getInt("id") + "/attachments?name=台账.docx",
                "application/octet-stream", docx());
        assertEquals(201, docx.status(), docx::toString);
        assertEquals(204, xian.delete("/api/submissions/" + slot.getInt("id") + "/attachments/" + docx.object().getInt("id")).status());
        assertEquals(pdf.length, xian.download("/api/submissions/" + slot.getInt("id") + "/attachments/" + up.object().getInt("id")).length);

        slot = xian.get("/api/submissions/" + slot.getInt("id")).object();
        Http.Reply submitted = xian.post("/api/submissions/" + slot.getInt("id") + "/submit", decision(slot, null));
        assertEquals(200, submitted.status(), submitted::toString);
        slot = submitted.object();
        assertEquals("SUBMITTED", slot.getString("status"));
        assertEquals("ON_TIME", slot.getJsonObject("timeliness").getString("status"));
        assertEquals(1, slot.getInt("versions"));
        assertEquals(400, xian.put("/api/submissions/" + slot.getInt("id") + "/draft", draft(slot, "IN_PROGRESS", 50, "改")).status(),
                "a submitted version is not changed");
        assertEquals(400, xian.delete("/api/submissions/" + slot.getInt("id") + "/attachments/" + up.object().getInt("id")).status());
        assertEquals(403, xian.post("/api/submissions/" + slot.getInt("id") + "/accept", decision(slot, null)).status(),
                "the filer does not review");

        // the reviewer: a return needs a comment
        JsonObject seen = office.get("/api/submissions/" + slot.getInt("id")).object();
        assertTrue(seen.getBoolean("canReview"));
        assertEquals(400, office.post("/api/submissions/" + slot.getInt("id") + "/return", decision(seen, "  ")).status());
        Http.Reply returned = office.post("/api/submissions/" + slot.getInt("id") + "/return",
                decision(seen, "请补充工业废水循环利用率数据。"));
        assertEquals(200, returned.status(), returned::toString);
        assertEquals("RETURNED", returned.object().getString("status"));

        // revised and sent again: a new version
        slot = xian.get("/api/submissions/" + slot.getInt("id")).object();
        assertEquals("请补充工业废水循环利用率数据。", slot.getJsonObject("lastReview").getString("comment"));
        slot = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", draft(slot, "COMPLETED", 100, "第二稿（已补充）")).object();
        Http.Reply again = xian.post("/api/submissions/" + slot.getInt("id") + "/submit", decision(slot, null));
        assertEquals(200, again.status(), again::toString);
        assertEquals("RESUBMITTED", again.object().getString("status"));
        Http.Reply accepted = office.post("/api/submissions/" + slot.getInt("id") + "/accept", decision(again.object(), "同意。"));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.object().getString("status"));

        // the history: both versions as sent, each with its review
        JsonArray versions = xian.get("/api/submissions/" + slot.getInt("id") + "/versions").array();
        assertEquals(2, versions.size());
        JsonObject v1 = versions.getJsonObject(0);
        JsonObject v2 = versions.getJsonObject(1);
        assertEquals("RETURNED", v1.getString("outcome"));
        assertEquals("shaanxi.office", v1.getString("reviewedBy"));
        assertEquals("xian.bureau", v1.getString("submittedBy"));
        assertTrue(v1.getJsonObject("content").getJsonArray("taskReports").getJsonObject(0).getString("narrative").startsWith("第一稿"));
        assertEquals("COMPLETED", v1.getJsonObject("content").getJsonArray("taskReports").getJsonObject(0).getString("status"));
        assertEquals("ACCEPTED", v2.getString("outcome"));
        assertTrue(v2.getJsonObject("content").getJsonArray("taskReports").getJsonObject(0).getString("narrative").startsWith("第二稿"));
        assertEquals(88.4, v1.getJsonObject("content").getJsonArray("indicatorValues").getJsonObject(0)
                .getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(up.object().getString("sha256"),
                v1.getJsonObject("content").getJsonArray("attachments").getJsonObject(0).getString("sha256"));
        // and the audit trail names who did what
        List<JsonObject> trail = as("inspector").get("/api/audit?size=100&entityType=submission&entityId=" + slot.getInt("id"))
                .object().getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> actors = trail.stream().map(e -> e.getString("actor")).distinct().toList();
        assertTrue(actors.containsAll(List.of("xian.bureau", "shaanxi.office")), actors::toString);
        // every draft save, upload and deletion is there with what it changed (newest first): the first draft's
        // answer, the indicator value, the two files added and the one removed, the return's comment
        String bureau = trail.stream().filter(e -> e.getString("actor").equals("xian.bureau"))
                .map(e -> e.getString("before", "") + " → " + e.getString("after", "")).collect(Collectors.joining("\n"));
        assertTrue(trail.stream().filter(e -> e.getString("actor").equals("xian.bureau")).count() >= 7, bureau);
        assertTrue(bureau.contains("第一稿") && bureau.contains("第二稿（已补充）") && bureau.contains("88.4"), bureau);
        assertTrue(bureau.contains("\"attachment 西安市进展报告.pdf · sha256\":\"" + up.object().getString("sha256")), bureau);
        JsonObject removal = trail.stream().filter(e -> e.getString("before", "").contains("attachment 台账.docx · sha256")
                && !e.getString("after", "").contains("attachment 台账.docx · sha256")).findFirst().orElseThrow(() -> new AssertionError(bureau));
        assertEquals("UPDATE", removal.getString("action"));
        JsonObject firstDraft = trail.stream().filter(e -> e.getString("after", "").contains("第一稿")).findFirst().orElseThrow();
        JsonObject before = Json.createReader(new java.io.StringReader(firstDraft.getString("before"))).readObject();
        JsonObject after = Json.createReader(new java.io.StringReader(firstDraft.getString("after"))).readObject();
        String status = after.keySet().stream().filter(k -> k.endsWith(" · status")).findFirst().orElseThrow();
        assertEquals("COMPLETED", after.getString(status));
        assertTrue(before.isNull(status), before::toString);
        assertEquals("xian.bureau", after.getString("draftSavedBy"));
        assertTrue(trail.stream().anyMatch(e -> e.getString("actor").equals("shaanxi.office")
                && e.getString("after", "").contains("请补充工业废水循环利用率数据。")), trail::toString);
    }

    @Test
    @RunAsClient
    void theExcelFormIsFilledOfflineAndUploadedAsTheDraftBadCellsLocatedNothingSaved() throws Exception {
        int cycle = currentCycle("IT-XLSX-" + System.nanoTime()).getInt("id");
        Http xian = as("xian.bureau");
        JsonObject slot = mySlot(xian, cycle);
        String path = "/api/submissions/" + slot.getInt("id") + "/sheet";
        byte[] form = xian.download(path);
        Sheets.Book book = Sheets.read(form);
        Map<Integer, ? extends Map<Integer, String>> report = book.get("填报 Report");
        int tasks = slot.getJsonArray("taskReports").size();
        assertEquals(tasks + 1, report.size(), "a row per task under the header");
        assertEquals(String.valueOf(slot.getInt("id")), book.get("说明 About").get(2).get(2));

        // filled offline: every task in progress at 40 %, a narrative; the indicator's value
        report.forEach((row, cells) -> {
            if (row > 1) {
                cells.put(5, "推进中");
                cells.put(6, "40");
                cells.put(7, "离线填写 " + cells.get(2));
            }
        });
        Map<Integer, ? extends Map<Integer, String>> values = book.get("指标 Indicators");
        boolean indicators = values.size() > 1;
        if (indicators) {
            values.get(2).put(5, "88.4");
        }
        Http.Reply saved = xian.uploadPut(path, Xlsx.MEDIA_TYPE, book.write());
        assertEquals(200, saved.status(), saved::toString);
        JsonObject draft = xian.get("/api/submissions/" + slot.getInt("id")).object();
        for (JsonObject r : draft.getJsonArray("taskReports").getValuesAs(JsonObject.class)) {
            assertEquals("IN_PROGRESS", r.getString("status"));
            assertEquals(40, r.getInt("percentDone"));
            assertEquals("离线填写 " + r.getString("number"), r.getString("narrative"));
        }
        if (indicators) {
            assertEquals(88.4, draft.getJsonArray("indicatorValues").getJsonObject(0).getJsonNumber("value").doubleValue(), 1e-9);
        }

        // what it exports, it imports: the new download holds what was uploaded
        Map<Integer, ? extends Map<Integer, String>> again = Sheets.read(xian.download(path)).get("填报 Report");
        assertEquals("推进中", again.get(2).get(5));
        assertEquals("40", again.get(2).get(6));

        // three bad cells (a status that is none, 140 %, a date that is none): three located messages, nothing saved
        Sheets.Book fresh = Sheets.read(xian.download(path));
        fresh.get("填报 Report").get(2).put(5, "差不多");
        fresh.get("填报 Report").get(2).put(6, "140");
        fresh.get("填报 Report").get(3).put(12, "2026-02-30");
        fresh.get("填报 Report").get(3).put(7, "不应保存");
        Http.Reply refused = xian.uploadPut(path, Xlsx.MEDIA_TYPE, fresh.write());
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertEquals(3, refused.object().getJsonArray("errors").size(), refused::toString);
        for (String at : List.of("填报 Report!E2", "填报 Report!F2", "填报 Report!L3")) {
            assertTrue(refused.body().contains(at), at + " named: " + refused);
        }
        assertTrue(refused.body().contains("is not a status"), "in the user's language (English here): " + refused);
        assertEquals(draft.getJsonNumber("version").longValue(),
                xian.get("/api/submissions/" + slot.getInt("id")).object().getJsonNumber("version").longValue(), "nothing saved");

        // the draft changed after this file was downloaded: refused as stale, the file's content sent back; overwrite on request
        byte[] old = book.write();
        assertEquals(200, xian.put("/api/submissions/" + slot.getInt("id") + "/draft", draft(xian.get("/api/submissions/"
                + slot.getInt("id")).object(), "IN_PROGRESS", 50, "网页填写")).status());
        Http.Reply stale = xian.uploadPut(path, Xlsx.MEDIA_TYPE, old);
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(40, stale.object().getJsonObject("yourInput").getJsonArray("taskReports").getJsonObject(0).getInt("percentDone"));
        assertEquals(200, xian.uploadPut(path + "?overwrite=true", Xlsx.MEDIA_TYPE, old).status());

        // the reviewer may download it, not upload; a city of another province does not see it
        Http office = as("shaanxi.office");
        assertTrue(office.download(path).length > 0);
        assertEquals(403, office.uploadPut(path, Xlsx.MEDIA_TYPE, old).status());
        assertEquals(404, as("jiaozuo.bureau").uploadPut(path, Xlsx.MEDIA_TYPE, old).status(), "another city does not see it");
        Http.Reply notExcel = xian.uploadPut(path, Xlsx.MEDIA_TYPE, "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, notExcel.status(), notExcel::toString);
    }

    @Test
    @RunAsClient
    void theSecondOfTwoSavesOfTheSameDraftIsRefusedAndGetsItsInputBack() {
        int cycle = currentCycle("IT-CONFLICT-" + System.nanoTime()).getInt("id");
        Http first = as("xian.bureau");
        Http second = Http.as(base, "xian.bureau", "zh-CN");
        JsonObject opened = mySlot(first, cycle); // both colleagues opened the same version
        Http.Reply one = first.put("/api/submissions/" + opened.getInt("id") + "/draft", draft(opened, "IN_PROGRESS", 30, "甲填写"));
        assertEquals(200, one.status(), one::toString);
        Http.Reply two = second.put("/api/submissions/" + opened.getInt("id") + "/draft", draft(opened, "IN_PROGRESS", 60, "乙填写"));
        assertEquals(409, two.status(), two::toString);
        assertTrue(two.contentType().startsWith("application/problem+json"));
        JsonObject problem = two.object();
        assertEquals("xian.bureau", problem.getString("changedBy"));
        assertTrue(problem.getString("detail").contains("您输入的内容已随本回复返回"), problem::toString);
        assertEquals(one.object().getJsonNumber("version").longValue(), problem.getJsonNumber("currentVersion").longValue());
        JsonObject typed = problem.getJsonObject("yourInput").getJsonArray("taskReports").getJsonObject(0);
        assertEquals("乙填写 " + opened.getJsonArray("taskReports").getJsonObject(0).getString("number"), typed.getString("narrative"));
        assertEquals(60, typed.getInt("percentDone"));
        // the first save stands
        JsonObject now = first.get("/api/submissions/" + opened.getInt("id")).object();
        assertTrue(now.getJsonArray("taskReports").getJsonObject(0).getString("narrative").startsWith("甲填写"));

        // both at the very same moment, from the same version: one wins, the other gets 409 and its input back
        for (int round = 0; round < 5; round++) {
            JsonObject base = first.get("/api/submissions/" + opened.getInt("id")).object();
            var a = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    first.put("/api/submissions/" + opened.getInt("id") + "/draft", draft(base, "IN_PROGRESS", 10, "并发甲")));
            var b = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    second.put("/api/submissions/" + opened.getInt("id") + "/draft", draft(base, "IN_PROGRESS", 20, "并发乙")));
            List<Http.Reply> replies = List.of(a.join(), b.join());
            assertEquals(List.of(200, 409), replies.stream().map(Http.Reply::status).sorted().toList(), replies::toString);
            Http.Reply lost = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertTrue(lost.object().getJsonObject("yourInput").getJsonArray("taskReports").getJsonObject(0)
                    .getString("narrative").startsWith("并发"), lost::toString);
        }
    }

    @Test
    @RunAsClient
    void aDelayedOrRedTaskCannotBeSentWithoutExplanationAndCorrectiveActionWithItsOwnDate() {
        int cycle = currentCycle("IT-RED-" + System.nanoTime()).getInt("id");
        Http xian = as("xian.bureau");
        JsonObject slot = mySlot(xian, cycle);
        slot = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", draft(slot, "COMPLETED", 100, "已完成")).object();
        int taskId = slot.getJsonArray("taskReports").getJsonObject(2).getInt("taskId");
        String delayed = Json.createObjectBuilder().add("version", slot.getJsonNumber("version").longValue())
                .add("taskReports", Json.createArrayBuilder().add(Json.createObjectBuilder().add("taskId", taskId)
                        .add("status", "DELAYED").add("percentDone", 20).add("narrative", "管网工程停工")
                        .add("correctiveDue", "2020-01-01"))).build().toString();
        slot = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", delayed).object();
        Http.Reply refused = xian.post("/api/submissions/" + slot.getInt("id") + "/submit", decision(slot, null));
        assertEquals(400, refused.status(), refused::toString);
        Map<String, String> errors = refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
        assertEquals(java.util.Set.of("taskReports[2].delayExplanation", "taskReports[2].correctiveAction",
                "taskReports[2].correctiveDue"), errors.keySet());
        assertTrue(errors.get("taskReports[2].correctiveDue").contains("not be before today"), errors::toString);
        assertEquals("DRAFT", xian.get("/api/submissions/" + slot.getInt("id")).object().getString("status"));
        JsonObject red = xian.get("/api/submissions/" + slot.getInt("id")).object().getJsonArray("taskReports").getJsonObject(2);
        assertEquals("RED", red.getString("light"));

        // "in progress" after the deadline (end of 2025) is red too: the same three fields are asked for
        JsonObject current = xian.get("/api/submissions/" + slot.getInt("id")).object();
        int other = current.getJsonArray("taskReports").getJsonObject(0).getInt("taskId");
        current = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("taskReports", Json.createArrayBuilder().add(Json.createObjectBuilder().add("taskId", other)
                        .add("status", "IN_PROGRESS").add("percentDone", 90))).build().toString()).object();
        Http.Reply overdue = xian.post("/api/submissions/" + slot.getInt("id") + "/submit", decision(current, null));
        assertEquals(400, overdue.status(), overdue::toString);
        assertTrue(overdue.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals("taskReports[0].delayExplanation")
                        && e.getString("message").contains("is red")), overdue::toString);
        current = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("taskReports", Json.createArrayBuilder().add(Json.createObjectBuilder().add("taskId", other)
                        .add("status", "COMPLETED").add("percentDone", 100))).build().toString()).object();
        slot = current;

        // the plan's progress as the province reads it, twice: the second answer is the one kept (ProgressViews)
        Http office = as("shaanxi.office");
        String progress = "/api/plans/" + id(office, "/api/plans?q=SN-2024-IWR", "code", "SN-2024-IWR") + "/progress";
        assertEquals(office.get(progress).body(), office.get(progress).body(), "nothing changed between two reads");
        assertTrue(xianOn(office.get(progress).object(), taskId).map(x -> x.getInt("percentDone") != 23).orElse(true));

        String explained = Json.createObjectBuilder().add("version", slot.getJsonNumber("version").longValue())
                .add("taskReports", Json.createArrayBuilder().add(Json.createObjectBuilder().add("taskId", taskId)
                        .add("status", "DELAYED").add("percentDone", 23).add("narrative", "管网工程停工")
                        .add("delayExplanation", "征地拆迁未完成，管网工程停工两个月")
                        .add("correctiveAction", "市政府专题协调征地，倒排工期")
                        .add("correctiveDue", LocalDate.now(Shanghai.ZONE).plusMonths(3).toString()))).build().toString();
        slot = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", explained).object();
        Http.Reply sent = xian.post("/api/submissions/" + slot.getInt("id") + "/submit", decision(slot, null));
        assertEquals(200, sent.status(), sent::toString);

        // sent: the progress read next shows it at once (the kept answer rested on the plan's reports before)
        JsonObject part = xianOn(office.get(progress).object(), taskId).orElseThrow();
        assertEquals("DELAYED", part.getString("status"), part::toString);
        assertEquals(23, part.getInt("percentDone"), part::toString);
        assertEquals("RED", part.getString("light"), part::toString);
    }

    @Test
    @RunAsClient
    void aClientThatAsksForLittleGetsTheNewVersionAndStateOnly() {
        int cycle = currentCycle("IT-MIN-" + System.nanoTime()).getInt("id");
        Http xian = as("xian.bureau");
        JsonObject slot = mySlot(xian, cycle);
        Http.Reply saved = xian.minimal().put("/api/submissions/" + slot.getInt("id") + "/draft", draft(slot, "COMPLETED", 100, "已完成"));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("return=minimal", saved.preferenceApplied());
        JsonObject brief = saved.object();
        assertEquals(java.util.Set.of("id", "version", "status", "draftSavedBy", "draftSavedAt", "lastSubmittedAt"), brief.keySet());
        assertEquals("DRAFT", brief.getString("status"));
        assertEquals("xian.bureau", brief.getString("draftSavedBy"));
        assertTrue(brief.getJsonNumber("version").longValue() > slot.getJsonNumber("version").longValue(), brief::toString);

        // the version it gave is the one the next change must send
        Http.Reply sent = xian.minimal().post("/api/submissions/" + slot.getInt("id") + "/submit", decision(brief, null));
        assertEquals(200, sent.status(), sent::toString);
        assertEquals("SUBMITTED", sent.object().getString("status"));
        assertTrue(!sent.object().isNull("lastSubmittedAt"), sent::toString);
        JsonObject full = xian.get("/api/submissions/" + slot.getInt("id")).object();
        assertEquals(sent.object().getJsonNumber("version").longValue(), full.getJsonNumber("version").longValue());
        assertEquals(100, full.getJsonArray("taskReports").getJsonObject(0).getInt("percentDone"));

        // without the preference: the whole submission, and no preference said to be applied
        Http.Reply whole = as("shaanxi.office").post("/api/submissions/" + slot.getInt("id") + "/accept", decision(full, null));
        assertEquals(200, whole.status(), whole::toString);
        assertEquals(null, whole.preferenceApplied());
        assertEquals("ACCEPTED", whole.object().getString("status"));
        assertEquals(full.getJsonArray("taskReports").size(), whole.object().getJsonArray("taskReports").size());
    }

    @Test
    @RunAsClient
    void aReportIsFilledAndSentInOneRequestOrNotAtAll() {
        int cycle = currentCycle("IT-ONE-" + System.nanoTime()).getInt("id");
        Http xian = as("xian.bureau");
        JsonObject slot = mySlot(xian, cycle);
        String path = "/api/submissions/" + slot.getInt("id");

        // a delayed task without its explanation: the send is refused, and the answers are not kept either
        JsonObject incomplete = Json.createReader(new java.io.StringReader(draft(slot, "DELAYED", 20, "管网工程停工"))).readObject();
        Http.Reply refused = xian.post(path + "/submit", incomplete.toString());
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals("taskReports[0].delayExplanation")), refused::toString);
        JsonObject untouched = xian.get(path).object();
        assertEquals("DRAFT", untouched.getString("status"));
        assertEquals(slot.getJsonNumber("version").longValue(), untouched.getJsonNumber("version").longValue(), "nothing saved");
        assertTrue(untouched.getJsonArray("taskReports").getJsonObject(0).isNull("status"), untouched::toString);

        // complete: saved and sent at once, the version frozen with the answers this request carried
        Http.Reply sent = xian.minimal().post(path + "/submit", draft(slot, "COMPLETED", 100, "一次报送"));
        assertEquals(200, sent.status(), sent::toString);
        assertEquals("SUBMITTED", sent.object().getString("status"));
        JsonObject version = xian.get(path + "/versions").array().getJsonObject(0);
        JsonObject first = version.getJsonObject("content").getJsonArray("taskReports").getJsonObject(0);
        assertEquals("COMPLETED", first.getString("status"));
        assertTrue(first.getString("narrative").startsWith("一次报送"), first::toString);
    }

    /** Xi'an's part in a task's progress. */
    private static java.util.Optional<JsonObject> xianOn(JsonObject progress, int taskId) {
        return progress.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getInt("taskId") == taskId).findFirst().orElseThrow()
                .getJsonArray("organisations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonObject("organisation").getString("code").equals("610100.IIT")).findFirst();
    }

    @Test
    @RunAsClient
    void theDemoShowsWhoIsLateWhoIsSilentAndTheLightsRollUp() {
        Http jiaozuo = as("jiaozuo.bureau");
        JsonObject cycle = jiaozuo.get("/api/cycles").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("JZ-2019-IR-HALFYEAR")).findFirst().orElseThrow();
        assertEquals(15, cycle.getJsonArray("participants").size(),
                "the counties and municipal departments named in reporting roles, the reviewing bureau included");
        assertEquals("410800.EPC", cycle.getJsonObject("alternateReviewer").getString("code"));
        JsonObject t = jiaozuo.get("/api/cycles/" + cycle.getInt("id") + "/timeliness").object();
        Map<String, JsonObject> periods = t.getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("period"), p -> p.getJsonObject("rates")));
        assertEquals(15, periods.get("2019-H2").getInt("submitted"));
        assertEquals(2, periods.get("2019-H2").getInt("late"));
        assertEquals(1, periods.get("2020-H1").getInt("missing"));
        assertEquals(93.3, periods.get("2020-H1").getJsonNumber("reportingRate").doubleValue(), 0.001);

        // the bureau's own report awaits the EPC office: the bureau sees it but may not accept it
        JsonObject own = t.getJsonArray("submissions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonObject("organisation").getString("code").equals("410800.IIT") && s.getString("period").equals("2020-H1"))
                .findFirst().orElseThrow();
        JsonObject mine = jiaozuo.get("/api/submissions/" + own.getInt("submissionId")).object();
        assertEquals("SUBMITTED", mine.getString("status"));
        assertEquals("410800.EPC", mine.getJsonObject("cycle").getJsonObject("reviewer").getString("code"));
        assertEquals(false, mine.getBoolean("canReview"));
        Http.Reply selfReview = jiaozuo.post("/api/submissions/" + mine.getInt("id") + "/accept", decision(mine, null));
        assertEquals(403, selfReview.status(), selfReview::toString);
        assertTrue(selfReview.object().getString("detail").contains("Nobody reviews a report their own organisation filed"), selfReview::toString);
        JsonObject zhongzhan = t.getJsonArray("submissions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonObject("organisation").getString("code").equals("410803") && s.getString("period").equals("2020-H1"))
                .findFirst().orElseThrow();
        assertEquals("MISSING", zhongzhan.getJsonObject("timeliness").getString("status"));
        JsonObject boai = t.getJsonArray("submissions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonObject("organisation").getString("code").equals("410822") && s.getString("period").equals("2019-H2"))
                .findFirst().orElseThrow();
        assertEquals(4, boai.getJsonObject("timeliness").getInt("daysLate"));

        int plan = cycle.getInt("planId");
        JsonObject p = jiaozuo.get("/api/plans/" + plan + "/progress?asOf=2020-07-31").object();
        Map<String, JsonObject> tasks = p.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getInt("depth") <= 1)
                .collect(Collectors.toMap(x -> x.getInt("depth") == 0 ? x.getString("number") : parentNumber(p, x) + "/" + x.getString("number"), x -> x));
        JsonObject vocs = tasks.get("IV/(4)");
        assertEquals("DELAYED", vocs.getString("status"));
        assertEquals("RED", vocs.getString("light"));
        assertEquals("RED", tasks.get("IV").getString("light"), "a section is never greener than its worst task");
        // weights are shown and add up to the whole
        for (JsonObject x : p.getJsonArray("tasks").getValuesAs(JsonObject.class)) {
            double parts = x.getJsonArray("organisations").getValuesAs(JsonObject.class).stream()
                    .mapToDouble(o -> o.getJsonNumber("weight").doubleValue()).sum();
            assertEquals(x.getJsonNumber("organisationShare").doubleValue(), parts, 0.001, x::toString);
        }
        JsonObject ee = p.getJsonArray("organisations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonObject("organisation").getString("code").equals("410800.EE")).findFirst().orElseThrow();
        assertEquals("RED", ee.getString("light"));
    }

    private static String parentNumber(JsonObject progress, JsonObject task) {
        long parent = task.getJsonNumber("parentId").longValue();
        return progress.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getJsonNumber("taskId").longValue() == parent).findFirst().orElseThrow().getString("number");
    }

    // ---------------------------------------------------------------- inside the server

    /** A fresh organisation with a mailbox of its own, so this test counts only its own mail. */
    private Organisation unit(String name) {
        String code = "IT." + name.toUpperCase() + "." + Long.toString(System.nanoTime(), 36).toUpperCase();
        return organisations.create(new OrganisationData(code, "CITY_BUREAU", "测试" + name, "Test " + name,
                organisations.findByCode("610100").orElseThrow().getId(), List.of(), null,
                code.toLowerCase() + "@it.policy-tracker.example"));
    }

    private ReportingCycle cycle(String code, LocalDate first, LocalDate last, Organisation reviewer, List<CycleData.ParticipantData> participants) {
        CycleData d = new CycleData();
        d.code = code;
        d.planId = plans.findByCode("SN-2024-IWR").orElseThrow().getId();
        d.nameZh = "测试周期";
        d.frequency = "SEMI_ANNUAL";
        d.dueDaysAfterPeriod = 10;
        d.reviewerId = reviewer.getId();
        d.firstPeriodStart = first.toString();
        d.lastPeriodEnd = last == null ? null : last.toString();
        d.reminderDaysBefore = List.of(14, 3);
        d.participants = participants;
        return cycles.create(d, LocalDate.now(Shanghai.ZONE));
    }

    private Submission slot(ReportingCycle c, Organisation o, String period) {
        return submissions.list(new SubmissionService.Filter(c.getId(), o.getId(), period, null, null), 0, 5).items()
                .stream().findFirst().orElse(null);
    }

    private void fillAndSubmit(Submission s, Instant at) {
        DraftData d = new DraftData();
        d.version = s.getVersion();
        d.taskReports = s.getTaskReports().stream().map(TaskReport::getTask)
                .map(t -> new DraftData.TaskReportData(t.getId(), "IN_PROGRESS", 30, "推进中", null, null)).toList();
        if (Timeliness.judge(s.getDueDate(), s.getCycle().getGraceDays(), at, at).status() == Timeliness.Status.LATE) {
            d.latenessReason = "数据核实耗时，延迟报送。";
        }
        submissions.saveDraft(s.getId(), d, () -> null, at.minusSeconds(600));
        submissions.submit(s.getId(), s.getVersion(), at);
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(Shanghai.ZONE).toInstant();
    }

    @Test
    void onTimeUntil2359InShanghaiLateAfterMissingWhenSilentAndNeverBeforeBeingObliged() throws Exception {
        tx.begin();
        try {
            currentUser.asSystem(() -> {
                Organisation early = unit("early");
                Organisation last = unit("lastminute");
                Organisation late = unit("late");
                Organisation silent = unit("silent");
                Organisation newcomer = unit("newcomer");
                Organisation reviewer = organisations.findByCode("610000.IIT").orElseThrow();
                ReportingCycle c = cycle("IT-TIME-" + System.nanoTime(), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), reviewer,
                        List.of(p(early, null), p(last, null), p(late, null), p(silent, null), p(newcomer, "2021-07-15")));
                // the newcomer, obliged from 15 July, has no slot for the first half-year: it cannot be missing there
                assertEquals(null, slot(c, newcomer, "2021-H1"));
                assertNotNull(slot(c, newcomer, "2021-H2"));
                Submission s1 = slot(c, early, "2021-H1");
                assertEquals(LocalDate.of(2021, 7, 10), s1.getDueDate());
                fillAndSubmit(s1, shanghai("2021-07-02T09:00:00"));
                fillAndSubmit(slot(c, last, "2021-H1"), shanghai("2021-07-10T23:59:30"));
                fillAndSubmit(slot(c, late, "2021-H1"), shanghai("2021-07-11T00:00:30"));
                // 20:00 UTC on 10 July is already 11 July in Shanghai
                Instant utcEvening = Instant.parse("2021-07-10T20:00:00Z");
                assertEquals(Timeliness.Status.LATE, Timeliness.judge(s1.getDueDate(), 0, utcEvening, utcEvening).status());

                var t = progress.cycleTimeliness(c, submissions.list(new SubmissionService.Filter(c.getId(), null, "2021-H1", null, null),
                        0, 100).items(), shanghai("2021-08-01T12:00:00"));
                Map<String, Timeliness> by = t.slots().stream().collect(Collectors.toMap(
                        x -> x.submission().getOrganisation().getCode(), ProgressService.SlotTimeliness::timeliness));
                assertEquals(Timeliness.Status.ON_TIME, by.get(early.getCode()).status());
                assertEquals(Timeliness.Status.ON_TIME, by.get(last.getCode()).status(), "23:59:30 on the due date is on time");
                assertEquals(new Timeliness(Timeliness.Status.LATE, 1), by.get(late.getCode()));
                assertEquals(new Timeliness(Timeliness.Status.MISSING, 22), by.get(silent.getCode()));
                assertEquals(4, by.size(), "no slot, so never counted, for the newcomer");
                assertEquals(4, t.overall().due());
                assertEquals(75.0, t.overall().reportingRate());
                assertEquals(50.0, t.overall().onTimeRate());
                // a late submission is accepted, and stays marked late
                Submission lateOne = slot(c, late, "2021-H1");
                review.accept(lateOne.getId(), new ReviewData(lateOne.getVersion(), null, List.of()), shanghai("2021-07-12T10:00:00"));
                assertEquals(new Timeliness(Timeliness.Status.LATE, 1), Timeliness.judge(lateOne.getDueDate(), 0,
                        lateOne.getFirstSubmittedAt(), Instant.now()));
                return null;
            });
        } finally {
            tx.rollback();
        }
    }

    private static CycleData.ParticipantData p(Organisation o, String from) {
        return new CycleData.ParticipantData(o.getId(), from, null);
    }

    @Test
    void eachReminderIsMailedOnceEvenWhenTheJobRunsTwiceOrOnTwoNodesAtOnce() throws Exception {
        String unitMail;
        String reviewerMail;
        tx.begin();
        try {
            Organisation unit = currentUser.asSystem(() -> unit("reminded"));
            Organisation reviewer = currentUser.asSystem(() -> unit("supervisor"));
            unitMail = unit.getEmail();
            reviewerMail = reviewer.getEmail();
            currentUser.asSystem(() -> cycle("IT-REMIND-" + System.nanoTime(), LocalDate.of(2031, 1, 1), LocalDate.of(2031, 6, 30),
                    reviewer, List.of(p(unit, null))));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
        // 14 days before the due date (10 July 2031): the job runs twice, one mail
        int first = job.runOnce(LocalDate.of(2031, 6, 26), Instant.now())[1];
        int second = job.runOnce(LocalDate.of(2031, 6, 26), Instant.now())[1];
        assertTrue(first >= 1, "the first run sends");
        assertEquals(0, second, "the second run sends nothing");
        // the job opened the half-year on its first run: that notice went once too, before the reminder
        List<String> opened = mails(unitMail).stream().map(m -> m.getString("subject")).toList();
        assertEquals(2, opened.size(), opened::toString);
        assertTrue(opened.get(0).startsWith("【新的报送任务】") && opened.get(1).startsWith("【督办提醒】"), opened::toString);

        // 3 days before: two nodes at the same moment
        Callable<Integer> node = () -> reminders.run(LocalDate.of(2031, 7, 7), Instant.now());
        Future<Integer> a = executor.submit(node);
        Future<Integer> b = executor.submit(node);
        a.get();
        b.get();
        List<JsonObject> inbox = mails(unitMail);
        assertEquals(3, inbox.size(), () -> inbox.toString());
        // on the due date, then (not submitted) the escalation to the supervising organisation
        job.runOnce(LocalDate.of(2031, 7, 10), Instant.now());
        job.runOnce(LocalDate.of(2031, 7, 12), Instant.now());
        job.runOnce(LocalDate.of(2031, 7, 12), Instant.now());
        List<String> subjects = mails(unitMail).stream().map(m -> m.getString("subject")).toList();
        assertEquals(4, subjects.size(), subjects::toString);
        assertTrue(subjects.get(1).startsWith("【督办提醒】") && subjects.get(1).contains(" / Reminder:"), subjects::toString);
        assertTrue(subjects.get(3).startsWith("【今日截止】"), subjects::toString);
        List<JsonObject> escalations = mails(reviewerMail);
        assertEquals(1, escalations.size());
        assertTrue(escalations.get(0).getString("subject").startsWith("【逾期督办】"), escalations.toString());
        assertTrue(escalations.get(0).getString("mimeMessage").contains("2031-07-10"), "the due date is in the message");
    }

    /**
     * A new report, a return with what to fix and an acceptance each reach the organisation once — in the application
     * (its notices) and in its mailbox — and only after the change committed.
     */
    @Test
    void aNewReportAReturnAndAnAcceptanceEachReachTheOrganisationOnce() throws Exception {
        LocalDate today = LocalDate.now(Shanghai.ZONE);
        LocalDate half = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        long[] slot = new long[1];
        String mail = inTransaction(() -> {
            Organisation unit = unit("notified");
            ReportingCycle c = cycle("IT-NOTICE-" + System.nanoTime(), half, null, organisations.findByCode("610000.IIT").orElseThrow(),
                    List.of(p(unit, null)));
            slot[0] = slot(c, unit, half.getYear() + (half.getMonthValue() == 1 ? "-H1" : "-H2")).getId();
            return unit.getEmail();
        });
        assertEquals(List.of("【新的报送任务】"), subjects(mail).stream().map(x -> x.substring(0, 8)).toList(), "the new report, once");
        inTransaction(() -> {
            Submission s = submissions.get(slot[0]);
            completeAndSubmit(s);
            long task = s.getTaskReports().get(0).getTask().getId();
            return review.returnForRevision(s.getId(), new ReviewData(s.getVersion(), "请补充进展。",
                    List.of(new ReviewData.TaskNote(task, "请写明已建成的管网长度。"))), Instant.now());
        });
        List<JsonObject> returned = mails(mail);
        assertEquals(2, returned.size(), returned::toString);
        assertTrue(returned.get(1).getString("subject").startsWith("【退回修改】"), returned::toString);
        String body = inTransaction(() -> em.createQuery("select r.body from Reminder r where r.submission.id = :s and r.kind = 'RETURNED-1'",
                String.class).setParameter("s", slot[0]).getSingleResult());
        assertTrue(body.contains("请补充进展。") && body.contains("请写明已建成的管网长度。"), "what to fix is in the notice: " + body);
        inTransaction(() -> {
            Submission s = submissions.get(slot[0]);
            completeAndSubmit(s);
            return review.accept(s.getId(), new ReviewData(s.getVersion(), null, List.of()), Instant.now());
        });
        List<String> all = subjects(mail);
        assertEquals(3, all.size(), all::toString);
        assertTrue(all.get(2).startsWith("【审核通过】"), all::toString);
        List<String> kinds = inTransaction(() -> em.createQuery("select r.kind from Reminder r where r.submission.id = :s order by r.id",
                String.class).setParameter("s", slot[0]).getResultList());
        assertEquals(List.of("OPENED", "RETURNED-1", "ACCEPTED-2"), kinds, "each kept once, for the notices");
    }

    private void completeAndSubmit(Submission s) {
        DraftData d = new DraftData();
        d.version = s.getVersion();
        d.taskReports = s.getTaskReports().stream().map(TaskReport::getTask)
                .map(t -> new DraftData.TaskReportData(t.getId(), "COMPLETED", 100, "已完成", null, null)).toList();
        submissions.submit(s.getId(), d, () -> null, Instant.now());
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T out = currentUser.asSystem(() -> {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            tx.commit();
            return out;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private static List<String> subjects(String address) throws Exception {
        return mails(address).stream().map(m -> m.getString("subject")).toList();
    }

    /** The messages GreenMail (started by the build) holds for {@code address}. */
    static List<JsonObject> mails(String address) throws Exception {
        String api = "http://127.0.0.1:" + System.getProperty("it.mail.api.port", "18025");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api + "/api/user/" + address + "/messages/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 404 || r.body().isBlank()) {
            return List.of();
        }
        assertEquals(200, r.statusCode(), r::body);
        return Json.createReader(new java.io.StringReader(r.body())).readArray().getValuesAs(JsonObject.class);
    }

    // ---------------------------------------------------------------- helpers

    private int org(String code) {
        return id(as("inspector"), "/api/organisations?size=500&q=" + code, "code", code);
    }

    private static int id(Http http, String query, String field, String value) {
        return http.get(query).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString(field).equals(value)).findFirst().orElseThrow().getInt("id");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".getBytes());
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- the formal report

    @Test
    @RunAsClient
    void theTimelinessReportComesFromLiveDataAsPdfExcelAndWord() throws Exception {
        Http jiaozuo = as("jiaozuo.bureau");
        int cycle = jiaozuo.get("/api/cycles").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("JZ-2019-IR-HALFYEAR")).findFirst().orElseThrow().getInt("id");
        byte[] pdf = jiaozuo.download("/api/reports/cycles/" + cycle + "/timeliness?format=pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            // the title in one piece (the cycle's name ends in 报送: not "报送报送"), however it wraps
            assertTrue(text.replace("\n", "").contains("焦作市工业结构调整落实情况半年报送及时性与排名情况"), text);
            assertTrue(text.contains("焦作市工业和信息化局") || text.contains("焦作市工业和信息化"), "the issuing organisation: " + text);
            assertTrue(text.contains("数据截至") && text.contains("jiaozuo.bureau"), "the data moment and who produced it");
            // the seed's story: Zhongzhan district missed 2020 H1 and comes last; 30 slots, 29 reported, 3 late, 1 missing
            String[] lines = text.split("\\R");
            String last = java.util.Arrays.stream(lines).filter(l -> l.matches("^\\d+ .*")).reduce((a, b) -> b).orElseThrow();
            assertTrue(last.startsWith("15 中站区"), "ranked last: " + last);
            assertTrue(text.contains("合计 30 29 26 3 1 96.7 86.7"), text);
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded(), "fonts embedded");
                }
            }
        }
        byte[] xlsx = jiaozuo.download("/api/reports/cycles/" + cycle + "/timeliness?format=xlsx");
        String sheet = Documents.entry(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<v>30</v>") || sheet.contains("<v>30.0</v>"), "the total as a number, as in the PDF");
        byte[] docx = as("jiaozuo.bureau").download("/api/reports/cycles/" + cycle + "/timeliness?format=docx&lang=en");
        assertTrue(Documents.entry(docx, "word/document.xml").contains("timeliness and ranking"));
        // only for those entitled: Wen County is a participant and sees only its own line; Shaanxi's office nothing
        byte[] wen = as("wen.county").download("/api/reports/cycles/" + cycle + "/timeliness?format=pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(wen)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("温县") && !text.contains("中站区"), text);
        }
        assertEquals(404, as("shaanxi.office").get("/api/reports/cycles/" + cycle + "/timeliness", "*/*").status());
    }

    /** Wen County's red tasks in a cycle's ranking, read from its PDF (the line "rank 温县 … red"). */
    private int wenRed(int cycle) throws Exception {
        byte[] pdf = as("jiaozuo.bureau").download("/api/reports/cycles/" + cycle + "/timeliness?format=pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            String line = java.util.Arrays.stream(text.split("\\R")).filter(l -> l.matches("^\\d+ 温县 .*")).findFirst()
                    .orElseThrow(() -> new AssertionError("no line of Wen County: " + text));
            String[] cells = line.trim().split("\\s+");
            return Integer.parseInt(cells[cells.length - 1]);
        }
    }

    /**
     * A cycle's ranking counts red tasks from its own reports only: Wen County reporting every task delayed in another
     * cycle of the same plan changes nothing in the half-year cycle's ranking, and shows in the other cycle's.
     */
    @Test
    @RunAsClient
    void aRankingCountsRedTasksFromItsOwnCycleOnly() throws Exception {
        Http jiaozuo = as("jiaozuo.bureau");
        int halfYear = jiaozuo.get("/api/cycles").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("JZ-2019-IR-HALFYEAR")).findFirst().orElseThrow().getInt("id");
        int before = wenRed(halfYear);
        int plan = jiaozuo.get("/api/plans?q=JZ-2019-IR").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("JZ-2019-IR")).findFirst().orElseThrow().getInt("id");
        int wen = jiaozuo.get("/api/organisations?q=410825").object().getJsonArray("items").getJsonObject(0).getInt("id");
        int reviewer = jiaozuo.get("/api/organisations?q=410800.IIT").object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("code").equals("410800.IIT")).findFirst().orElseThrow().getInt("id");
        LocalDate today = LocalDate.now(Shanghai.ZONE);
        Http.Reply created = jiaozuo.post("/api/cycles", Json.createObjectBuilder().add("code", "IT-RED-" + System.nanoTime())
                .add("planId", plan).add("nameZh", "红灯隔离测试").add("frequency", "SEMI_ANNUAL").add("dueDaysAfterPeriod", 10)
                .add("reviewerId", reviewer).add("firstPeriodStart", LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1).toString())
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", wen))).build().toString());
        assertEquals(201, created.status(), created::toString);
        int other = created.object().getInt("id");
        Http county = as("wen.county");
        JsonObject slot = county.get("/api/submissions/" + county.get("/api/submissions?cycle=" + other).object().getJsonArray("items")
                .getJsonObject(0).getInt("id")).object();
        JsonArrayBuilder reports = Json.createArrayBuilder();
        for (JsonObject r : slot.getJsonArray("taskReports").getValuesAs(JsonObject.class)) {
            reports.add(Json.createObjectBuilder().add("taskId", r.getInt("taskId")).add("status", "DELAYED").add("percentDone", 10)
                    .add("narrative", "全部滞后（测试）").add("delayExplanation", "资金未到位").add("correctiveAction", "申请专项资金")
                    .add("correctiveDue", today.plusMonths(2).toString()));
        }
        Http.Reply saved = county.put("/api/submissions/" + slot.getInt("id") + "/draft", Json.createObjectBuilder()
                .add("version", slot.getJsonNumber("version").longValue()).add("taskReports", reports).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        Http.Reply sent = county.post("/api/submissions/" + slot.getInt("id") + "/submit", decision(saved.object(), null));
        assertEquals(200, sent.status(), sent::toString);
        assertTrue(wenRed(other) > 0, "the delayed tasks count in their own cycle's ranking");
        assertEquals(before, wenRed(halfYear), "and not in the half-year cycle's");
    }
}
