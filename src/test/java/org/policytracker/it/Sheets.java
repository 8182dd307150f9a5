package org.policytracker.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policytracker.platform.excel.Xlsx;

/** Workbooks as a person edits them in Excel: cells by sheet, row and column (1-based), changed, and saved again. */
final class Sheets {

    /** sheet → row → column → text */
    static final class Book extends LinkedHashMap<String, TreeMap<Integer, TreeMap<Integer, String>>> {
        TreeMap<Integer, TreeMap<Integer, String>> sheet(String name) {
            return computeIfAbsent(name, k -> new TreeMap<>());
        }

        /** The workbook as Excel would save it: every sheet, rows 1 to the last, as wide as its widest row. */
        byte[] write() {
            List<Xlsx.Sheet> sheets = new ArrayList<>();
            forEach((name, rows) -> {
                int width = rows.values().stream().mapToInt(r -> r.isEmpty() ? 0 : r.lastKey()).max().orElse(0);
                List<List<Object>> out = new ArrayList<>();
                for (int r = 1; !rows.isEmpty() && r <= rows.lastKey(); r++) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= width; c++) {
                        row.add(rows.getOrDefault(r, new TreeMap<>()).get(c));
                    }
                    out.add(row);
                }
                sheets.add(new Xlsx.Sheet(name, out));
            });
            return Xlsx.write(sheets);
        }
    }

    private Sheets() {
    }

    static Book read(byte[] xlsx) {
        try {
            Book book = new Book();
            for (Map.Entry<String, List<Xlsx.Cell>> e : Xlsx.read(xlsx).entrySet()) {
                TreeMap<Integer, TreeMap<Integer, String>> rows = book.sheet(e.getKey());
                e.getValue().forEach(c -> rows.computeIfAbsent(c.row(), k -> new TreeMap<>()).put(c.column(), c.text()));
            }
            return book;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
