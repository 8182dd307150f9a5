package org.policytracker.parks.entity;

import org.policytracker.platform.state.Lifecycle;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.platform.time.Shanghai;

/**
 * What a park committee files with the province: its implementation plan (approved before it is
 * carried out) or an annual progress report on an approved plan (due 31 December). The draft is a
 * JSON document of the type's shape ({@code ParkPlanContent}, {@code AnnualReportContent}); each
 * submission freezes it as a {@link ParkFilingVersion}.
 */
@Entity
@Table(name = "park_filing")
public class ParkFiling extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "park_id", nullable = false)
    private Park park;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_type", nullable = false, length = 16)
    private FilingType type;

    /** The plan's first year, or the year an annual report covers. */
    @Column(name = "report_year", nullable = false)
    private int year;

    /** For an annual report: the approved plan it reports on. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private ParkFiling plan;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FilingStatus status = FilingStatus.DRAFT;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_result", length = 16)
    private EvaluationResult evaluationResult;

    @Column(name = "evaluation_date")
    private LocalDate evaluationDate;

    @Column(name = "evaluation_comment", columnDefinition = "TEXT")
    private String evaluationComment;

    @Column(name = "evaluated_by", length = 255)
    private String evaluatedBy;

    @Column(name = "draft_saved_by", length = 255)
    private String draftSavedBy;

    @OneToMany(mappedBy = "filing", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ParkFilingVersion> versions = new ArrayList<>();

    protected ParkFiling() {
    }

    public ParkFiling(Park park, FilingType type, int year, ParkFiling plan, LocalDate dueDate, String content) {
        this.park = park;
        this.type = type;
        this.year = year;
        this.plan = plan;
        this.dueDate = dueDate;
        this.content = content;
    }

    public void saveDraft(String json, String by) {
        this.content = json;
        this.draftSavedBy = by;
    }

    public ParkFilingVersion submit(String by, Instant at) {
        FilingStatus next = Lifecycle.require("filing", status, versions.isEmpty() ? FilingStatus.SUBMITTED : FilingStatus.RESUBMITTED);
        ParkFilingVersion v = new ParkFilingVersion(this, versions.size() + 1, by, at, content);
        versions.add(v);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        status = next;
        return v;
    }

    public void returnForRevision(String by, Instant at, String comment) {
        FilingStatus next = Lifecycle.require("filing", status, FilingStatus.RETURNED);
        latest().review(FilingStatus.RETURNED, by, at, comment);
        status = next;
    }

    public void approve(String by, Instant at, String comment) {
        FilingStatus next = Lifecycle.require("filing", status, FilingStatus.APPROVED);
        latest().review(FilingStatus.APPROVED, by, at, comment);
        status = next;
        decidedAt = at;
    }

    public void evaluate(EvaluationResult result, LocalDate on, String comment, String by) {
        this.evaluationResult = result;
        this.evaluationDate = on;
        this.evaluationComment = comment;
        this.evaluatedBy = by;
    }

    public ParkFilingVersion latest() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    @Override
    public String auditType() {
        return "parkFiling";
    }


    public Park getPark() { return park; }
    public FilingType getType() { return type; }
    public int getYear() { return year; }
    public ParkFiling getPlan() { return plan; }
    public LocalDate getDueDate() { return dueDate; }
    public FilingStatus getStatus() { return status; }
    public String getContent() { return content; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getDecidedAt() { return decidedAt; }

    /**
     * Whether the filing stood approved at the end of {@code day} (Beijing time): what a report on a past year may
     * count — a plan approved later did not exist for that year.
     */
    public boolean approvedBy(java.time.LocalDate day) {
        return status == FilingStatus.APPROVED && decidedAt != null
                && !decidedAt.atZone(Shanghai.ZONE).toLocalDate().isAfter(day);
    }
    public EvaluationResult getEvaluationResult() { return evaluationResult; }
    public LocalDate getEvaluationDate() { return evaluationDate; }
    public String getEvaluationComment() { return evaluationComment; }
    public String getEvaluatedBy() { return evaluatedBy; }
    public String getDraftSavedBy() { return draftSavedBy; }
    public List<ParkFilingVersion> getVersions() { return versions; }
}
