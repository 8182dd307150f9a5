package org.policytracker.parks.control;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.policytracker.parks.entity.ParkKind;
import org.policytracker.parks.entity.ParkLevel;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.IsoDate;

/** A park as a client sends it; {@code version} when changing. */
public final class ParkData {
    @NotBlank(message = "{park.code.required}") @Size(max = 64, message = "{field.tooLong}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{organisation.code.pattern}") public String code;
    @NotBlank(message = "{park.nameZh.required}") @Size(max = 300, message = "{field.tooLong}") public String nameZh;
    @Size(max = 300, message = "{field.tooLong}") public String nameEn;
    @NotBlank(message = "{park.level.required}") @EnumValue(ParkLevel.class) public String level;
    @NotBlank(message = "{park.kind.required}") @EnumValue(ParkKind.class) public String kind;
    @NotNull(message = "{park.province.required}") public Long provinceId;
    public Long cityId;
    @NotNull(message = "{park.committee.required}") public Long committeeId;
    @IsoDate public String approvedOn;
    @DecimalMin(value = "0", message = "{park.area.positive}") public BigDecimal areaKm2;
    @Size(max = 500, message = "{field.tooLong}") public String leadingIndustries;
    public Long version;
}
