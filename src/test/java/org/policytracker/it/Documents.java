package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading the reports the way a reader would: PDF text (PDFBox), Excel rows, Word text. */
final class Documents {

    private Documents() {
    }

    /** The PDF's text; also checks that every font it uses is embedded. */
    static String pdf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text with all white space removed, so that phrases wrapped over lines still match. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** How many charts (form XObjects: the charts are drawn as vector graphics) the PDF has. */
    static int charts(byte[] pdf) throws Exception {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject) {
                        n++;
                    }
                }
            }
        }
        return n;
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

    /** The rows of the first sheet, each the non-empty cells in order: a String for text, a Double for a number cell. */
    static List<List<Object>> excel(byte[] xlsx) throws Exception {
        List<String> strings = new ArrayList<>();
        Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(entry(xlsx, "xl/sharedStrings.xml"));
        while (si.find()) {
            StringBuilder b = new StringBuilder();
            Matcher t = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL).matcher(si.group(1));
            while (t.find()) {
                b.append(t.group(1));
            }
            strings.add(b.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
        }
        List<List<Object>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<row [^>]*>(.*?)</row>", Pattern.DOTALL).matcher(entry(xlsx, "xl/worksheets/sheet1.xml"));
        while (row.find()) {
            List<Object> cells = new ArrayList<>();
            Matcher c = Pattern.compile("<c ([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL).matcher(row.group(1));
            while (c.find()) {
                Matcher v = Pattern.compile("<v>(.*?)</v>").matcher(c.group(2) == null ? "" : c.group(2));
                if (v.find()) {
                    cells.add(c.group(1).contains("t=\"s\"") ? strings.get(Integer.parseInt(v.group(1))) : (Object) Double.valueOf(v.group(1)));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The number in the Excel row whose first cell is {@code label}. */
    static double excelFigure(List<List<Object>> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.get(0)) && r.size() > 1 && r.get(1) instanceof Double)
                .map(r -> (Double) r.get(1)).findFirst().orElseThrow(() -> new AssertionError("no Excel row " + label + ": " + rows));
    }

    /** The number after {@code label} in the PDF's text (figures are printed as "label value unit"). */
    static double pdfFigure(String text, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + " ([0-9.]+) ").matcher(text);
        assertTrue(m.find(), "no PDF line " + label + ": " + text);
        return Double.parseDouble(m.group(1));
    }
}
