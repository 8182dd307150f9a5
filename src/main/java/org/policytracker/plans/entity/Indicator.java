package org.policytracker.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.organisations.entity.Organisation;

/** A measurable quantity plans set targets for (指标): name, unit, good direction, aggregation. */
@Entity
@Table(name = "indicator")
public class Indicator extends BaseEntity implements Auditable {

    @Column(nullable = false, length = 64, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 300)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(nullable = false, length = 64)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Aggregation aggregation;

    /** The recognition (cases' {@code Recognition}) whose recognised units this indicator counts, if it counts any. */
    @jakarta.persistence.Column(name = "counts_recognition", length = 32)
    private String countsRecognition;

    /** The organisation that keeps it (none: the administrator); others use it, only the keeper changes it. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "owner_id")
    private Organisation owner;

    protected Indicator() {
    }

    public Indicator(String code, String nameZh, String nameEn, String unit, Direction direction, Aggregation aggregation) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.direction = direction;
        this.aggregation = aggregation;
    }

    public void change(String code, String nameZh, String nameEn, String unit, Direction direction, Aggregation aggregation) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.direction = direction;
        this.aggregation = aggregation;
    }

    @Override
    public String auditType() {
        return "indicator";
    }


    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public String getUnit() { return unit; }
    public Direction getDirection() { return direction; }
    public Aggregation getAggregation() { return aggregation; }
    public String getCountsRecognition() { return countsRecognition; }
    public void setCountsRecognition(String countsRecognition) { this.countsRecognition = countsRecognition; }
    public Organisation getOwner() { return owner; }
    public void setOwner(Organisation owner) { this.owner = owner; }
}
