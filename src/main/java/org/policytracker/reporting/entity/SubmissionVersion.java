package org.policytracker.reporting.entity;

import org.policytracker.platform.persistence.NotAudited;

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
import java.time.Instant;
import org.policytracker.platform.persistence.Auditable;

/**
 * What was sent, frozen: the draft's content as JSON at the moment of submitting (never changed
 * afterwards), and the review it received. A revision after a return is the next version.
 */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 255)
    private String submittedBy;

    @NotAudited("the frozen answers: each save of the draft they were sent from is in the trail")
    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ReviewOutcome outcome;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 255)
    private String reviewedBy;

    @Column(name = "review_comment", columnDefinition = "TEXT")
    private String reviewComment;

    protected SubmissionVersion() {
    }

    SubmissionVersion(Submission submission, int number, String submittedBy, Instant submittedAt, String content) {
        this.submission = submission;
        this.number = number;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.content = content;
    }

    void review(ReviewOutcome result, String by, Instant at, String comment) {
        if (outcome != null) {
            throw new IllegalStateException("version " + number + " was already reviewed");
        }
        this.outcome = result;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    public Long getId() { return id; }
    public Submission getSubmission() { return submission; }
    public int getNumber() { return number; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getContent() { return content; }
    public ReviewOutcome getOutcome() { return outcome; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public String getReviewComment() { return reviewComment; }

    @Override
    public Auditable auditRoot() {
        return submission;
    }

    @Override
    public String auditLabel() {
        return "version " + number;
    }
}
