package org.policytracker.plans.control;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.policytracker.plans.entity.Relation;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Year;

/**
 * A target as a client sends it: a target value, a relative change against a baseline year,
 * or both (coal ≤ 14.5 Mt and −11.48 % vs 2015).
 */
public final class TargetData {

    @NotNull(message = "{field.required}") private Long indicatorId;
    private Long planId;
    private Long taskId;
    @NotNull(message = "{field.required}") private Long scopeId;
    @NotBlank(message = "{field.required}") @EnumValue(Relation.class) private String relation;
    @Year private Integer baselineYear;
    @Digits(integer = 14, fraction = 6, message = "{number.digits}") private BigDecimal baselineValue;
    @NotNull(message = "{field.required}") @Year private Integer targetYear;
    @Digits(integer = 14, fraction = 6, message = "{number.digits}") private BigDecimal targetValue;
    @DecimalMin(value = "-100", message = "{percent.range}") @DecimalMax(value = "10000", message = "{percent.range}") @Digits(integer = 5, fraction = 4, message = "{number.digits}") private BigDecimal relativeChangePercent;
    @Size(max = 1000, message = "{field.tooLong}") private String statement;
    private Long version;

    /** For JSON-B. */
    public TargetData() {
    }

    public TargetData(Long indicatorId, Long planId, Long taskId, Long scopeId, String relation, Integer baselineYear, BigDecimal baselineValue, Integer targetYear, BigDecimal targetValue, BigDecimal relativeChangePercent, String statement, Long version) {
        this.indicatorId = indicatorId;
        this.planId = planId;
        this.taskId = taskId;
        this.scopeId = scopeId;
        this.relation = relation;
        this.baselineYear = baselineYear;
        this.baselineValue = baselineValue;
        this.targetYear = targetYear;
        this.targetValue = targetValue;
        this.relativeChangePercent = relativeChangePercent;
        this.statement = statement;
        this.version = version;
    }

    public Long indicatorId() {
        return indicatorId;
    }

    public Long planId() {
        return planId;
    }

    public Long taskId() {
        return taskId;
    }

    public Long scopeId() {
        return scopeId;
    }

    public String relation() {
        return relation;
    }

    public Integer baselineYear() {
        return baselineYear;
    }

    public BigDecimal baselineValue() {
        return baselineValue;
    }

    public Integer targetYear() {
        return targetYear;
    }

    public BigDecimal targetValue() {
        return targetValue;
    }

    public BigDecimal relativeChangePercent() {
        return relativeChangePercent;
    }

    public String statement() {
        return statement;
    }

    public Long version() {
        return version;
    }
}
