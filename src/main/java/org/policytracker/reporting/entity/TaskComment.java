package org.policytracker.reporting.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;

/**
 * A reviewer's comment on one task of a sent version (退回意见 on a single task), with the task's number as it stood;
 * kept with the version's review beside the overall comment. Written and read as JSON with JSON-B here only.
 */
public record TaskComment(long taskId, String number, String comment) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The comments as stored (null for none). */
    static String toJson(List<TaskComment> comments) {
        return comments == null || comments.isEmpty() ? null : JSONB.toJson(comments.toArray(TaskComment[]::new));
    }

    /** The comments of a stored column (none when null). */
    static List<TaskComment> of(String json) {
        return json == null || json.isBlank() ? List.of() : List.of(JSONB.fromJson(json, TaskComment[].class));
    }
}
