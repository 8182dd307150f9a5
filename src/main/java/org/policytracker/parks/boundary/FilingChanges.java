package org.policytracker.parks.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.policytracker.platform.persistence.VersionChanges.Change;

/**
 * A park filing's changes in the reader's words: which part and item (项目 P-02 中水回用项目, 预期成效 节能量), which field
 * (by the form's own label) and the values, an area or a status by its name. Every field of the plan's and the annual
 * report's content has its label here (a unit test holds both content types to it), so no stored name reaches a page.
 */
final class FilingChanges {

    /** One changed answer as the page shows it. */
    public record Line(String where, String field, String before, String after) implements Serializable {
    }

    /** The content's field → the form's label for it. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("periodStart", "filing.periodStart"), Map.entry("periodEnd", "filing.periodEnd"),
            Map.entry("basicSituation", "filing.situation"), Map.entry("safeguards", "filing.safeguards"),
            Map.entry("description", "filing.taskText"), Map.entry("name", "filing.projectName"), Map.entry("area", "filing.area"),
            Map.entry("construction", "filing.construction"), Map.entry("investment", "filing.investment"),
            Map.entry("start", "filing.start"), Map.entry("end", "filing.end"), Map.entry("baseline", "filing.baseline"),
            Map.entry("target", "filing.target"), Map.entry("targetYear", "filing.targetYear"), Map.entry("progress", "field.narrative"),
            Map.entry("difficulties", "field.difficulties"), Map.entry("experience", "filing.experience"),
            Map.entry("status", "field.status"), Map.entry("investmentExecuted", "filing.executed"),
            Map.entry("investmentPlanned", "filing.planned"), Map.entry("note", "field.note"), Map.entry("unit", "filing.unit"),
            Map.entry("actual", "filing.actual"),
            Map.entry("latenessReason", "field.latenessReason"));

    /** The content's lists (and the filing's own fields) → the form's heading for them. */
    static final Map<String, String> PARTS = Map.of("filing", "filing.text", "tasks", "filing.tasks", "projects", "filing.projects",
            "expectedResults", "filing.results", "results", "filing.results");

    private FilingChanges() {
    }

    /**
     * @param text   the page's words for a key
     * @param result a result kind's name in the page's language
     */
    static List<Line> lines(List<Change> changes, Function<String, String> text, UnaryOperator<String> result) {
        return changes.stream().map(c -> new Line(where(c, text, result), text.apply(FIELDS.getOrDefault(c.field(), "filing.other")),
                value(c.field(), c.before(), text), value(c.field(), c.after(), text))).toList();
    }

    private static String where(Change c, Function<String, String> text, UnaryOperator<String> result) {
        String part = text.apply(PARTS.getOrDefault(c.part(), "filing.text"));
        if (c.number() == null) {
            return part;
        }
        boolean results = c.part().equals("results") || c.part().equals("expectedResults");
        String item = results ? result.apply(c.number()) : c.number() + (c.title() == null ? "" : " " + c.title());
        return part + " · " + item;
    }

    private static String value(String field, String value, Function<String, String> text) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "area" -> text.apply("area." + value);
            case "status" -> text.apply("status." + value);
            default -> value;
        };
    }
}
