package org.policytracker.parks.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Year;

/** Opening a filing: which park, plan or annual report, which year (a plan: its first year). */
public final class FilingData {
    @NotNull(message = "{filing.park.required}") public Long parkId;
    @NotBlank(message = "{filing.type.required}") @EnumValue(FilingType.class) public String type;
    @NotNull(message = "{filing.year.required}") @Year public Integer year;
}
