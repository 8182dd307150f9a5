package org.policytracker.reports.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detail lines of a sectioned report: each line has a {@code kind} (which band of the template
 * prints it: a section heading, a table head, a table row, a paragraph …), up to twelve texts
 * {@code t1..t12} and six numbers {@code n1..n6}. Numbers stay numbers, so Excel gets number cells.
 */
public final class Lines {

    private final List<Map<String, ?>> rows = new ArrayList<>();

    /** A line of {@code kind}: its texts first, then its numbers (Number, or null for blank). */
    public Lines add(String kind, List<String> texts, Number... numbers) {
        if (texts.size() > 12 || numbers.length > 6) {
            throw new IllegalArgumentException("at most 12 texts and 6 numbers per line");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", kind);
        for (int i = 0; i < texts.size(); i++) {
            r.put("t" + (i + 1), texts.get(i));
        }
        for (int i = 0; i < numbers.length; i++) {
            r.put("n" + (i + 1), decimal(numbers[i]));
        }
        rows.add(r);
        return this;
    }

    public Lines section(String heading) {
        return add("section", List.of(heading));
    }

    public Lines paragraph(String text) {
        return text == null || text.isBlank() ? this : add("para", List.of(text.strip()));
    }

    /** A figure with its label and unit: printed as a two-column table, a number cell in Excel. */
    public Lines stat(String label, Number value, String unit) {
        return add("stat", java.util.Arrays.asList(label, unit == null ? "" : unit), value);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }

    public List<Map<String, ?>> rows() {
        return rows;
    }

    static BigDecimal decimal(Number n) {
        if (n == null) {
            return null;
        }
        if (n instanceof BigDecimal b) {
            return b.stripTrailingZeros().scale() < 0 ? b.setScale(0) : b.stripTrailingZeros();
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().scale() < 0
                    ? BigDecimal.valueOf(n.doubleValue()).setScale(0) : BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros();
        }
        return BigDecimal.valueOf(n.longValue());
    }
}
