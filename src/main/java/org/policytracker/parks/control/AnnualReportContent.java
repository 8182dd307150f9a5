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
public final class AnnualReportContent {

    @Size(max = 500, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") ProjectProgress> projects = new ArrayList<>();
    @Size(max = 50, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") ResultValue> results = new ArrayList<>();
    @Size(max = 50_000, message = "{field.tooLong}") public String progress;
    @Size(max = 50_000, message = "{field.tooLong}") public String difficulties;
    @Size(max = 50_000, message = "{field.tooLong}") public String experience;

    /** One project of the plan, as it stands. */
    public static final class ProjectProgress {
        @Size(max = 32, message = "{field.tooLong}") public String code;
        public String name;
        @EnumValue(TaskStatus.class) public String status;
        @DecimalMin(value = "0", message = "{parkPlan.investment.positive}") public BigDecimal investmentExecuted;
        public BigDecimal investmentPlanned;
        @Size(max = 2000, message = "{field.tooLong}") public String note;
    }

    /** One expected result's actual value in the year. */
    public static final class ResultValue {
        @EnumValue(ResultKind.class) public String kind;
        public String unit;
        public BigDecimal target;
        public BigDecimal actual;
        @Size(max = 2000, message = "{field.tooLong}") public String note;
    }
}
