package org.policytracker.reporting.boundary;

import org.policytracker.platform.time.Shanghai;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.reporting.control.TrafficLight;
import org.policytracker.reporting.entity.Attachment;
import org.policytracker.reporting.entity.ReviewOutcome;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.SubmissionStatus;
import org.policytracker.reporting.entity.SubmissionVersion;
import org.policytracker.reporting.entity.TaskComment;

/**
 * A submission as the API shows it: the slot, where it stands, whether it came on time, the last
 * review, and — for one submission — the draft with each task's computed light.
 */
public record SubmissionView(Long id, long version, CycleRef cycle, OrganisationView.Ref organisation, String period,
                             LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, SubmissionStatus status,
                             Timeliness timeliness, Instant firstSubmittedAt, Instant lastSubmittedAt, Instant acceptedAt,
                             String draftSavedBy, Instant draftSavedAt, String latenessReason, int versions, Review lastReview,
                             boolean canEdit,
                             boolean canReview, List<TaskReportView> taskReports, List<IndicatorValueView> indicatorValues,
                             List<AttachmentView> attachments) {

    public record CycleRef(Long id, String code, String nameZh, String nameEn, Long planId, String planCode,
                           OrganisationView.Ref reviewer) {
    }

    /** The last review: its outcome, the comment on the whole and those on single tasks (what to fix where). */
    public record Review(int version, ReviewOutcome outcome, String by, Instant at, String comment, List<TaskComment> taskComments) {
        static Review of(SubmissionVersion v) {
            return v == null || v.getOutcome() == null ? null
                    : new Review(v.getNumber(), v.getOutcome(), v.getReviewedBy(), v.getReviewedAt(), v.getReviewComment(),
                    v.getTaskComments());
        }
    }

    public record TaskReportView(Long taskId, String number, String titleZh, String titleEn, LocalDate deadline,
                                 TaskStatus status, Integer percentDone, String narrative, String difficulties, String nextSteps,
                                 String delayExplanation, String correctiveAction, LocalDate correctiveDue, TrafficLight light) {
    }

    public record IndicatorValueView(Long indicatorId, String code, String nameZh, String nameEn, String unit, BigDecimal value,
                                     String note) {
    }

    public record AttachmentView(Long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                                 Instant uploadedAt, Integer firstVersion) {
        public static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSize(), a.getSha256(),
                    a.getUploadedBy(), a.getUploadedAt(), a.getFirstVersion());
        }
    }

    /** Without the draft's content (lists). */
    public static SubmissionView summary(Submission s, Instant now, boolean canEdit, boolean canReview) {
        return of(s, now, canEdit, canReview, null, null, null);
    }

    /**
     * What a client needs after a save or a decision when it asked for no more ({@code Prefer: return=minimal}): the
     * new version to send with the next change, the state, and when the draft was saved and the report last sent.
     */
    public record Brief(Long id, long version, SubmissionStatus status, String draftSavedBy, Instant draftSavedAt,
                        Instant lastSubmittedAt) {
        public static Brief of(Submission s) {
            return new Brief(s.getId(), s.getVersion(), s.getStatus(), s.getDraftSavedBy(), s.getDraftSavedAt(), s.getLastSubmittedAt());
        }
    }

    public static SubmissionView full(Submission s, Instant now, boolean canEdit, boolean canReview, List<Attachment> files) {
        LocalDate today = now.atZone(Shanghai.ZONE).toLocalDate();
        List<TaskReportView> tasks = s.getTaskReports().stream().map(r -> new TaskReportView(r.getTask().getId(),
                r.getTask().getNumber(), r.getTask().getTitleZh(), r.getTask().getTitleEn(), r.getTask().getDeadline(),
                r.getStatus(), r.getPercentDone(), r.getNarrative(), r.getDifficulties(), r.getNextSteps(),
                r.getDelayExplanation(), r.getCorrectiveAction(), r.getCorrectiveDue(),
                TrafficLight.of(r.getStatus(), r.getPercentDone(), r.getTask().getPlan().getPeriodStart(),
                        r.getTask().getDeadline(), today, TrafficLight.Rules.DEFAULT))).toList();
        List<IndicatorValueView> values = s.getIndicatorValues().stream().map(v -> new IndicatorValueView(
                v.getIndicator().getId(), v.getIndicator().getCode(), v.getIndicator().getNameZh(), v.getIndicator().getNameEn(),
                v.getIndicator().getUnit(), v.getValue() == null ? null : v.getValue().stripTrailingZeros(), v.getNote())).toList();
        return of(s, now, canEdit, canReview, tasks, values, files.stream().map(AttachmentView::of).toList());
    }

    private static SubmissionView of(Submission s, Instant now, boolean canEdit, boolean canReview, List<TaskReportView> tasks,
                                     List<IndicatorValueView> values, List<AttachmentView> files) {
        var c = s.getCycle();
        return new SubmissionView(s.getId(), s.getVersion(), new CycleRef(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(),
                c.getPlan().getId(), c.getPlan().getCode(), OrganisationView.Ref.of(c.reviewerFor(s.getOrganisation()))),
                OrganisationView.Ref.of(s.getOrganisation()), s.getPeriodCode(), s.getPeriodStart(), s.getPeriodEnd(),
                s.getDueDate(), s.getStatus(), Timeliness.judge(s.getDueDate(), c.getGraceDays(), s.getFirstSubmittedAt(), now),
                s.getFirstSubmittedAt(), s.getLastSubmittedAt(), s.getAcceptedAt(), s.getDraftSavedBy(), s.getDraftSavedAt(),
                s.getLatenessReason(), s.getVersions().size(), Review.of(s.latest()), canEdit && s.getStatus().editable(),
                canReview && s.getStatus().awaitingReview(), tasks, values, files);
    }
}
