package org.policytracker.parks.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.parks.entity.TransformationArea;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Year;

/**
 * A park's circular-transformation implementation plan, with the sections the notice requires:
 * basic situation, main tasks under the five areas, projects (construction content, investment in
 * 10 000 yuan, start and end month), expected results, organisation and safeguards.
 */
public final class ParkPlanContent implements java.io.Serializable {

    @Year public Integer periodStart;
    @Year public Integer periodEnd;
    @Size(max = 50_000, message = "{field.tooLong}") public String basicSituation;
    @Size(max = 200, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") TaskItem> tasks = new ArrayList<>();
    @Size(max = 500, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") Project> projects = new ArrayList<>();
    @Size(max = 50, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") ExpectedResult> expectedResults = new ArrayList<>();
    @Size(max = 50_000, message = "{field.tooLong}") public String safeguards;

    /** A main task under one of the five areas. */
    public static final class TaskItem implements java.io.Serializable {
        @EnumValue(TransformationArea.class) public String area;
        @Size(max = 10_000, message = "{field.tooLong}") public String description;

        // accessors for the web forms (Expression Language reads properties, not fields)
        public String getArea() { return area; }
        public void setArea(String area) { this.area = area; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /** A project: what is built, how much is invested (10 000 yuan), from when to when (yyyy-MM). */
    public static final class Project implements java.io.Serializable {
        @Size(max = 32, message = "{field.tooLong}") public String code;
        @Size(max = 300, message = "{field.tooLong}") public String name;
        @EnumValue(TransformationArea.class) public String area;
        @Size(max = 10_000, message = "{field.tooLong}") public String construction;
        @DecimalMin(value = "0", message = "{parkPlan.investment.positive}") public BigDecimal investment;
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{parkPlan.month.format}") public String start;
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{parkPlan.month.format}") public String end;

        // accessors for the web forms (Expression Language reads properties, not fields)
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getArea() { return area; }
        public void setArea(String area) { this.area = area; }
        public String getConstruction() { return construction; }
        public void setConstruction(String construction) { this.construction = construction; }
        public BigDecimal getInvestment() { return investment; }
        public void setInvestment(BigDecimal investment) { this.investment = investment; }
        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
    }

    /** An expected result: its kind (and so its unit), the baseline and the target with its year. */
    public static final class ExpectedResult implements java.io.Serializable {
        @EnumValue(ResultKind.class) public String kind;
        public BigDecimal baseline;
        public BigDecimal target;
        @Year public Integer targetYear;

        // accessors for the web forms (Expression Language reads properties, not fields)
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public BigDecimal getBaseline() { return baseline; }
        public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
        public BigDecimal getTarget() { return target; }
        public void setTarget(BigDecimal target) { this.target = target; }
        public Integer getTargetYear() { return targetYear; }
        public void setTargetYear(Integer targetYear) { this.targetYear = targetYear; }
    }

    // accessors for the web forms (Expression Language reads properties, not fields)
    public Integer getPeriodStart() { return periodStart; }
    public void setPeriodStart(Integer periodStart) { this.periodStart = periodStart; }
    public Integer getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(Integer periodEnd) { this.periodEnd = periodEnd; }
    public String getBasicSituation() { return basicSituation; }
    public void setBasicSituation(String basicSituation) { this.basicSituation = basicSituation; }
    public List<TaskItem> getTasks() { return tasks; }
    public void setTasks(List<TaskItem> tasks) { this.tasks = tasks; }
    public List<Project> getProjects() { return projects; }
    public void setProjects(List<Project> projects) { this.projects = projects; }
    public List<ExpectedResult> getExpectedResults() { return expectedResults; }
    public void setExpectedResults(List<ExpectedResult> expectedResults) { this.expectedResults = expectedResults; }
    public String getSafeguards() { return safeguards; }
    public void setSafeguards(String safeguards) { this.safeguards = safeguards; }
}
