package org.policytracker.parks.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.policytracker.parks.entity.EvaluationResult;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.IsoDate;

/** The province's evaluation and acceptance of an approved plan. */
public final class EvaluationData {
    public Long version;
    @NotBlank(message = "{evaluation.result.required}") @EnumValue(EvaluationResult.class) public String result;
    @NotNull(message = "{evaluation.date.required}") @IsoDate public String date;
    @Size(max = 20_000, message = "{field.tooLong}") public String comment;
}
