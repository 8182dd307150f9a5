package org.policytracker.reporting.entity;

import org.policytracker.platform.persistence.AuditedPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;

/**
 * An organisation obliged to report in a cycle, from a date (a park listed later, a county created
 * mid-year) and until a date: it gets a submission slot only for periods that overlap that span,
 * so it is never counted missing before it was obliged.
 */
@Entity
@Table(name = "cycle_participant")
public class Participant implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private ReportingCycle cycle;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "obliged_from")
    private LocalDate obligedFrom;

    @Column(name = "obliged_until")
    private LocalDate obligedUntil;

    protected Participant() {
    }

    public Participant(Organisation organisation, LocalDate obligedFrom, LocalDate obligedUntil) {
        this.organisation = organisation;
        this.obligedFrom = obligedFrom;
        this.obligedUntil = obligedUntil;
    }

    void attach(ReportingCycle owner, int index) {
        this.cycle = owner;
        this.position = index;
    }

    void oblige(LocalDate from, LocalDate until) {
        this.obligedFrom = from;
        this.obligedUntil = until;
    }

    public boolean obligedFor(Period period) {
        return period.overlaps(obligedFrom, obligedUntil);
    }

    public Long getId() { return id; }
    public ReportingCycle getCycle() { return cycle; }
    public int getPosition() { return position; }
    public Organisation getOrganisation() { return organisation; }
    public LocalDate getObligedFrom() { return obligedFrom; }
    public LocalDate getObligedUntil() { return obligedUntil; }

    @Override
    public Auditable auditRoot() {
        return cycle;
    }

    @Override
    public String auditLabel() {
        return "participant " + organisation.getCode();
    }
}
