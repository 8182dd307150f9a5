package org.policytracker.parks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;

/**
 * An industrial park (园区): its level, kind, where it lies (province, city) and the management
 * committee (管委会) that answers for its circular transformation — an organisation of the hierarchy,
 * whose people file the park's plan and reports.
 */
@Entity
@Table(name = "park")
public class Park extends BaseEntity implements Auditable {

    @Column(nullable = false, length = 64, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 300)
    private String nameZh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ParkLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48)
    private ParkKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Organisation province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private Organisation city;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Organisation committee;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "area_km2", precision = 12, scale = 3)
    private BigDecimal areaKm2;

    @Column(name = "leading_industries", length = 500)
    private String leadingIndustries;

    protected Park() {
    }

    public Park(String code) {
        this.code = code;
    }

    @Override
    public String auditType() {
        return "park";
    }


    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public ParkLevel getLevel() { return level; }
    public void setLevel(ParkLevel level) { this.level = level; }
    public ParkKind getKind() { return kind; }
    public void setKind(ParkKind kind) { this.kind = kind; }
    public Organisation getProvince() { return province; }
    public void setProvince(Organisation province) { this.province = province; }
    public Organisation getCity() { return city; }
    public void setCity(Organisation city) { this.city = city; }
    public Organisation getCommittee() { return committee; }
    public void setCommittee(Organisation committee) { this.committee = committee; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }
    public BigDecimal getAreaKm2() { return areaKm2; }
    public void setAreaKm2(BigDecimal areaKm2) { this.areaKm2 = areaKm2; }
    public String getLeadingIndustries() { return leadingIndustries; }
    public void setLeadingIndustries(String leadingIndustries) { this.leadingIndustries = leadingIndustries; }
}
