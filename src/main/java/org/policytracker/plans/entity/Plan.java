package org.policytracker.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.platform.state.Lifecycle;

/**
 * A policy document (方案 / 通知): title, document number (文号, e.g. 工信部联节〔2022〕72号), the
 * organisations that issued it jointly, issue date, period, the plans it implements and its
 * overall goals. Its tasks form a tree ({@link Task}).
 */
@Entity
@Table(name = "plan")
public class Plan extends BaseEntity implements Auditable {

    @Column(nullable = false, length = 64)
    private String code;

    @Column(name = "title_zh", nullable = false, length = 500)
    private String titleZh;

    @Column(name = "title_en", length = 500)
    private String titleEn;

    @Column(name = "document_number", length = 100)
    private String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PlanLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PlanStatus status = PlanStatus.IN_FORCE;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "overall_goals_zh", columnDefinition = "TEXT")
    private String overallGoalsZh;

    @Column(name = "overall_goals_en", columnDefinition = "TEXT")
    private String overallGoalsEn;

    /** The plan office that owns the plan (enters it, reviews submissions, issues reminders). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    @ManyToMany
    @JoinTable(name = "plan_issuer", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<Organisation> issuers = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "plan_implements", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "implemented_plan_id"))
    private Set<Plan> implementsPlans = new LinkedHashSet<>();

    protected Plan() {
    }

    public Plan(String code, String titleZh, PlanLevel level) {
        this.code = code;
        this.titleZh = titleZh;
        this.level = level;
    }

    public void replaceIssuers(List<Organisation> organisations) {
        issuers.clear();
        issuers.addAll(organisations);
    }

    public void replaceImplemented(Set<Plan> plans) {
        implementsPlans.clear();
        implementsPlans.addAll(plans);
    }

    @Override
    public String auditType() {
        return "plan";
    }


    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public PlanLevel getLevel() { return level; }
    public void setLevel(PlanLevel level) { this.level = level; }
    public PlanStatus getStatus() { return status; }
    /**
     * Changes the plan's status by its transition table ({@link PlanStatus#next()}); the same status is no change, and a
     * plan not yet saved takes any status as its first.
     */
    public void changeStatus(PlanStatus next) {
        if (next == status) {
            return;
        }
        this.status = getId() == null ? next : Lifecycle.require("plan", status, next);
    }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public String getOverallGoalsZh() { return overallGoalsZh; }
    public void setOverallGoalsZh(String overallGoalsZh) { this.overallGoalsZh = overallGoalsZh; }
    public String getOverallGoalsEn() { return overallGoalsEn; }
    public void setOverallGoalsEn(String overallGoalsEn) { this.overallGoalsEn = overallGoalsEn; }
    public Organisation getOwner() { return owner; }
    public void setOwner(Organisation owner) { this.owner = owner; }
    public List<Organisation> getIssuers() { return issuers; }
    public Set<Plan> getImplementsPlans() { return implementsPlans; }
}
