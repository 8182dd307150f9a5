package org.policytracker.reporting.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskStatus;

/**
 * What a submission version froze when it was sent: every task's answer with the task as it stood, every indicator's
 * value with the indicator as it stood, the evidence files, and why it went late (when it did). Written and read as JSON with JSON-B in one place
 * ({@link #toJson()}, {@link #of(String)}), so every reader — progress, attainment, the forms, the API — reads the same
 * typed answers; the stored shape is the one versions have always had (explicit nulls, the same property names).
 */
public record VersionContent(List<TaskAnswer> taskReports, List<IndicatorAnswer> indicatorValues, List<Evidence> attachments,
                             String latenessReason) {

    /** One task's answer and the task as it stood when sent. */
    public record TaskAnswer(long taskId, String number, String titleZh, String titleEn, LocalDate deadline, TaskStatus status,
                             Integer percentDone, String narrative, String difficulties, String nextSteps, String delayExplanation,
                             String correctiveAction, LocalDate correctiveDue) {
    }

    /** One indicator's value and the indicator as it stood when sent. */
    public record IndicatorAnswer(long indicatorId, String code, String nameZh, String nameEn, String unit, BigDecimal value,
                                  String note) {
    }

    /** An evidence file sent with the version. */
    public record Evidence(long id, String fileName, String contentType, long size, String sha256) {
    }

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    public VersionContent {
        taskReports = taskReports == null ? List.of() : List.copyOf(taskReports);
        indicatorValues = indicatorValues == null ? List.of() : List.copyOf(indicatorValues);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The draft as it is sent: the frozen content of a version. */
    public static VersionContent frozen(Submission s, List<Attachment> attachments) {
        List<TaskAnswer> tasks = new ArrayList<>();
        for (TaskReport r : s.getTaskReports()) {
            Task t = r.getTask();
            tasks.add(new TaskAnswer(t.getId(), t.getNumber(), t.getTitleZh(), t.getTitleEn(), t.getDeadline(), r.getStatus(),
                    r.getPercentDone(), r.getNarrative(), r.getDifficulties(), r.getNextSteps(), r.getDelayExplanation(),
                    r.getCorrectiveAction(), r.getCorrectiveDue()));
        }
        List<IndicatorAnswer> indicators = new ArrayList<>();
        for (IndicatorValue v : s.getIndicatorValues()) {
            indicators.add(new IndicatorAnswer(v.getIndicator().getId(), v.getIndicator().getCode(), v.getIndicator().getNameZh(),
                    v.getIndicator().getNameEn(), v.getIndicator().getUnit(), v.getValue() == null ? null : v.getValue().stripTrailingZeros(),
                    v.getNote()));
        }
        List<Evidence> files = attachments.stream()
                .map(a -> new Evidence(a.getId(), a.getFileName(), a.getContentType(), a.getSize(), a.getSha256())).toList();
        return new VersionContent(tasks, indicators, files, s.getLatenessReason());
    }

    /** The content of a sent version, as stored. */
    public static VersionContent of(String json) {
        return JSONB.fromJson(json, VersionContent.class);
    }

    /** The content as it is stored. */
    public String toJson() {
        return JSONB.toJson(this);
    }
}
