package org.policytracker.reporting.control;

import org.policytracker.platform.json.Jsons;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.IsoDate;

/**
 * What a reporting organisation saves into its draft: the version it read, and the task reports and
 * indicator values it changes (those it leaves out stay as they are).
 */
public final class DraftData {

    public Long version;
    @Size(max = 2000, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") TaskReportData> taskReports;
    @Size(max = 500, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") IndicatorValueData> indicatorValues;
    /** Why the report goes after its due date (left out: unchanged; blank: none). */
    @Size(max = 2000, message = "{field.tooLong}") public String latenessReason;

    /** This draft as JSON (what a refused save sends back as the person's input). */
    public jakarta.json.JsonValue toJson() {
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            return Jsons.PROVIDER.createReader(new java.io.StringReader(jsonb.toJson(this))).readValue();
        } catch (Exception e) {
            return jakarta.json.JsonValue.NULL;
        }
    }

    /** The answer for one task. */
    public static final class TaskReportData {
        @NotNull(message = "{report.task.required}") public Long taskId;
        @EnumValue(TaskStatus.class) public String status;
        @Between(min = 0, max = 100, message = "{report.percent.range}") public Integer percentDone;
        @Size(max = 20000, message = "{field.tooLong}") public String narrative;
        @Size(max = 20000, message = "{field.tooLong}") public String difficulties;
        @Size(max = 20000, message = "{field.tooLong}") public String nextSteps;
        @Size(max = 20000, message = "{field.tooLong}") public String delayExplanation;
        @Size(max = 20000, message = "{field.tooLong}") public String correctiveAction;
        @IsoDate public String correctiveDue;

        public TaskReportData() {
        }

        public TaskReportData(Long taskId, String status, Integer percentDone, String narrative, String difficulties,
                              String nextSteps) {
            this.taskId = taskId;
            this.status = status;
            this.percentDone = percentDone;
            this.narrative = narrative;
            this.difficulties = difficulties;
            this.nextSteps = nextSteps;
        }
    }

    /** The value of one indicator in scope. */
    public static final class IndicatorValueData {
        @NotNull(message = "{report.indicator.required}") public Long indicatorId;
        public BigDecimal value;
        @Size(max = 1000, message = "{field.tooLong}") public String note;

        public IndicatorValueData() {
        }

        public IndicatorValueData(Long indicatorId, BigDecimal value, String note) {
            this.indicatorId = indicatorId;
            this.value = value;
            this.note = note;
        }
    }
}
