package org.policytracker.cases.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a published list of typical cases (seed 003: 序号, 单位名称, 行业, 所在省市, 典型模式, 典型做法,
 * 备注) from its text form: tab-separated rows, the header repeated on every page, and a row that a
 * page break cut in two continued on the next page by a line whose number column is empty — that
 * line is joined back to its row, column by column. Spaces that the page layout put between Chinese
 * characters ("纺织 印染", "2022 年试 点") are removed from the short columns.
 */
public final class CaseListParser {

    /** One row as published. */
    public record Row(int number, String unit, String industry, String province, String mode, String practice,
                      String remarks) {
    }

    /** A line the parser could not place, with its line number (for the import report). */
    public record Problem(int line, String text) {
    }

    public record Result(List<Row> rows, List<Problem> problems) {
    }

    private static final Pattern ROW = Pattern.compile("^\\s*(\\d{1,4})\\t.*");
    private static final Pattern CJK_GAP = Pattern.compile("\\s+(?=\\p{IsHan})|(?<=\\p{IsHan})\\s+");

    private CaseListParser() {
    }

    public static Result parse(String text) {
        List<String[]> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("序号")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (ROW.matcher(line).matches()) {
                String[] row = new String[7];
                for (int c = 0; c < 7; c++) {
                    row[c] = c < cells.length ? cells[c].strip() : "";
                }
                rows.add(row);
            } else if (line.startsWith("\t") && !rows.isEmpty()) {
                // the rest of the previous row, after a page break: append each non-empty cell to its column
                String[] row = rows.get(rows.size() - 1);
                for (int c = 1; c < Math.min(7, cells.length); c++) {
                    String more = cells[c].strip();
                    if (!more.isEmpty()) {
                        row[c] = row[c].isEmpty() ? more : row[c] + more;
                    }
                }
            } else if (!rows.isEmpty()) {
                problems.add(new Problem(i + 1, line.strip()));
            }
            // lines before the first row are the document's title ("附件", "2024 年…名单（公示稿）")
        }
        List<Row> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(new Row(Integer.parseInt(r[0].strip()), tight(r[1]), tight(r[2]), tight(r[3]), tight(r[4]), r[5].strip(),
                    tight(r[6])));
        }
        return new Result(out, problems);
    }

    /** Removes layout spaces between Chinese characters. */
    static String tight(String s) {
        return CJK_GAP.matcher(s.strip()).replaceAll("");
    }
}
