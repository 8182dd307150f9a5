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
import java.math.BigDecimal;
import org.policytracker.plans.entity.Indicator;
import org.policytracker.platform.persistence.Auditable;

/** The draft's value of one indicator in scope (e.g. coal consumption, 10,000 t). */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @Column(name = "reported_value", precision = 20, scale = 6)
    private BigDecimal value;

    @Column(length = 1000)
    private String note;

    protected IndicatorValue() {
    }

    IndicatorValue(Submission submission, int position, Indicator indicator) {
        this.submission = submission;
        this.position = position;
        this.indicator = indicator;
    }

    public void fill(BigDecimal value, String note) {
        this.value = value;
        this.note = note;
    }

    public Long getId() { return id; }
    public Indicator getIndicator() { return indicator; }
    public int getPosition() { return position; }
    public BigDecimal getValue() { return value; }
    public String getNote() { return note; }

    @Override
    public Auditable auditRoot() {
        return submission;
    }

    @Override
    public String auditLabel() {
        return "indicator " + indicator.getCode();
    }
}
