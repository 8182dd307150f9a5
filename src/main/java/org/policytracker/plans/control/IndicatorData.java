package org.policytracker.plans.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.policytracker.plans.entity.Aggregation;
import org.policytracker.plans.entity.Direction;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.plans.entity.Recognition;

/** An indicator as a client sends it. */
public final class IndicatorData {

    @NotBlank(message = "{indicator.code.required}") @Size(max = 64, message = "{field.tooLong}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{plan.code.pattern}") private String code;
    @NotBlank(message = "{indicator.name.required}") @Size(max = 300, message = "{field.tooLong}") private String nameZh;
    @NotBlank(message = "{indicator.name.required}") @Size(max = 300, message = "{field.tooLong}") private String nameEn;
    @NotBlank(message = "{indicator.unit.required}") @Size(max = 64, message = "{field.tooLong}") private String unit;
    @NotBlank(message = "{field.required}") @EnumValue(Direction.class) private String direction;
    @NotBlank(message = "{field.required}") @EnumValue(Aggregation.class) private String aggregation;
    @EnumValue(Recognition.class) private String countsRecognition;
    private Long version;

    /** For JSON-B. */
    public IndicatorData() {
    }

    public IndicatorData(String code, String nameZh, String nameEn, String unit, String direction, String aggregation, Long version) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.direction = direction;
        this.aggregation = aggregation;
        this.version = version;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String unit() {
        return unit;
    }

    public String direction() {
        return direction;
    }

    public String aggregation() {
        return aggregation;
    }

    public String countsRecognition() {
        return countsRecognition;
    }

    /** Sets the recognition counted (fluent, for the demo loader). */
    public IndicatorData counting(String recognition) {
        this.countsRecognition = recognition;
        return this;
    }

    public Long version() {
        return version;
    }
}
