package org.policytracker.reporting.control;

import org.policytracker.platform.persistence.VersionChanges.Change;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.policytracker.reporting.entity.VersionContent;
import org.policytracker.reporting.entity.VersionContent.IndicatorAnswer;
import org.policytracker.reporting.entity.VersionContent.TaskAnswer;

/**
 * What changed between two sent versions of a report: each answer that differs, task by task and field by field, each
 * indicator value, the reason for lateness and the evidence files — as the stored values (a status by its code, a date
 * as ISO), null where the version had none. A pure function of the two frozen contents.
 */
public final class VersionCompare {

    private static final Map<String, Function<TaskAnswer, Object>> TASK_FIELDS = new LinkedHashMap<>();

    static {
        TASK_FIELDS.put("status", TaskAnswer::status);
        TASK_FIELDS.put("percentDone", TaskAnswer::percentDone);
        TASK_FIELDS.put("narrative", TaskAnswer::narrative);
        TASK_FIELDS.put("difficulties", TaskAnswer::difficulties);
        TASK_FIELDS.put("nextSteps", TaskAnswer::nextSteps);
        TASK_FIELDS.put("delayExplanation", TaskAnswer::delayExplanation);
        TASK_FIELDS.put("correctiveAction", TaskAnswer::correctiveAction);
        TASK_FIELDS.put("correctiveDue", TaskAnswer::correctiveDue);
    }

    private VersionCompare() {
    }

    public static List<Change> between(VersionContent from, VersionContent to) {
        List<Change> out = new ArrayList<>();
        Map<Long, TaskAnswer> before = byId(from.taskReports(), TaskAnswer::taskId);
        Map<Long, TaskAnswer> after = byId(to.taskReports(), TaskAnswer::taskId);
        for (Long id : ids(before, after)) {
            TaskAnswer a = before.get(id);
            TaskAnswer b = after.get(id);
            TaskAnswer named = b != null ? b : a;
            TASK_FIELDS.forEach((field, value) -> add(out, "task", id, named.number(), title(named.titleZh(), named.titleEn()), field,
                    a == null ? null : value.apply(a), b == null ? null : value.apply(b)));
        }
        Map<Long, IndicatorAnswer> valuesBefore = byId(from.indicatorValues(), IndicatorAnswer::indicatorId);
        Map<Long, IndicatorAnswer> valuesAfter = byId(to.indicatorValues(), IndicatorAnswer::indicatorId);
        for (Long id : ids(valuesBefore, valuesAfter)) {
            IndicatorAnswer a = valuesBefore.get(id);
            IndicatorAnswer b = valuesAfter.get(id);
            IndicatorAnswer named = b != null ? b : a;
            String title = title(named.nameZh(), named.nameEn());
            add(out, "indicator", id, named.code(), title, "value", a == null ? null : a.value(), b == null ? null : b.value());
            add(out, "indicator", id, named.code(), title, "note", a == null ? null : a.note(), b == null ? null : b.note());
        }
        add(out, "report", null, null, null, "latenessReason", from.latenessReason(), to.latenessReason());
        List<String> filesBefore = from.attachments().stream().map(VersionContent.Evidence::fileName).toList();
        List<String> filesAfter = to.attachments().stream().map(VersionContent.Evidence::fileName).toList();
        filesAfter.stream().filter(f -> !filesBefore.contains(f)).forEach(f -> add(out, "attachment", null, null, f, "file", null, f));
        filesBefore.stream().filter(f -> !filesAfter.contains(f)).forEach(f -> add(out, "attachment", null, null, f, "file", f, null));
        return out;
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(id.apply(i), i));
        return out;
    }

    /** The ids in the later version's order, then those only the earlier one had. */
    private static List<Long> ids(Map<Long, ?> before, Map<Long, ?> after) {
        List<Long> out = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(out::add);
        return out;
    }

    private static void add(List<Change> out, String part, Long id, String number, String title, String field, Object before,
                            Object after) {
        String a = text(before);
        String b = text(after);
        if (!Objects.equals(a, b)) {
            out.add(new Change(part, id, number, title, field, a, b));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        // a status by its code; a number by its value (10.0 and 10 are the same figure)
        String s = value instanceof Enum<?> e ? e.name() : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                : value.toString();
        return s.isBlank() ? null : s.strip();
    }

    private static String title(String zh, String en) {
        return zh != null && !zh.isBlank() ? zh : en;
    }
}
