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
public final class ParkPlanContent {

    @Year public Integer periodStart;
    @Year public Integer periodEnd;
    @Size(max = 50_000, message = "{field.tooLong}") public String basicSituation;
    @Size(max = 200, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") TaskItem> tasks = new ArrayList<>();
    @Size(max = 500, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") Project> projects = new ArrayList<>();
    @Size(max = 50, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") ExpectedResult> expectedResults = new ArrayList<>();
    @Size(max = 50_000, message = "{field.tooLong}") public String safeguards;

    /** A main task under one of the five areas. */
    public static final class TaskItem {
        @EnumValue(TransformationArea.class) public String area;
        @Size(max = 10_000, message = "{field.tooLong}") public String description;
    }

    /** A project: what is built, how much is invested (10 000 yuan), from when to when (yyyy-MM). */
    public static final class Project {
        @Size(max = 32, message = "{field.tooLong}") public String code;
        @Size(max = 300, message = "{field.tooLong}") public String name;
        @EnumValue(TransformationArea.class) public String area;
        @Size(max = 10_000, message = "{field.tooLong}") public String construction;
        @DecimalMin(value = "0", message = "{parkPlan.investment.positive}") public BigDecimal investment;
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{parkPlan.month.format}") public String start;
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{parkPlan.month.format}") public String end;
    }

    /** An expected result: its kind (and so its unit), the baseline and the target with its year. */
    public static final class ExpectedResult {
        @EnumValue(ResultKind.class) public String kind;
        public BigDecimal baseline;
        public BigDecimal target;
        @Year public Integer targetYear;
    }
}
