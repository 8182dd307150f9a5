package org.policytracker.plans.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.policytracker.plans.entity.PlanLevel;
import org.policytracker.plans.entity.PlanStatus;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.IsoDate;

/**
 * What a client sends to create or change a plan. Dates are ISO text ({@code 2024-04-15});
 * {@code version} is the version read, required when changing.
 */
public final class PlanData {

    @NotBlank(message = "{plan.code.required}") @Size(max = 64, message = "{field.tooLong}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{plan.code.pattern}") private String code;
    @NotBlank(message = "{plan.title.required}") @Size(max = 500, message = "{field.tooLong}") private String titleZh;
    @Size(max = 500, message = "{field.tooLong}") private String titleEn;
    @Size(max = 100, message = "{field.tooLong}") private String documentNumber;
    @NotBlank(message = "{field.required}") @EnumValue(PlanLevel.class) private String level;
    @EnumValue(PlanStatus.class) private String status;
    @IsoDate private String issueDate;
    @IsoDate private String periodStart;
    @IsoDate private String periodEnd;
    @Size(max = 20000, message = "{field.tooLong}") private String overallGoalsZh;
    @Size(max = 20000, message = "{field.tooLong}") private String overallGoalsEn;
    private Long ownerId;
    @Size(max = 50, message = "{field.tooMany}") private List<Long> issuerIds;
    @Size(max = 50, message = "{field.tooMany}") private List<Long> implementsPlanIds;
    private Long version;

    /** For JSON-B. */
    public PlanData() {
    }

    public PlanData(String code, String titleZh, String titleEn, String documentNumber, String level, String status, String issueDate, String periodStart, String periodEnd, String overallGoalsZh, String overallGoalsEn, Long ownerId, List<Long> issuerIds, List<Long> implementsPlanIds, Long version) {
        this.code = code;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.documentNumber = documentNumber;
        this.level = level;
        this.status = status;
        this.issueDate = issueDate;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.overallGoalsZh = overallGoalsZh;
        this.overallGoalsEn = overallGoalsEn;
        this.ownerId = ownerId;
        this.issuerIds = issuerIds;
        this.implementsPlanIds = implementsPlanIds;
        this.version = version;
    }

    public String code() {
        return code;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String level() {
        return level;
    }

    public String status() {
        return status;
    }

    public String issueDate() {
        return issueDate;
    }

    public String periodStart() {
        return periodStart;
    }

    public String periodEnd() {
        return periodEnd;
    }

    public String overallGoalsZh() {
        return overallGoalsZh;
    }

    public String overallGoalsEn() {
        return overallGoalsEn;
    }

    public Long ownerId() {
        return ownerId;
    }

    public List<Long> issuerIds() {
        return issuerIds;
    }

    public List<Long> implementsPlanIds() {
        return implementsPlanIds;
    }

    public Long version() {
        return version;
    }
}
