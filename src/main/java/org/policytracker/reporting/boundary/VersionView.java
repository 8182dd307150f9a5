package org.policytracker.reporting.boundary;

import java.time.Instant;
import java.util.List;
import org.policytracker.reporting.entity.ReviewOutcome;
import org.policytracker.reporting.entity.SubmissionVersion;
import org.policytracker.reporting.entity.TaskComment;
import org.policytracker.reporting.entity.VersionContent;

/** One submitted version, as it was sent, with the review it received. */
public record VersionView(int number, Instant submittedAt, String submittedBy, ReviewOutcome outcome, Instant reviewedAt,
                          String reviewedBy, String reviewComment, List<TaskComment> taskComments, VersionContent content) {

    public static VersionView of(SubmissionVersion v) {
        return new VersionView(v.getNumber(), v.getSubmittedAt(), v.getSubmittedBy(), v.getOutcome(), v.getReviewedAt(),
                v.getReviewedBy(), v.getReviewComment(), v.getTaskComments(), VersionContent.of(v.getContent()));
    }
}
