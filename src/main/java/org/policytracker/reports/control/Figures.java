package org.policytracker.reports.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers a report prints, each under a name that says where it stands (the totals by their parameter, a line's
 * numbers by the line's first two texts and the component's name), so two issues of a report can be compared figure by figure.
 */
public final class Figures {

    private Figures() {
    }

    /** Every number of {@code parameters} and {@code rows}, named, in the order the report prints them. */
    public static Map<String, String> of(Map<String, Object> parameters, List<? extends ReportLine> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        new TreeMap<>(parameters).forEach((k, v) -> {
            if (v instanceof Number n && !k.startsWith("L_")) {
                // a total under the labels the report prints for it (合计 · 应报), else under its parameter's name
                Object total = parameters.get("L_TOTAL");
                Object column = k.startsWith("TOTAL_") ? parameters.get("L_" + k.substring("TOTAL_".length())) : null;
                out.put(total instanceof String t && column instanceof String c ? t + " · " + c : k, text(n));
            }
        });
        for (ReportLine row : rows) {
            Map<String, Object> components = LineSource.components(row);
            List<String> texts = new ArrayList<>();
            components.forEach((k, v) -> {
                if (v instanceof String s && !k.endsWith("Code") && !k.equals("key") && !s.isBlank() && texts.size() < 2) {
                    texts.add(s.length() > 60 ? s.substring(0, 60) + "…" : s);
                }
            });
            String line = String.join(" / ", texts);
            components.forEach((k, v) -> {
                if (v instanceof Number n) {
                    String name = line + " · " + k;
                    for (int i = 2; out.containsKey(name); i++) {
                        name = line + " · " + k + " (" + i + ")";
                    }
                    out.put(name, text(n));
                }
            });
        }
        return out;
    }

    /** What differs between two issues: each figure changed, added or gone, as before and after ("—" for none). */
    public static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        List<Change> out = new ArrayList<>();
        after.forEach((k, v) -> {
            String b = before.get(k);
            if (b == null || !same(b, v)) {
                out.add(new Change(k, b == null ? "—" : b, v));
            }
        });
        before.forEach((k, v) -> {
            if (!after.containsKey(k)) {
                out.add(new Change(k, v, "—"));
            }
        });
        return out;
    }

    /** One figure that changed between two issues. */
    public record Change(String figure, String before, String after) {
    }

    private static boolean same(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    private static String text(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        return d.stripTrailingZeros().toPlainString();
    }
}
