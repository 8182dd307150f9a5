package org.policytracker.parks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.SentVersion;

/** A filing as it was sent, never changed, with the province's decision on it (returned / approved). */
@Entity
@Table(name = "park_filing_version")
public class ParkFilingVersion extends SentVersion {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filing_id", nullable = false)
    private ParkFiling filing;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private FilingStatus outcome;

    protected ParkFilingVersion() {
    }

    ParkFilingVersion(ParkFiling filing, int number, String submittedBy, Instant submittedAt, String content) {
        super(number, submittedBy, submittedAt, content);
        this.filing = filing;
    }

    void review(FilingStatus result, String by, Instant at, String comment) {
        recordReview(by, at, comment);
        this.outcome = result;
    }

    @Override
    protected boolean reviewed() {
        return outcome != null;
    }

    public ParkFiling getFiling() { return filing; }
    public FilingStatus getOutcome() { return outcome; }

    @Override
    public Auditable auditRoot() {
        return filing;
    }
}
