package org.policytracker.parks.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.policytracker.platform.validation.IsoDate;
import org.policytracker.platform.validation.Year;

/** Opening a list (province, year, due date) or saving its draft (version, due date, content). */
public final class ParkListData {
    public Long provinceId;
    @Year public Integer year;
    @IsoDate public String dueDate;
    public Long version;
    @Valid public ParkListContent content;
}
