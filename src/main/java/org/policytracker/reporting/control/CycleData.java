package org.policytracker.reporting.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.IsoDate;
import org.policytracker.reporting.entity.Frequency;
import org.policytracker.platform.validation.Between;

/**
 * A reporting cycle as a client sends it. Without {@code participants} the cycle obliges the units
 * the plan names in a reporting role (see docs/reporting-rules.md); {@code version} when changing.
 */
public final class CycleData {

    @NotBlank(message = "{cycle.code.required}") @Size(max = 64, message = "{field.tooLong}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{organisation.code.pattern}") public String code;
    @NotNull(message = "{cycle.plan.required}") public Long planId;
    @NotBlank(message = "{cycle.nameZh.required}") @Size(max = 300, message = "{field.tooLong}") public String nameZh;
    @Size(max = 300, message = "{field.tooLong}") public String nameEn;
    @NotBlank(message = "{cycle.frequency.required}") @EnumValue(Frequency.class) public String frequency;
    @NotNull(message = "{cycle.dueDays.required}") @Between(min = 0, max = 366, message = "{cycle.dueDays.range}") public Integer dueDaysAfterPeriod;
    @Between(min = 0, max = 60, message = "{cycle.graceDays.range}") public Integer graceDays;
    @Size(max = 6, message = "{field.tooMany}") public List<Integer> reminderDaysBefore;
    @NotNull(message = "{cycle.reviewer.required}") public Long reviewerId;
    public Long alternateReviewerId;
    @NotNull(message = "{cycle.firstPeriodStart.required}") @IsoDate public String firstPeriodStart;
    @IsoDate public String lastPeriodEnd;
    @Size(max = 2000, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") ParticipantData> participants;
    public Long version;

    /** One obliged organisation, from / until a date (both optional). */
    public static final class ParticipantData {
        @NotNull(message = "{participant.organisation.required}") public Long organisationId;
        @IsoDate public String obligedFrom;
        @IsoDate public String obligedUntil;

        public ParticipantData() {
        }

        public ParticipantData(Long organisationId, String obligedFrom, String obligedUntil) {
            this.organisationId = organisationId;
            this.obligedFrom = obligedFrom;
            this.obligedUntil = obligedUntil;
        }
    }
}
