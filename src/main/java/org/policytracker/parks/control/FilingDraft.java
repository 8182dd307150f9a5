package org.policytracker.parks.control;

import jakarta.validation.Valid;

/** A draft save: the version read and the whole document of the filing's type (the other is left null). */
public final class FilingDraft {
    public Long version;
    @Valid public ParkPlanContent plan;
    @Valid public AnnualReportContent annualReport;
}
