package org.policytracker.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;

/**
 * A plan's target for one indicator in one scope (province, city, park): a target value and/or a
 * relative change against a baseline year — e.g. coal ≤ 14.5 Mt and −11.48 % vs 2015 by 2020 for
 * Jiaozuo; water use per 10 000 yuan of industrial value added −10 % vs 2020 by 2025 for Shaanxi.
 */
@Entity
@Table(name = "target")
public class Target extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scope_id", nullable = false)
    private Organisation scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Relation relation;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(name = "baseline_value", precision = 20, scale = 6)
    private BigDecimal baselineValue;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    @Column(name = "target_value", precision = 20, scale = 6)
    private BigDecimal targetValue;

    /** Change against the baseline year in percent: −10 means "10 % lower than the baseline". */
    @Column(name = "relative_change_percent", precision = 9, scale = 4)
    private BigDecimal relativeChangePercent;

    /** The sentence of the plan that sets the target. */
    @Column(length = 1000)
    private String statement;

    protected Target() {
    }

    public Target(Indicator indicator, Plan plan, Organisation scope, Relation relation, int targetYear) {
        this.indicator = indicator;
        this.plan = plan;
        this.scope = scope;
        this.relation = relation;
        this.targetYear = targetYear;
    }

    @Override
    public String auditType() {
        return "target";
    }


    public Indicator getIndicator() { return indicator; }
    public void setIndicator(Indicator indicator) { this.indicator = indicator; }
    public Plan getPlan() { return plan; }
    public Task getTask() { return task; }
    public void setTask(Task task) { this.task = task; }
    public Organisation getScope() { return scope; }
    public void setScope(Organisation scope) { this.scope = scope; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
    public Integer getBaselineYear() { return baselineYear; }
    public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
    public int getTargetYear() { return targetYear; }
    public void setTargetYear(int targetYear) { this.targetYear = targetYear; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public BigDecimal getRelativeChangePercent() { return relativeChangePercent; }
    public void setRelativeChangePercent(BigDecimal relativeChangePercent) { this.relativeChangePercent = relativeChangePercent; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
}
