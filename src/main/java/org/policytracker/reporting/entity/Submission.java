package org.policytracker.reporting.entity;

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
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.plans.entity.Indicator;
import org.policytracker.plans.entity.Task;

/**
 * One organisation's report for one period of a cycle (the slot exists from the period's start,
 * whether or not anybody writes in it). It holds the editable draft — a {@link TaskReport} per
 * task the organisation answers for, {@link IndicatorValue}s, evidence — and the
 * {@link SubmissionVersion}s it was sent as, which are never changed.
 */
@Entity
@Table(name = "submission")
public class Submission extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private ReportingCycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "period_code", nullable = false, length = 16)
    private String periodCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionStatus status = SubmissionStatus.DRAFT;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "draft_saved_by", length = 255)
    private String draftSavedBy;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    /** Why the report goes after its due date (asked when it is first sent late; frozen into the version). */
    @Column(name = "lateness_reason", columnDefinition = "TEXT")
    private String latenessReason;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TaskReport> taskReports = new ArrayList<>();

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<IndicatorValue> indicatorValues = new ArrayList<>();

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<SubmissionVersion> versions = new ArrayList<>();

    protected Submission() {
    }

    public Submission(ReportingCycle cycle, Organisation organisation, Period period) {
        this.cycle = cycle;
        this.organisation = organisation;
        this.periodCode = period.code();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.dueDate = cycle.dueDate(period);
    }

    public TaskReport addTaskReport(Task task) {
        TaskReport r = new TaskReport(this, taskReports.size(), task);
        taskReports.add(r);
        return r;
    }

    public IndicatorValue addIndicator(Indicator indicator) {
        IndicatorValue v = new IndicatorValue(this, indicatorValues.size(), indicator);
        indicatorValues.add(v);
        return v;
    }

    public void draftSaved(String by, Instant at) {
        this.draftSavedBy = by;
        this.draftSavedAt = at;
    }

    /** Sends the draft: freezes it as the next version. */
    public SubmissionVersion submit(String by, Instant at, String content) {
        SubmissionStatus next = Lifecycle.require("submission", status, versions.isEmpty() ? SubmissionStatus.SUBMITTED : SubmissionStatus.RESUBMITTED);
        SubmissionVersion v = new SubmissionVersion(this, versions.size() + 1, by, at, content);
        versions.add(v);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        lastSubmittedAt = at;
        status = next;
        return v;
    }

    public void returnForRevision(String by, Instant at, String comment, List<TaskComment> onTasks) {
        SubmissionStatus next = Lifecycle.require("submission", status, SubmissionStatus.RETURNED);
        latest().review(ReviewOutcome.RETURNED, by, at, comment, onTasks);
        status = next;
    }

    public void accept(String by, Instant at, String comment, List<TaskComment> onTasks) {
        SubmissionStatus next = Lifecycle.require("submission", status, SubmissionStatus.ACCEPTED);
        latest().review(ReviewOutcome.ACCEPTED, by, at, comment, onTasks);
        status = next;
        acceptedAt = at;
    }

    public SubmissionVersion latest() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    @Override
    public String auditType() {
        return "submission";
    }


    public ReportingCycle getCycle() { return cycle; }
    public Organisation getOrganisation() { return organisation; }
    public String getPeriodCode() { return periodCode; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public LocalDate getDueDate() { return dueDate; }
    public SubmissionStatus getStatus() { return status; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getLastSubmittedAt() { return lastSubmittedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getDraftSavedBy() { return draftSavedBy; }
    public Instant getDraftSavedAt() { return draftSavedAt; }
    public String getLatenessReason() { return latenessReason; }
    public void setLatenessReason(String latenessReason) { this.latenessReason = latenessReason; }
    public List<TaskReport> getTaskReports() { return taskReports; }
    public List<IndicatorValue> getIndicatorValues() { return indicatorValues; }
    public List<SubmissionVersion> getVersions() { return versions; }
}
