package org.policytracker.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.policytracker.importing.control.PlanDocument;

/** A Word plan read as the importer reads it: paragraphs in order, table cells one by one, breaks as spaces. */
class PlanDocumentTest {

    @Test
    void aWordDocumentIsReadAsItsParagraphsAndTableCellsInOrder() throws IOException {
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("陕西省工业废水循环利用实施方案");
            var run = d.createParagraph().createRun();
            run.setText("一、总体要求");
            run.addTab();
            run.setText("到2025年，");
            run.addBreak();
            run.setText("用水效率明显提升。");
            d.createParagraph(); // an empty paragraph: not a paragraph of the plan
            XWPFTable t = d.createTable(1, 2);
            t.getRow(0).getCell(0).setText("（一）推进企业内部循环利用");
            t.getRow(0).getCell(1).setText("牵头单位：省工业和信息化厅");
            d.createParagraph().createRun().setText("二、重点任务");
            d.write(out);
            docx = out.toByteArray();
        }
        PlanDocument doc = PlanDocument.of(docx);
        assertEquals(List.of("陕西省工业废水循环利用实施方案", "一、总体要求 到2025年， 用水效率明显提升。", "（一）推进企业内部循环利用",
                "牵头单位：省工业和信息化厅", "二、重点任务"), doc.paragraphs());
    }

    @Test
    void aZipThatIsNoWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a plan".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThrows(IOException.class, () -> PlanDocument.of(out.toByteArray()));
        // word/document.xml present but no Office package around it: POI's refusal comes out as the same IOException
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(broken)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThrows(IOException.class, () -> PlanDocument.of(broken.toByteArray()));
    }
}
