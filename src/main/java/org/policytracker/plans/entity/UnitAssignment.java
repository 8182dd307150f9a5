package org.policytracker.plans.entity;

import org.policytracker.platform.persistence.AuditedPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;

/** One unit named for a task in one role (lead, co-responsible, cooperating, implementing). */
@Entity
@Table(name = "task_assignment")
public class UnitAssignment implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitRole role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Coverage coverage = Coverage.SELF;

    /** The words of the text where they say more than the organisation's name. */
    @Column(length = 500)
    private String note;

    protected UnitAssignment() {
    }

    public UnitAssignment(UnitRole role, Organisation organisation, Coverage coverage, String note) {
        this.role = role;
        this.organisation = organisation;
        this.coverage = coverage == null ? Coverage.SELF : coverage;
        this.note = note;
    }

    void attach(Task owner, int index) {
        this.task = owner;
        this.position = index;
    }

    public Long getId() { return id; }
    public Task getTask() { return task; }
    public int getPosition() { return position; }
    public UnitRole getRole() { return role; }
    public Organisation getOrganisation() { return organisation; }
    public Coverage getCoverage() { return coverage; }
    public String getNote() { return note; }

    @Override
    public Auditable auditRoot() {
        return task;
    }

    @Override
    public String auditLabel() {
        return "task " + task.getNumber() + " unit " + organisation.getCode() + " " + role;
    }
}
