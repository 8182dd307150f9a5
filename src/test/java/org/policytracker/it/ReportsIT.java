package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policytracker.it.Documents.excel;
import static org.policytracker.it.Documents.excelFigure;
import static org.policytracker.it.Documents.flat;
import static org.policytracker.it.Documents.pdf;
import static org.policytracker.it.Documents.pdfFigure;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The formal reports on the demo data, read back as a reader would: the text of the PDF (PDFBox)
 * holds the Chinese titles, the seeds' numbers and the right counts in embedded fonts; the Excel
 * cells hold the same numbers as the PDF; Word has the text; each user gets only what they may see.
 * Other test classes add data to the shared database, so every figure checked here belongs to the
 * demo's plans, periods and years, which those classes leave alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    @ArquillianResource
    URL base;

    private Http as(String user) {
        return Http.as(base, user, "en");
    }

    private int plan(Http who, String code) {
        return who.get("/api/plans?q=" + code).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    private static int shaanxi(Http who) {
        return who.get("/api/organisations?q=610000&size=5").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals("610000")).findFirst().orElseThrow().getInt("id");
    }

    private int park(Http who, String code) {
        return who.get("/api/parks?q=" + code).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    /** The figures of the overview are the same numbers in the PDF and in Excel. */
    private static void sameFigures(String pdfText, List<List<Object>> rows, List<String> labels) {
        for (String label : labels) {
            assertEquals(pdfFigure(pdfText, label), excelFigure(rows, label), 1e-9, label + " in PDF and Excel");
        }
    }

    // ---------------------------------------------------------------- 3. semi-annual summary of a municipal plan

    @Test
    void theJiaozuoBureauCompilesItsHalfYearSummaryForTheMunicipalGovernment() throws Exception {
        Http bureau = as("jiaozuo.bureau");
        int jz = plan(bureau, "JZ-2019-IR");
        byte[] report = bureau.download("/api/reports/plans/" + jz + "/summary?period=2020-H1");
        String text = pdf(report);
        String flat = flat(text);
        assertTrue(flat.contains("《焦作市推进工业结构调整打赢污染防治攻坚战实施方案（2019—2020年）》2020年上半年落实情况总结"), text);
        assertTrue(flat.startsWith("焦作市："), "addressed to the city above the bureau: " + text);
        assertTrue(flat.contains("焦作市工业和信息化局") && flat.contains("数据截至") && flat.contains("jiaozuo.bureau"),
                "issuer, the data moment and who produced it");
        // the demo's first half of 2020: 15 reports due, Wen County 3 days late, Zhongzhan district missing
        assertEquals(15, pdfFigure(text, "本期应报送"));
        assertEquals(13, pdfFigure(text, "按时报送"));
        assertEquals(1, pdfFigure(text, "逾期报送"));
        assertEquals(1, pdfFigure(text, "未报送"));
        assertEquals(86.7, pdfFigure(text, "按时率"));
        String late = flat.substring(flat.indexOf("四、逾期和未报送情况"), flat.indexOf("五、存在的困难问题和整改措施"));
        assertTrue(late.contains("中站区2020-H12020-07-10—") && late.contains("温县2020-H12020-07-102020-07-1309:05"), late);
        // coal consumption: 15.02 Mt reported for 2019 against the 2019 cap of 15.18; the 2020 figure is half a year's
        assertTrue(flat.contains("煤炭消费总量(≤)焦作市百万吨15.18201915.022019-H2（报送1/15）已达到"), text);
        assertTrue(flat.contains("14.520207.212020-H1（年内）（报送1/15）年度数据未完整"), text);
        // the delayed VOCs task carries its reason and corrective action into the summary
        assertTrue(flat.contains("受新冠肺炎疫情影响") && flat.contains("整改措施：实行周调度"), text);

        List<List<Object>> rows = excel(bureau.download("/api/reports/plans/" + jz + "/summary?period=2020-H1&format=xlsx"));
        sameFigures(text, rows, List.of("任务总数", "推进中任务", "滞后任务", "红灯任务", "本期应报送", "按时报送", "逾期报送", "报送率", "按时率"));
        String word = Documents.entry(bureau.download("/api/reports/plans/" + jz + "/summary?period=2020-H1&format=docx"),
                "word/document.xml");
        assertTrue(word.contains("2020年上半年落实情况总结") && word.contains("中站区"), "the Word document has the text");

        String english = flat(pdf(bureau.download("/api/reports/plans/" + jz + "/summary?period=2020-H1&lang=en")));
        assertTrue(english.contains("Implementationsummary") && english.contains("firsthalfof2020"), english);

        // the latest period already due is the default; an unknown period is refused with the periods there are
        assertTrue(flat(pdf(bureau.download("/api/reports/plans/" + jz + "/summary"))).contains("2020年上半年落实情况总结"));
        Http.Reply unknown = bureau.get("/api/reports/plans/" + jz + "/summary?period=2031-H1", "*/*");
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.contentType().startsWith("application/problem+json") && unknown.body().contains("2019-H2, 2020-H1"),
                unknown::toString);
        // Wen County, one of the participants, sees its own answers only; Shaanxi does not see Jiaozuo's plan
        String wen = flat(pdf(as("wen.county").download("/api/reports/plans/" + jz + "/summary?period=2020-H1")));
        assertTrue(wen.contains("温县推进中") && !wen.contains("中站区推进中") && wen.contains("本期应报送1份"), wen);
        // and says it holds part of the plan
        assertTrue(wen.contains("规划共有任务100项，本报告含其中"), wen);
        assertEquals(404, as("shaanxi.office").get("/api/reports/plans/" + jz + "/summary", "*/*").status());
    }

    // ---------------------------------------------------------------- 2. annual summary of a provincial plan

    @Test
    void theProvinceSummarisesItsPlansYear() throws Exception {
        Http office = as("shaanxi.office");
        int sn = plan(office, "SN-2024-IWR");
        byte[] report = office.download("/api/reports/plans/" + sn + "/summary?period=2024");
        String text = pdf(report);
        String flat = flat(text);
        assertTrue(flat.contains("《陕西省推进工业废水循环利用提升工业水效实施方案》2024年度实施情况总结"), text);
        // twelve cities report yearly: Yan'an 2 and Shangluo 5 days late, Yulin missing
        assertEquals(12, pdfFigure(text, "本期应报送"));
        assertEquals(9, pdfFigure(text, "按时报送"));
        assertEquals(2, pdfFigure(text, "逾期报送"));
        assertEquals(1, pdfFigure(text, "未报送"));
        assertTrue(flat.contains("榆林市20242025-01-15—") && flat.contains("延安市20242025-01-152025-01-1711:30"), text);
        // every task with its number, lead unit, status and light, and each city's answer
        assertTrue(flat.contains("II/(I)/1调整优化高耗水行业结构和布局"), text);
        assertTrue(flat.contains("西安市工业和信息化局推进中45绿灯西安市已完成重点用水企业水效对标"), text);
        // planned water use coverage: Xi'an's 92.5 % against the province's 100 % by 2025 — one city of twelve, and says so
        assertTrue(flat.contains("陕西省%100202592.52024（报送1/12）尚未达到"), text);
        List<List<Object>> rows = excel(office.download("/api/reports/plans/" + sn + "/summary?period=2024&format=xlsx"));
        sameFigures(text, rows, List.of("任务总数", "本期应报送", "按时报送", "逾期报送", "未报送", "报送率", "按时率"));
        // Xi'an's bureau sees its own report, not the other cities'
        String xian = flat(pdf(as("xian.bureau").download("/api/reports/plans/" + sn + "/summary?period=2024")));
        assertTrue(xian.contains("本期应报送1份") && !xian.contains("榆林市") && !xian.contains("铜川市推进中"), xian);
    }

    // ---------------------------------------------------------------- 5. indicator attainment with a chart

    @Test
    void indicatorAttainmentComesWithAChartPerTarget() throws Exception {
        Http bureau = as("jiaozuo.bureau");
        int jz = plan(bureau, "JZ-2019-IR");
        byte[] report = bureau.download("/api/reports/plans/" + jz + "/indicators");
        String flat = flat(pdf(report));
        assertTrue(flat.contains("主要指标完成情况") && flat.contains("煤炭消费总量(≤)焦作市百万吨15.18201915.022019-H2（报送1/15）已达到"), flat);
        // a relative target reads in Chinese where no value is stated (energy per value added: −23 % against 2015)
        assertTrue(flat.contains("吨标准煤/万元较2015年下降23%2020"), flat);
        int targets = bureau.get("/api/plans/" + jz + "/targets").array().size();
        assertTrue(targets >= 17, "the plan's targets: " + targets);
        assertEquals(targets, Documents.charts(report), "one chart per target");
        byte[] xlsx = bureau.download("/api/reports/plans/" + jz + "/indicators?format=xlsx");
        assertTrue(Documents.entry(xlsx, "[Content_Types].xml").contains("image/png"), "the charts are pictures in Excel");
        assertTrue(excel(xlsx).stream().anyMatch(r -> r.contains(15.02) && r.contains(15.18)), "the 2019 coal row holds numbers");
        assertTrue(Documents.entry(bureau.download("/api/reports/plans/" + jz + "/indicators?format=docx"), "word/document.xml")
                .contains("煤炭消费总量"));
    }

    // ---------------------------------------------------------------- 1. provincial park summary to NDRC and MIIT

    @Test
    void theProvincialParkSummaryGoesToNdrcAndMiitWithTotals() throws Exception {
        Http office = as("shaanxi.office");
        byte[] report = office.download("/api/reports/parks/summary?year=2024");
        String text = pdf(report);
        String flat = flat(text);
        assertTrue(flat.startsWith("国家发展改革委环资司、工业和信息化部节能司：陕西省2024年度园区循环化改造工作总结"), text);
        // three parks on Shaanxi's 2022 list; the ETDZ's plan approved with 4 projects, 55 300 (10 000 yuan) planned,
        // 20 100 executed in 2023 and 19 600 in 2024; its 2024 report came 3 days late
        assertEquals(3, pdfFigure(text, "列入名单园区"));
        assertEquals(1, pdfFigure(text, "实施方案已批复"));
        assertEquals(4, pdfFigure(text, "已批复方案项目数"));
        assertEquals(2, pdfFigure(text, "已完成项目"));
        assertEquals(55300, pdfFigure(text, "计划总投资"));
        assertEquals(19600, pdfFigure(text, "2024年完成投资"));
        assertEquals(39700, pdfFigure(text, "截至2024年底累计完成投资"));
        assertEquals(71.8, pdfFigure(text, "投资完成率"));
        assertEquals(1, pdfFigure(text, "逾期报送"));
        assertEquals(3, pdfFigure(text, "进度滞后园区"));
        assertTrue(flat.contains("西安经济技术开发区国家级已批复逾期3天2022-09-28滞后425530039700"), text);
        assertTrue(flat.contains("宝鸡高新技术产业开发区国家级未报送") && flat.contains("西安高新技术产业开发区国家级审核中"), text);
        assertTrue(flat.contains("节能量吨标准煤合计15200013890074.8"), "expected against actual energy saved, units in Chinese: " + text);
        assertTrue(flat.contains("以再生水替代新水用于工业冷却"), "typical experience");
        assertTrue(flat.contains("固废资源化利用中心用地手续办理周期较长"), "difficulties");
        List<List<Object>> rows = excel(office.download("/api/reports/parks/summary?year=2024&format=xlsx"));
        sameFigures(text, rows, List.of("列入名单园区", "实施方案已批复", "计划总投资", "2024年完成投资", "截至2024年底累计完成投资",
                "投资完成率", "进度滞后园区"));
        assertTrue(Documents.entry(office.download("/api/reports/parks/summary?year=2024&format=docx"), "word/document.xml")
                .contains("园区循环化改造工作总结"));
        String english = flat(pdf(office.download("/api/reports/parks/summary?year=2024&lang=en")));
        assertTrue(english.contains("DepartmentofResourceConservationandEnvironmentalProtection,NDRC"), english);
        // the national agencies read issued copies only; a park committee does not make the province's summary
        assertEquals(403, as("ndrc.reader").get("/api/reports/parks/summary?year=2024", "*/*").status());
        String audited = flat(pdf(as("inspector").download("/api/reports/parks/summary?year=2024&province=" + shaanxi(office))));
        assertTrue(audited.contains("陕西省2024年度园区循环化改造工作总结") && audited.contains("西安经济技术开发区"), audited);
        Http.Reply refused = as("xetdz.committee").get("/api/reports/parks/summary?year=2024", "*/*");
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
    }

    // ---------------------------------------------------------------- 6. one park

    @Test
    void oneParksPlanAndItsProgress() throws Exception {
        Http committee = as("xetdz.committee");
        int xetdz = park(committee, "SN-XETDZ");
        byte[] report = committee.download("/api/reports/parks/" + xetdz + "/progress?year=2024");
        String flat = flat(pdf(report));
        assertTrue(flat.contains("西安经济技术开发区循环化改造实施方案及2024年度进展情况"), flat);
        // P1 the reclaimed-water project: 18 500 planned, 6 200 in 2024, 14 000 to date, 75.7 %, completed
        assertTrue(flat.contains("P1园区再生水利用工程资源高效利用2022-06—2024-06已完成1850062001400075.7"), flat);
        assertTrue(flat.contains("合计55300196003970071.8"), flat);
        assertTrue(flat.contains("20232023-12-2615:40按时已通过") && flat.contains("20242025-01-0309:30逾期3天已通过"), flat);
        List<List<Object>> rows = excel(committee.download("/api/reports/parks/" + xetdz + "/progress?year=2024&format=xlsx"));
        assertTrue(rows.stream().anyMatch(r -> r.containsAll(List.of("P1", 18500.0, 6200.0, 14000.0, 75.7))), rows.toString());
        // the province's plan office reads it; another park's committee does not see it exists
        assertEquals(200, as("shaanxi.office").get("/api/reports/parks/" + xetdz + "/progress?year=2024", "*/*").status());
        assertEquals(404, as("xahtz.committee").get("/api/reports/parks/" + xetdz + "/progress?year=2024", "*/*").status());
    }

    // ---------------------------------------------------------------- issued reports

    /**
     * An issued report never changes: the Jiaozuo office issues the ranking of a cycle of its own (Wen County obliged
     * from 2024-H1), every file downloads byte for byte with the SHA-256 it was issued with, the PDF is PDF/A-2b (veraPDF)
     * and carries its number; Wen County then sends a report, the live ranking changes, the issued copy does not, and
     * issuing again gives the next number with the figures that changed.
     */
    @Test
    void anIssuedReportNeverChangesAndTheNextIssueSaysWhatDid() throws Exception {
        Http jiaozuo = as("jiaozuo.bureau");
        int plan = plan(jiaozuo, "JZ-2019-IR");
        int wen = jiaozuo.get("/api/organisations?q=410825").object().getJsonArray("items").getJsonObject(0).getInt("id");
        int reviewer = jiaozuo.get("/api/organisations?q=410800.IIT").object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("code").equals("410800.IIT")).findFirst().orElseThrow().getInt("id");
        Http.Reply created = jiaozuo.post("/api/cycles", jakarta.json.Json.createObjectBuilder().add("code", "IT-ISSUE-" + System.nanoTime())
                .add("planId", plan).add("nameZh", "印发测试周期").add("frequency", "SEMI_ANNUAL").add("dueDaysAfterPeriod", 10)
                .add("reviewerId", reviewer).add("firstPeriodStart", "2024-01-01")
                .add("participants", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("organisationId", wen)))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        int cycle = created.object().getInt("id");
        String issue = jakarta.json.Json.createObjectBuilder().add("kind", "TIMELINESS").add("subjectId", cycle).add("language", "zh")
                .build().toString();

        // only the office the report names as issuer (the cycle's reviewer) issues it
        Http.Reply notTheirs = as("shaanxi.office").post("/api/reports/issued", issue);
        assertEquals(404, notTheirs.status(), "another province's office does not see the cycle: " + notTheirs);
        Http.Reply county = as("wen.county").post("/api/reports/issued", issue);
        assertEquals(403, county.status(), county::toString);
        assertTrue(county.contentType().startsWith("application/problem+json"));

        Http.Reply first = jiaozuo.post("/api/reports/issued", issue);
        assertEquals(201, first.status(), first::toString);
        JsonObject one = first.object();
        String number = one.getString("documentNumber");
        assertTrue(number.matches("焦工信〔\\d{4}〕\\d+号"), number);
        assertTrue(one.getJsonArray("changes").isEmpty() && one.isNull("previousNumber"), "a first issue: " + one);
        assertEquals(List.of("PDF", "XLSX", "DOCX"), one.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("format")).toList());
        java.util.Map<String, byte[]> issued = new java.util.HashMap<>();
        for (JsonObject f : one.getJsonArray("files").getValuesAs(JsonObject.class)) {
            byte[] bytes = jiaozuo.download("/api/" + f.getString("href"));
            assertEquals(f.getString("sha256"), sha256(bytes), f.getString("format") + " downloads as issued");
            assertEquals(f.getJsonNumber("size").longValue(), bytes.length);
            issued.put(f.getString("format"), bytes);
        }
        String text = flat(pdf(issued.get("PDF")));
        assertTrue(text.contains(number) && text.contains("印发测试周期"), "the number is printed on the copy: " + text);
        assertEquals("", org.policytracker.reports.PdfA.violationsOf2b(issued.get("PDF")), "veraPDF: PDF/A-2b");
        // Wen County obliged for 2024-H1 … 2026-H1: five half-years due, none sent
        List<List<Object>> sheet = excel(issued.get("XLSX"));
        assertTrue(sheet.stream().anyMatch(r -> r.contains("合计") && r.contains(5.0)), "due in the issued Excel: " + sheet);

        // the data changes: Wen County sends its 2024-H1 report (late)
        Http wenCounty = as("wen.county");
        JsonObject slot = wenCounty.get("/api/submissions?cycle=" + cycle + "&size=50").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("period").equals("2024-H1")).findFirst().orElseThrow();
        slot = wenCounty.get("/api/submissions/" + slot.getInt("id")).object();
        jakarta.json.JsonArrayBuilder answers = jakarta.json.Json.createArrayBuilder();
        for (JsonObject r : slot.getJsonArray("taskReports").getValuesAs(JsonObject.class)) {
            answers.add(jakarta.json.Json.createObjectBuilder().add("taskId", r.getInt("taskId")).add("status", "DELAYED")
                    .add("percentDone", 50).add("narrative", "部分推进（印发测试）").add("delayExplanation", "资金未到位")
                    .add("correctiveAction", "申请专项资金").add("correctiveDue", "2027-03-31"));
        }
        Http.Reply saved = wenCounty.put("/api/submissions/" + slot.getInt("id") + "/draft", jakarta.json.Json.createObjectBuilder()
                .add("version", slot.getJsonNumber("version").longValue()).add("taskReports", answers).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        Http.Reply sent = wenCounty.post("/api/submissions/" + slot.getInt("id") + "/submit", jakarta.json.Json.createObjectBuilder()
                .add("version", saved.object().getJsonNumber("version").longValue()).add("latenessReason", "补报 2024 年上半年材料。")
                .build().toString());
        assertEquals(200, sent.status(), sent::toString);

        // the issued copy is unchanged, for its office and for the auditor alike
        for (JsonObject f : one.getJsonArray("files").getValuesAs(JsonObject.class)) {
            assertEquals(f.getString("sha256"), sha256(jiaozuo.download("/api/" + f.getString("href"))));
            assertEquals(f.getString("sha256"), sha256(as("inspector").download("/api/" + f.getString("href"))));
        }
        assertEquals(404, as("ndrc.reader").get("/api/reports/issued/" + one.getInt("id")).status(),
                "a ranking is not addressed to the national agencies");
        // issuing again: the next number, and the figures that changed (one report sent, late)
        JsonObject two = jiaozuo.post("/api/reports/issued", issue).object();
        String next = two.getString("documentNumber");
        assertEquals(serial(number) + 1, serial(next), number + " then " + next);
        assertEquals(number, two.getString("previousNumber"));
        java.util.Map<String, String> changed = new java.util.HashMap<>();
        two.getJsonArray("changes").getValuesAs(JsonObject.class).forEach(c -> changed.put(c.getString("figure"),
                c.getString("before") + "→" + c.getString("after")));
        assertEquals("0→1", changed.get("合计 · 已报"), changed.toString());
        assertEquals("0→1", changed.get("合计 · 逾期"), changed.toString());
        assertEquals("5→4", changed.get("合计 · 未报"), changed.toString());
        assertFalse(changed.containsKey("合计 · 应报"), "what did not change is not listed: " + changed);
        // the issue is in the audit trail, under its office's user
        JsonObject audit = as("inspector").get("/api/audit?entityType=issued-report&entityId=" + two.getInt("id")).object();
        assertEquals(1, audit.getInt("total"), audit::toString);
    }

    private static int serial(String number) {
        return Integer.parseInt(number.replaceAll(".*〕(\\d+)号$", "$1"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
