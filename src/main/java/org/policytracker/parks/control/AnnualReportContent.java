package org.policytracker.parks.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.platform.validation.EnumValue;

/**
 * A park's annual progress report on its approved plan: each project's status and the investment
 * executed (10 000 yuan), each expected result's actual value, progress and effectiveness,
 * difficulties, experience.
 */
public final class AnnualReportContent implements java.io.Serializable {

    @Size(max = 500, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") ProjectProgress> projects = new ArrayList<>();
    @Size(max = 50, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") ResultValue> results = new ArrayList<>();
    @Size(max = 50_000, message = "{field.tooLong}") public String progress;
    @Size(max = 50_000, message = "{field.tooLong}") public String difficulties;
    @Size(max = 50_000, message = "{field.tooLong}") public String experience;
    /** Why the report is sent after its due date (asked the first time it is sent late). */
    @Size(max = 2000, message = "{field.tooLong}") public String latenessReason;

    /** One project of the plan, as it stands. */
    public static final class ProjectProgress implements java.io.Serializable {
        @Size(max = 32, message = "{field.tooLong}") public String code;
        public String name;
        @EnumValue(TaskStatus.class) public String status;
        @DecimalMin(value = "0", message = "{parkPlan.investment.positive}") public BigDecimal investmentExecuted;
        public BigDecimal investmentPlanned;
        @Size(max = 2000, message = "{field.tooLong}") public String note;

        // accessors for the web forms (Expression Language reads properties, not fields)
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public BigDecimal getInvestmentExecuted() { return investmentExecuted; }
        public void setInvestmentExecuted(BigDecimal investmentExecuted) { this.investmentExecuted = investmentExecuted; }
        public BigDecimal getInvestmentPlanned() { return investmentPlanned; }
        public void setInvestmentPlanned(BigDecimal investmentPlanned) { this.investmentPlanned = investmentPlanned; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** One expected result's actual value in the year. */
    public static final class ResultValue implements java.io.Serializable {
        @EnumValue(ResultKind.class) public String kind;
        public String unit;
        public BigDecimal target;
        public BigDecimal actual;
        @Size(max = 2000, message = "{field.tooLong}") public String note;

        // accessors for the web forms (Expression Language reads properties, not fields)
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public BigDecimal getTarget() { return target; }
        public void setTarget(BigDecimal target) { this.target = target; }
        public BigDecimal getActual() { return actual; }
        public void setActual(BigDecimal actual) { this.actual = actual; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    // accessors for the web forms (Expression Language reads properties, not fields)
    public List<ProjectProgress> getProjects() { return projects; }
    public void setProjects(List<ProjectProgress> projects) { this.projects = projects; }
    public List<ResultValue> getResults() { return results; }
    public void setResults(List<ResultValue> results) { this.results = results; }
    public String getProgress() { return progress; }
    public void setProgress(String progress) { this.progress = progress; }
    public String getDifficulties() { return difficulties; }
    public void setDifficulties(String difficulties) { this.difficulties = difficulties; }
    public String getExperience() { return experience; }
    public void setExperience(String experience) { this.experience = experience; }
    public String getLatenessReason() { return latenessReason; }
    public void setLatenessReason(String latenessReason) { this.latenessReason = latenessReason; }
}
