package org.policytracker.platform.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policytracker.platform.io.Archives;

/**
 * Excel workbooks (.xlsx) for the data people exchange in spreadsheets — task lists, fill-in templates, exports —
 * written and read with Apache POI: written as a stream (SXSSF: text, numbers, a bold frozen header row), read with
 * whatever Excel, WPS or LibreOffice wrote (shared or inline strings, numbers, booleans, formulas' cached values). An
 * upload is checked within the archive limits ({@link Archives}) before POI opens it. Formal reports are
 * JasperReports' (docs/reports.md).
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A Content-Disposition for a download: an ASCII name for old clients, the UTF-8 name (Chinese) for the rest. */
    public static String disposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
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

    /** The workbook of {@code sheets}; the first row of each is its header (bold, frozen). */
    public static byte[] write(List<Sheet> sheets) {
        // 200 rows in memory per sheet, the rest streamed to a temporary file that closing removes
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // no Zip64 records: a workbook of this system is far below 4 GB, and every zip reader takes it so
            book.setZip64Mode(Zip64Mode.Never);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            for (Sheet s : sheets) {
                SXSSFSheet sheet = book.createSheet(s.name());
                sheet.createFreezePane(0, 1);
                for (int r = 0; r < s.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = s.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(printable(v.toString()));
                        }
                        if (r == 0) {
                            cell.setCellStyle(header);
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every non-empty cell of every sheet, sheet by sheet, row by row; an unreadable file is an IOException. */
    public static Map<String, List<Cell>> read(byte[] xlsx) throws IOException {
        // the archive's entries and sizes within the limits every upload keeps, before POI inflates anything
        if (!Archives.names(xlsx).contains("xl/workbook.xml")) {
            throw new IOException("not an Excel workbook: xl/workbook.xml missing");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, List<Cell>> out = new LinkedHashMap<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                List<Cell> cells = new ArrayList<>();
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        String text = text(c, c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType());
                        if (text != null && !text.isBlank()) {
                            cells.add(new Cell(sheet.getSheetName(), c.getRowIndex() + 1, c.getColumnIndex() + 1, text.strip()));
                        }
                    }
                }
                out.put(sheet.getSheetName(), cells);
            }
            return out;
        } catch (RuntimeException e) {
            // POI's refusals of a damaged or foreign file (NotOfficeXmlFileException, POIXMLException …) are unchecked
            throw new IOException("not a readable Excel workbook: " + e.getMessage(), e);
        }
    }

    /** A cell's value as text: numbers in plain notation (a date cell as Excel's day number), booleans TRUE / FALSE. */
    private static String text(org.apache.poi.ss.usermodel.Cell c, CellType type) {
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> null;
        };
    }

    public static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    /** Text as a cell can hold it: control characters other than tab and line breaks left out. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().filter(ch -> ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r').forEach(ch -> b.append((char) ch));
        return b.toString();
    }
}
