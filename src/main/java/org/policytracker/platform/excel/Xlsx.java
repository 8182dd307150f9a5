package org.policytracker.platform.excel;

import org.policytracker.platform.io.Archives;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Excel workbooks (.xlsx, Office Open XML) for the data people exchange in spreadsheets — task lists,
 * fill-in templates — written and read without a library: text as inline strings, numbers as numbers,
 * a bold header row, frozen; reading takes what Excel, WPS or LibreOffice write (shared strings, inline
 * strings, numbers, booleans, formulas' cached values). Formal reports are JasperReports' (docs/reports.md).
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A Content-Disposition for a download: an ASCII name for old clients, the UTF-8 name (Chinese) for the rest. */
    public static String disposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A sheet to write: its name, and rows of cells (String, Number, or null). */
    public record Sheet(String name, List<List<Object>> rows) {
    }

    /** A cell as read: its text (numbers in plain notation), sheet, row and column (1-based, as Excel shows them). */
    public record Cell(String sheet, int row, int column, String text) {
        /** "B7" */
        public String reference() {
            return columnName(column) + row;
        }
    }

    private Xlsx() {
    }

    public static byte[] write(List<Sheet> sheets) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
                StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
                StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
                for (int i = 0; i < sheets.size(); i++) {
                    int n = i + 1;
                    types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                    book.append("<sheet name=\"").append(escape(sheets.get(i).name())).append("\" sheetId=\"").append(n)
                            .append("\" r:id=\"rId").append(n).append("\"/>");
                    rels.append("<Relationship Id=\"rId").append(n)
                            .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                            .append(n).append(".xml\"/>");
                    put(zip, "xl/worksheets/sheet" + n + ".xml", sheet(sheets.get(i)));
                }
                rels.append("<Relationship Id=\"rId").append(sheets.size() + 1)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
                put(zip, "[Content_Types].xml", types.append("</Types>").toString());
                put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
                put(zip, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
                put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
                put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                        + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                        + "<cellXfs count=\"3\"><xf/><xf fontId=\"1\" applyFont=\"1\"/><xf applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf></cellXfs>"
                        + "</styleSheet>");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sheet(Sheet s) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
                + "<sheetData>");
        for (int r = 0; r < s.rows().size(); r++) {
            b.append("<row r=\"").append(r + 1).append("\">");
            List<Object> row = s.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v == null) {
                    continue;
                }
                String ref = columnName(c + 1) + (r + 1);
                String style = r == 0 ? " s=\"1\"" : "";
                if (v instanceof Number n) {
                    String text = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
                    b.append("<c r=\"").append(ref).append("\"").append(style).append("><v>").append(text).append("</v></c>");
                } else {
                    b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"").append(style).append("><is><t xml:space=\"preserve\">")
                            .append(escape(v.toString())).append("</t></is></c>");
                }
            }
            b.append("</row>");
        }
        return b.append("</sheetData></worksheet>").toString();
    }

    /** Every non-empty cell of every sheet, sheet by sheet, row by row; an unreadable file is an IOException. */
    public static Map<String, List<Cell>> read(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = Archives.parts(xlsx,
                name -> name.startsWith("xl/") && name.endsWith(".xml") || name.endsWith(".rels"));
        if (!parts.containsKey("xl/workbook.xml")) {
            throw new IOException("not an Excel workbook: xl/workbook.xml missing");
        }
        List<String> shared = new ArrayList<>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            NodeList si = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagNameNS("*", "si");
            for (int i = 0; i < si.getLength(); i++) {
                shared.add(texts((Element) si.item(i)));
            }
        }
        Map<String, String> targets = new HashMap<>();
        if (parts.containsKey("xl/_rels/workbook.xml.rels")) {
            NodeList rs = xml(parts.get("xl/_rels/workbook.xml.rels")).getElementsByTagNameNS("*", "Relationship");
            for (int i = 0; i < rs.getLength(); i++) {
                Element r = (Element) rs.item(i);
                String t = r.getAttribute("Target");
                targets.put(r.getAttribute("Id"), t.startsWith("/") ? t.substring(1) : "xl/" + t);
            }
        }
        Map<String, List<Cell>> out = new LinkedHashMap<>();
        NodeList sheets = xml(parts.get("xl/workbook.xml")).getElementsByTagNameNS("*", "sheet");
        for (int i = 0; i < sheets.getLength(); i++) {
            Element s = (Element) sheets.item(i);
            String name = s.getAttribute("name");
            String rid = s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
            byte[] part = parts.get(targets.getOrDefault(rid, "xl/worksheets/sheet" + (i + 1) + ".xml"));
            List<Cell> cells = new ArrayList<>();
            if (part != null) {
                NodeList cs = xml(part).getElementsByTagNameNS("*", "c");
                for (int k = 0; k < cs.getLength(); k++) {
                    Element c = (Element) cs.item(k);
                    String ref = c.getAttribute("r");
                    String type = c.getAttribute("t");
                    String text;
                    if ("inlineStr".equals(type)) {
                        NodeList is = c.getElementsByTagNameNS("*", "is");
                        text = is.getLength() == 0 ? "" : texts((Element) is.item(0));
                    } else {
                        NodeList v = c.getElementsByTagNameNS("*", "v");
                        String raw = v.getLength() == 0 ? "" : v.item(0).getTextContent();
                        if ("s".equals(type)) {
                            int idx = Integer.parseInt(raw.strip());
                            text = idx < shared.size() ? shared.get(idx) : "";
                        } else if ("b".equals(type)) {
                            text = "1".equals(raw) ? "TRUE" : "FALSE";
                        } else if (type.isEmpty() || "n".equals(type)) {
                            text = raw.isBlank() ? "" : plain(raw);
                        } else {
                            text = raw;
                        }
                    }
                    if (text != null && !text.isBlank()) {
                        cells.add(new Cell(name, row(ref), column(ref), text.strip()));
                    }
                }
            }
            out.put(name, cells);
        }
        return out;
    }

    private static String plain(String number) {
        try {
            return new BigDecimal(number.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static String texts(Element e) {
        StringBuilder b = new StringBuilder();
        NodeList ts = e.getElementsByTagNameNS("*", "t");
        for (int i = 0; i < ts.getLength(); i++) {
            // phonetic runs (rPh) are not the text
            if (!"rPh".equals(ts.item(i).getParentNode().getLocalName())) {
                b.append(ts.item(i).getTextContent());
            }
        }
        return b.toString();
    }

    private static Document xml(byte[] bytes) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("not a readable Excel workbook: " + e.getMessage(), e);
        }
    }

    static int row(String ref) {
        return Integer.parseInt(ref.replaceAll("[A-Za-z]", ""));
    }

    static int column(String ref) {
        int c = 0;
        for (char ch : ref.replaceAll("[0-9]", "").toUpperCase().toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return c;
    }

    public static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
