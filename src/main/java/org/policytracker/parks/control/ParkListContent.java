package org.policytracker.parks.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The parks a province lists, each with the expected results of its transformation. */
public final class ParkListContent {

    @Size(max = 500, message = "{field.tooMany}") @Valid public List<@NotNull(message = "{field.required}") Entry> parks = new ArrayList<>();

    /** One listed park (by id in the registry) and what its transformation is expected to achieve. */
    public static final class Entry {
        public Long parkId;
        public String parkCode;
        public String parkName;
        @Size(max = 20, message = "{field.tooMany}") @Valid public List<ParkPlanContent.@NotNull(message = "{field.required}") ExpectedResult> expectedResults = new ArrayList<>();
        @Size(max = 5000, message = "{field.tooLong}") public String note;
    }
}
