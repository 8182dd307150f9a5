package org.policytracker.plans.entity;

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
import org.policytracker.platform.persistence.Auditable;

/** An intermediate point on the way to a task's deadline (e.g. coal ≤ 15.18 Mt by the end of 2019). */
@Entity
@Table(name = "milestone")
public class Milestone implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @Column(nullable = false)
    private int position;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "description_zh", length = 1000)
    private String descriptionZh;

    @Column(name = "description_en", length = 1000)
    private String descriptionEn;

    protected Milestone() {
    }

    public Milestone(LocalDate dueDate, String descriptionZh, String descriptionEn) {
        this.dueDate = dueDate;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
    }

    void attach(Task owner, int index) {
        this.task = owner;
        this.position = index;
    }

    public Long getId() { return id; }
    public LocalDate getDueDate() { return dueDate; }
    public String getDescriptionZh() { return descriptionZh; }
    public String getDescriptionEn() { return descriptionEn; }

    @Override
    public Auditable auditRoot() {
        return task;
    }

    @Override
    public String auditLabel() {
        return "task " + task.getNumber() + " milestone " + dueDate;
    }
}
