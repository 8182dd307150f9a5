package org.policytracker.reporting.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Returning or accepting a report: the version the reviewer read, a comment on the whole, and comments on single tasks
 * (what to fix where). A return needs at least one of the two.
 */
public final class ReviewData {
    public Long version;
    @Size(max = 10000, message = "{field.tooLong}") public String comment;
    @Size(max = 2000, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") TaskNote> taskComments;

    public ReviewData() {
    }

    public ReviewData(Long version, String comment, List<TaskNote> taskComments) {
        this.version = version;
        this.comment = comment;
        this.taskComments = taskComments;
    }

    /** A comment on one task of the report. */
    public static final class TaskNote {
        @NotNull(message = "{report.task.required}") public Long taskId;
        @Size(max = 10000, message = "{field.tooLong}") public String comment;

        public TaskNote() {
        }

        public TaskNote(Long taskId, String comment) {
            this.taskId = taskId;
            this.comment = comment;
        }
    }
}
