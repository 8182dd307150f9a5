package org.policytracker.cases.entity;

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
import java.math.BigDecimal;
import org.policytracker.platform.persistence.Auditable;

/**
 * A figure a case's text states, typed: e.g. water reuse rate = 99.1 %, or unit water use changed by
 * −0.75 m³/t; {@code quote} keeps the words it was read from.
 */
@Entity
@Table(name = "case_figure")
public class CaseFigure implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private TypicalCase typicalCase;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FigureKind kind;

    @Column(name = "is_change", nullable = false)
    private boolean change;

    @Column(name = "figure_value", nullable = false, precision = 20, scale = 6)
    private BigDecimal value;

    @Column(nullable = false, length = 32)
    private String unit;

    @Column(name = "at_least", nullable = false)
    private boolean atLeast;

    @Column(name = "figure_year")
    private Integer year;

    @Column(nullable = false, length = 500)
    private String quote;

    protected CaseFigure() {
    }

    CaseFigure(TypicalCase typicalCase, int position, FigureKind kind, boolean change, BigDecimal value, String unit,
               boolean atLeast, Integer year, String quote) {
        this.typicalCase = typicalCase;
        this.position = position;
        this.kind = kind;
        this.change = change;
        this.value = value;
        this.unit = unit;
        this.atLeast = atLeast;
        this.year = year;
        this.quote = quote.length() > 500 ? quote.substring(0, 500) : quote;
    }

    public FigureKind getKind() { return kind; }
    public boolean isChange() { return change; }
    public BigDecimal getValue() { return value; }
    public String getUnit() { return unit; }
    public boolean isAtLeast() { return atLeast; }
    public Integer getYear() { return year; }
    public String getQuote() { return quote; }

    @Override
    public Auditable auditRoot() {
        return typicalCase.auditRoot();
    }

    @Override
    public String auditLabel() {
        return typicalCase.auditLabel() + " figure " + position;
    }
}
