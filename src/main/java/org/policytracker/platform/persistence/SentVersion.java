package org.policytracker.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The shape every sent version shares — a progress report's, a park filing's: its number, who sent it and when, the
 * content as it was sent (JSON, never changed afterwards) and the review it received (who, when, the comment). The
 * outcome's values are each kind's own, so the subclass keeps that field and says whether it was reviewed.
 */
@MappedSuperclass
public abstract class SentVersion implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 255)
    private String submittedBy;

    @NotAudited("the frozen answers: each save of the draft they were sent from is in the trail")
    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 255)
    private String reviewedBy;

    @Column(name = "review_comment", columnDefinition = "TEXT")
    private String reviewComment;

    protected SentVersion() {
    }

    protected SentVersion(int number, String submittedBy, Instant submittedAt, String content) {
        this.number = number;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.content = content;
    }

    /** Whether a review already decided on this version (a version is reviewed once). */
    protected abstract boolean reviewed();

    /** Records the review; the subclass sets its outcome. */
    protected final void recordReview(String by, Instant at, String comment) {
        if (reviewed()) {
            throw new IllegalStateException("version " + number + " was already reviewed");
        }
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getContent() { return content; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public String getReviewComment() { return reviewComment; }

    @Override
    public String auditLabel() {
        return "version " + number;
    }
}
