package org.policytracker.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.reports.control.AttainmentReport;
import org.policytracker.reports.control.Lines;
import org.policytracker.reports.control.ReportEngine;
import org.policytracker.reports.control.ReportService;

/** The template compiles once, and its PDF carries selectable Chinese in an embedded font; its Excel numbers are numbers. */
class ReportEngineTest {

    static Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", "焦作市工业结构调整落实情况半年报送及时性与排名");
        p.put("SUBTITLE", "2019年下半年—2020年上半年");
        p.put("ADDRESSEE", "焦作市人民政府：");
        p.put("ISSUER", "焦作市工业和信息化局");
        p.put("ISSUE_DATE", "2026年11月28日");
        p.put("DATA_AS_OF", "数据截至 2026-11-28 15:00（北京时间）");
        for (String k : List.of("RANK", "ORG", "DUE", "SUBMITTED", "ON_TIME", "LATE", "MISSING", "REPORTING_RATE", "ON_TIME_RATE", "RED", "TOTAL")) {
            p.put("L_" + k, "列" + k);
        }
        p.put("L_RANK", "排名");
        p.put("L_ORG", "单位");
        p.put("L_PAGE", "第 {0} 页");
        p.put("TOTAL_DUE", 28);
        p.put("TOTAL_SUBMITTED", 27);
        p.put("TOTAL_ON_TIME", 24);
        p.put("TOTAL_LATE", 3);
        p.put("TOTAL_MISSING", 1);
        p.put("TOTAL_REPORTING_RATE", 96.4);
        p.put("TOTAL_ON_TIME_RATE", 85.7);
        p.put("TOTAL_RED", 1);
        return p;
    }

    static List<ReportService.RankLine> rows() {
        List<ReportService.RankLine> rows = new ArrayList<>();
        String[] orgs = {"焦作市发展和改革委员会", "博爱县人民政府", "中站区人民政府"};
        for (int i = 0; i < orgs.length; i++) {
            rows.add(new ReportService.RankLine(i + 1, orgs[i], 2, i == 2 ? 1 : 2, 2 - i, i == 1 ? 1 : 0, i == 2 ? 1 : 0,
                    i == 2 ? 50.0 : 100.0, i == 0 ? 100.0 : 50.0, i == 2 ? 1 : 0));
        }
        return rows;
    }

    @Test
    void aPdfWithEmbeddedChineseAndAnExcelWithNumbers() throws Exception {
        ReportEngine engine = new ReportEngine();
        assertSame(engine.template("timeliness-ranking"), engine.template("timeliness-ranking"), "compiled once");
        byte[] pdf = engine.render("timeliness-ranking", parameters(), rows(), ReportEngine.Format.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("焦作市工业结构调整落实情况半年报送及时性与排名"), text);
            assertTrue(text.contains("博爱县人民政府") && text.contains("96.4") && text.contains("第 1 页"), text);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches(".*(NotoSansSC|NotoSerifSC|LXGWWenKai).*"), font.getName());
                }
            }
        }
        assertEquals("", PdfA.violationsOf2b(pdf), "veraPDF finds the PDF PDF/A-2b");
        byte[] xlsx = engine.render("timeliness-ranking", parameters(), rows(), ReportEngine.Format.XLSX);
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        // the total of due slots (28) and a rate (96.4) are number cells, not text
        assertEquals(List.of(28.0, 96.4), numberCells(sheet).stream().filter(v -> v == 28.0 || v == 96.4).distinct().sorted().toList(),
                sheet.substring(0, Math.min(3000, sheet.length())));
        assertTrue(entry(xlsx, "xl/sharedStrings.xml").contains("博爱县人民政府"), "the names are there as text");
        byte[] docx = engine.render("timeliness-ranking", parameters(), rows(), ReportEngine.Format.DOCX);
        assertTrue(entry(docx, "word/document.xml").contains("博爱县人民政府"));
    }

    @Test
    void everyTemplateCompiles() throws Exception {
        ReportEngine engine = new ReportEngine();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("reports"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jrxml"))
                    .map(n -> n.substring(0, n.length() - ".jrxml".length())).sorted().toList();
            assertEquals(names, ReportEngine.TEMPLATES.stream().sorted().toList(), "the engine warms up every template there is");
            for (String n : names) {
                assertEquals(n, engine.template(n).getName(), "reports/" + n + ".jrxml compiles");
            }
        }
    }

    @Test
    void theAttainmentChartIsDrawnPerTarget() throws Exception {
        ReportEngine engine = new ReportEngine();
        Map<String, Object> p = parameters();
        p.put("L_ACTUAL", "实际值");
        p.put("L_TARGET", "目标值");
        p.put("L_BASELINE", "基期值");
        Lines lines = new Lines();
        lines.section("一、指标完成情况总览");
        for (String key : List.of("T1", "T2")) {
            lines.add(new AttainmentReport.TargetTitle("煤炭消费总量（≤）" + key, "控制在1450万吨以内", key));
            lines.add(new AttainmentReport.PointHead(key));
            lines.add(new AttainmentReport.PointLine("2019", new BigDecimal("15.02"), "2019-H2", new BigDecimal("14.5"), null, 1, key));
            lines.add(new AttainmentReport.PointLine("2020", new BigDecimal("7.21"), "2020-H1", new BigDecimal("14.5"), null, 1, key));
        }
        byte[] pdf = engine.render("indicator-attainment", p, lines.rows(), ReportEngine.Format.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("煤炭消费总量（≤）T1") && text.contains("煤炭消费总量（≤）T2") && text.contains("15.02"), text);
            // the column heads come from the messages, in the report's language (Chinese when none is given)
            assertTrue(text.contains(Messages.get(java.util.Locale.CHINA, "report.col.reporters")), text);
            // one chart per target, drawn as vector graphics (a form XObject each)
            int charts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                        charts++;
                    }
                }
            }
            assertEquals(2, charts, "a chart for each of the two targets, none for the overview");
        }
        assertEquals("", PdfA.violationsOf2b(pdf), "with its charts, still PDF/A-2b");
        byte[] xlsx = engine.render("indicator-attainment", p, lines.rows(), ReportEngine.Format.XLSX);
        assertTrue(numberCells(entry(xlsx, "xl/worksheets/sheet1.xml")).contains(15.02));
        assertTrue(entry(xlsx, "[Content_Types].xml").contains("image/png"), "the charts are pictures in Excel");
    }

    /** The values of the cells of a sheet that are numbers (no string type attribute). */
    static List<Double> numberCells(String sheet) {
        List<Double> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<c ([^>]*)><v>([^<]*)</v></c>").matcher(sheet);
        while (m.find()) {
            if (!m.group(1).matches(".*\\bt=\"(s|str|inlineStr)\".*")) {
                out.add(Double.valueOf(m.group(2)));
            }
        }
        return out;
    }

    static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
