package org.policytracker.cases.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.policytracker.plans.entity.Recognition;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.Year;

/** The description of a list being imported (its rows come as the published text). */
public final class CaseListData {
    @NotBlank(message = "{caseList.code.required}") @Size(max = 64, message = "{field.tooLong}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{organisation.code.pattern}") public String code;
    @NotBlank(message = "{caseList.title.required}") @Size(max = 500, message = "{field.tooLong}") public String titleZh;
    @Size(max = 500, message = "{field.tooLong}") public String titleEn;
    @NotNull(message = "{caseList.year.required}") @Year public Integer year;
    @EnumValue(Recognition.class) public String recognition;
    @Size(max = 300, message = "{field.tooLong}") public String publisher;
    @Size(max = 1000, message = "{field.tooLong}") public String sourceNote;
    /** The list as published, in its text form: tab-separated rows (the header may repeat on every page). */
    @NotBlank(message = "{caseList.text.required}") @Size(max = 2_000_000, message = "{field.tooLong}") public String text;
}
