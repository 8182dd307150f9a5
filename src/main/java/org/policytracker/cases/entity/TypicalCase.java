package org.policytracker.cases.entity;

import org.policytracker.platform.persistence.AuditedPart;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;

/**
 * One row of a list as published (序号, 单位名称, 行业, 所在省市, 典型模式, 典型做法, 备注), linked to the
 * province in the registry where the name matches, with the {@link CaseFigure}s its text states.
 */
@Entity
@Table(name = "typical_case")
public class TypicalCase implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id", nullable = false)
    private CaseList list;

    @Column(nullable = false)
    private int number;

    @Column(name = "unit_name", nullable = false, length = 300)
    private String unitName;

    @Column(nullable = false, length = 100)
    private String industry;

    @Column(name = "province_name", nullable = false, length = 100)
    private String provinceName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Organisation province;

    @Column(nullable = false, length = 100)
    private String mode;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String practice;

    @Column(length = 300)
    private String remarks;

    @OneToMany(mappedBy = "typicalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseFigure> figures = new ArrayList<>();

    protected TypicalCase() {
    }

    TypicalCase(CaseList list, int number, String unitName, String industry, String provinceName, Organisation province,
                String mode, String practice, String remarks) {
        this.list = list;
        this.number = number;
        revise(unitName, industry, provinceName, province, mode, practice, remarks);
    }

    /** Takes the row's values as published now; true if anything changed. A changed practice drops its figures (to be extracted anew). */
    public boolean revise(String unitName, String industry, String provinceName, Organisation province, String mode, String practice,
                          String remarks) {
        boolean changed = !java.util.Objects.equals(this.unitName, unitName) || !java.util.Objects.equals(this.industry, industry)
                || !java.util.Objects.equals(this.provinceName, provinceName) || !java.util.Objects.equals(this.mode, mode)
                || !java.util.Objects.equals(this.practice, practice) || !java.util.Objects.equals(this.remarks, remarks);
        if (!java.util.Objects.equals(this.practice, practice)) {
            figures.clear();
        }
        this.unitName = unitName;
        this.industry = industry;
        this.provinceName = provinceName;
        this.province = province;
        this.mode = mode;
        this.practice = practice;
        this.remarks = remarks;
        return changed;
    }

    public void addFigure(FigureKind kind, boolean change, java.math.BigDecimal value, String unit, boolean atLeast,
                          Integer year, String quote) {
        figures.add(new CaseFigure(this, figures.size(), kind, change, value, unit, atLeast, year, quote));
    }

    public Long getId() { return id; }
    public CaseList getList() { return list; }
    public int getNumber() { return number; }
    public String getUnitName() { return unitName; }
    public String getIndustry() { return industry; }
    public String getProvinceName() { return provinceName; }
    public Organisation getProvince() { return province; }
    public String getMode() { return mode; }
    public String getPractice() { return practice; }
    public String getRemarks() { return remarks; }
    public List<CaseFigure> getFigures() { return figures; }

    @Override
    public Auditable auditRoot() {
        return list;
    }

    @Override
    public String auditLabel() {
        return "case " + number;
    }
}
