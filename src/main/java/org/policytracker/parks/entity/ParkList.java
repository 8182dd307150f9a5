package org.policytracker.parks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.platform.state.Lifecycle;

/**
 * A province's list of parks qualified for circular transformation (园区循环化改造名单) with each
 * park's expected results, prepared by the province and sent to NDRC and MIIT by its due date. Once
 * sent it is the record (status SUBMITTED) and its timeliness is judged like any submission's.
 */
@Entity
@Table(name = "park_list")
public class ParkList extends BaseEntity implements Auditable {

    /** Draft → submitted, once. */
    public enum Status implements Lifecycle<Status> {
        DRAFT, SUBMITTED;

        @Override
        public java.util.Set<Status> next() {
            return this == DRAFT ? java.util.EnumSet.of(SUBMITTED) : java.util.EnumSet.noneOf(Status.class);
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Organisation province;

    @Column(name = "list_year", nullable = false)
    private int year;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.DRAFT;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 255)
    private String submittedBy;

    @Column(name = "draft_saved_by", length = 255)
    private String draftSavedBy;

    protected ParkList() {
    }

    public ParkList(Organisation province, int year, LocalDate dueDate, String content) {
        this.province = province;
        this.year = year;
        this.dueDate = dueDate;
        this.content = content;
    }

    public void saveDraft(String json, LocalDate due, String by) {
        this.content = json;
        this.dueDate = due;
        this.draftSavedBy = by;
    }

    public void submit(String by, Instant at) {
        this.status = Lifecycle.require("parkList", status, Status.SUBMITTED);
        this.submittedBy = by;
        this.submittedAt = at;
    }

    @Override
    public String auditType() {
        return "parkList";
    }


    public Organisation getProvince() { return province; }
    public int getYear() { return year; }
    public LocalDate getDueDate() { return dueDate; }
    public Status getStatus() { return status; }
    public String getContent() { return content; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getDraftSavedBy() { return draftSavedBy; }
}
