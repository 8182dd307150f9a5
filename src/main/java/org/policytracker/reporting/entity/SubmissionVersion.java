package org.policytracker.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.SentVersion;

/**
 * What was sent, frozen: the draft's content as JSON at the moment of submitting (never changed
 * afterwards), and the review it received. A revision after a return is the next version.
 */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion extends SentVersion {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ReviewOutcome outcome;

    @Column(name = "task_comments", columnDefinition = "MEDIUMTEXT")
    private String taskComments;

    protected SubmissionVersion() {
    }

    SubmissionVersion(Submission submission, int number, String submittedBy, Instant submittedAt, String content) {
        super(number, submittedBy, submittedAt, content);
        this.submission = submission;
    }

    void review(ReviewOutcome result, String by, Instant at, String comment, List<TaskComment> onTasks) {
        recordReview(by, at, comment);
        this.outcome = result;
        this.taskComments = TaskComment.toJson(onTasks);
    }

    @Override
    protected boolean reviewed() {
        return outcome != null;
    }

    public Submission getSubmission() { return submission; }
    public ReviewOutcome getOutcome() { return outcome; }

    /** The reviewer's comments on single tasks, in the form's order (none before a review or when none was written). */
    public List<TaskComment> getTaskComments() {
        return TaskComment.of(taskComments);
    }

    @Override
    public Auditable auditRoot() {
        return submission;
    }
}
