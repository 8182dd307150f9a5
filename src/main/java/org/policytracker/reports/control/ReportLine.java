package org.policytracker.reports.control;

/**
 * One detail line of a formal report, typed: a record whose components are the template's fields by name
 * ({@code reports/*.jrxml} declares a field for each component; {@link LineSource} hands them over). Which band
 * prints it is its {@link #kind()}: the record's simple name, first letter small, without a trailing "Line"
 * ({@code TaskLine} → {@code task}). The records every template shares are here; each report keeps its own.
 */
public interface ReportLine {

    /** Which band of the template prints this line. */
    default String kind() {
        String n = getClass().getSimpleName();
        if (n.endsWith("Line") && n.length() > "Line".length()) {
            n = n.substring(0, n.length() - "Line".length());
        }
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** A section heading (一、总体情况). */
    record Section(String text) implements ReportLine {
    }

    /** A paragraph of running text. */
    record Para(String text) implements ReportLine {
    }

    /** A figure with its label and unit: a row of a two-column table, a number cell in Excel. */
    record Stat(String label, Number value, String unit) implements ReportLine {
    }

    /** Who wrote what (an organisation's difficulties, a park's experience). */
    record Remark(String who, String text) implements ReportLine {
    }

    /** A label and its text (a park's basic facts). */
    record Kv(String label, String text) implements ReportLine {
    }

    /** A table's head: the template prints the column labels from the message bundle ({@code $R{report.col.…}}). */
    record Head(String kind) implements ReportLine {
    }
}
