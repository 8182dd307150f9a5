package org.policytracker.platform.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policytracker.platform.rest.InvalidRequestException;

/**
 * Reading an uploaded workbook cell by cell while collecting every bad cell — each named by sheet, row and
 * column ("Report!F7"), the place also the message's first argument — so that one upload answers every
 * problem at once and nothing is taken until the file is clean ({@link #check()}).
 */
public final class SheetReading {

    private final Map<String, List<Xlsx.Cell>> book;
    private final List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();

    private SheetReading(Map<String, List<Xlsx.Cell>> book) {
        this.book = book;
    }

    /** @throws InvalidRequestException ("file", excel.unreadable) for anything but a readable workbook */
    public static SheetReading of(byte[] xlsx) {
        try {
            Map<String, List<Xlsx.Cell>> book = Xlsx.read(xlsx == null ? new byte[0] : xlsx);
            if (book.isEmpty()) {
                throw new InvalidRequestException("file", "excel.unreadable");
            }
            return new SheetReading(book);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "excel.unreadable");
        }
    }

    /** The first sheet, whatever its name. */
    public Rows first() {
        String name = book.keySet().iterator().next();
        return new Rows(name, book.get(name));
    }

    /** The sheet of that name; a missing one is a problem (and an empty sheet is returned). */
    public Rows sheet(String name) {
        List<Xlsx.Cell> cells = book.get(name);
        if (cells == null) {
            problems.add(new InvalidRequestException.FieldProblem(name, "excel.sheet.missing", name));
            return new Rows(name, List.of());
        }
        return new Rows(name, cells);
    }

    /** Records a bad cell. */
    public void problem(Rows sheet, int row, int column, String key, Object... args) {
        String where = sheet.name + "!" + Xlsx.columnName(column) + row;
        Object[] all = new Object[args.length + 1];
        all[0] = where;
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(new InvalidRequestException.FieldProblem(where, key, all));
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** @throws InvalidRequestException with every problem recorded so far */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** A sheet's rows by number (1-based, as Excel shows them), each its non-empty cells by column. */
    public final class Rows {
        private final String name;
        private final TreeMap<Integer, Map<Integer, Xlsx.Cell>> rows = new TreeMap<>();

        Rows(String name, List<Xlsx.Cell> cells) {
            this.name = name;
            for (Xlsx.Cell c : cells) {
                rows.computeIfAbsent(c.row(), k -> new HashMap<>()).put(c.column(), c);
            }
        }

        public String name() {
            return name;
        }

        /** The numbers of the rows below the header (row 1) with any cell filled. */
        public List<Integer> dataRows() {
            return rows.keySet().stream().filter(r -> r > 1).toList();
        }

        /** The cell's text, stripped; null when empty. */
        public String text(int row, int column) {
            Map<Integer, Xlsx.Cell> r = rows.get(row);
            Xlsx.Cell c = r == null ? null : r.get(column);
            return c == null || c.text().isBlank() ? null : c.text().strip();
        }

        /** A text no longer than {@code max}; a longer one is a problem (and null). */
        public String text(int row, int column, int max) {
            String s = text(row, column);
            if (s != null && s.length() > max) {
                problem(this, row, column, "excel.tooLong", max);
                return null;
            }
            return s;
        }

        /** An ISO date or Excel's day number; anything else is a problem (and null). */
        public LocalDate date(int row, int column) {
            String s = text(row, column);
            if (s == null) {
                return null;
            }
            LocalDate d = SheetReading.date(s);
            if (d == null) {
                problem(this, row, column, "excel.date", s);
            }
            return d;
        }

        /** A number (a cell Excel stores as a number, or text like "1,234.5" / "12.5%"→12.5); else a problem (and null). */
        public BigDecimal number(int row, int column) {
            String s = text(row, column);
            if (s == null) {
                return null;
            }
            try {
                return new BigDecimal(s.replace(",", "").replace("，", "").replaceAll("\\s*[%％]$", "").strip());
            } catch (NumberFormatException e) {
                problem(this, row, column, "excel.number", s);
                return null;
            }
        }

        /** A whole number between min and max; else a problem (and null). */
        public Integer whole(int row, int column, int min, int max) {
            String s = text(row, column);
            BigDecimal n = number(row, column);
            if (n == null) {
                return null;
            }
            try {
                int v = n.stripTrailingZeros().intValueExact();
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (ArithmeticException e) {
                // not whole
            }
            problem(this, row, column, "excel.whole", s, min, max);
            return null;
        }
    }

    private static final java.util.regex.Pattern WRITTEN_DATE =
            java.util.regex.Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /**
     * A date as people type it — 2025-12-31, 2025/12/31, 2025.12.31, 2025年12月31日 — or the day number Excel
     * stores a date cell as; null for anything else (and for days that do not exist).
     */
    public static LocalDate date(String s) {
        String t = s.strip();
        if (t.matches("\\d{5}(\\.0+)?")) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t.replaceAll("\\..*", "")));
        }
        java.util.regex.Matcher m = WRITTEN_DATE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
