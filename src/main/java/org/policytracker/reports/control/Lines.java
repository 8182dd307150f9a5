package org.policytracker.reports.control;

import java.util.ArrayList;
import java.util.List;

/** The detail lines of a sectioned report, in print order: typed {@link ReportLine}s, with shorthands for the shared ones. */
public final class Lines {

    private final List<ReportLine> rows = new ArrayList<>();

    public Lines add(ReportLine line) {
        rows.add(line);
        return this;
    }

    public Lines addAll(List<? extends ReportLine> lines) {
        rows.addAll(lines);
        return this;
    }

    public Lines section(String heading) {
        return add(new ReportLine.Section(heading));
    }

    public Lines paragraph(String text) {
        return text == null || text.isBlank() ? this : add(new ReportLine.Para(text.strip()));
    }

    /** The head of the table of {@code kind} (taskHead, statHead …): its labels are the template's. */
    public Lines head(String kind) {
        return add(new ReportLine.Head(kind));
    }

    /** A figure with its label and unit: printed as a two-column table, a number cell in Excel. */
    public Lines stat(String label, Number value, String unit) {
        return add(new ReportLine.Stat(label, value, unit == null ? "" : unit));
    }

    public Lines remark(String who, String text) {
        return add(new ReportLine.Remark(who, text));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }

    public List<ReportLine> rows() {
        return rows;
    }
}
