package org.policytracker.reporting.boundary;

import org.policytracker.platform.i18n.Units;
import java.util.Locale;
import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.platform.persistence.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.reporting.entity.IndicatorValue;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.SubmissionVersion;
import org.policytracker.reporting.entity.TaskReport;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.reporting.control.ReportingAccess;
import org.policytracker.reporting.entity.SubmissionStatus;
import org.policytracker.reporting.entity.TaskComment;
import org.policytracker.reporting.entity.VersionContent;
import org.policytracker.platform.time.Timeliness;

/**
 * Reads a submission into the plain form the submission page edits (in one transaction, so the page
 * never touches a detached entity): its tasks and indicators in order, what may be done with it,
 * and every sent version with its review.
 */
@ApplicationScoped
@Transactional
public class SubmissionForms {

    /** One task's answer as the form holds it. */
    public static final class TaskRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public long taskId;
        public String number;
        public String title;
        public LocalDate deadline;
        public String status;
        public Integer percentDone;
        public String narrative;
        public String difficulties;
        public String nextSteps;
        public String delayExplanation;
        public String correctiveAction;
        public LocalDate correctiveDue;
        /** What the reviewer types on this task (review mode). */
        public String reviewNote;
        /** What the last review said on this task (shown beside it). */
        public String returnedNote;

        public String getReviewNote() { return reviewNote; }
        public void setReviewNote(String reviewNote) { this.reviewNote = reviewNote; }
        public String getReturnedNote() { return returnedNote; }
        public long getTaskId() { return taskId; }
        public String getNumber() { return number; }
        public String getTitle() { return title; }
        public LocalDate getDeadline() { return deadline; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public Integer getPercentDone() { return percentDone; }
        public void setPercentDone(Integer percentDone) { this.percentDone = percentDone; }
        public String getNarrative() { return narrative; }
        public void setNarrative(String narrative) { this.narrative = narrative; }
        public String getDifficulties() { return difficulties; }
        public void setDifficulties(String difficulties) { this.difficulties = difficulties; }
        public String getNextSteps() { return nextSteps; }
        public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
        public String getDelayExplanation() { return delayExplanation; }
        public void setDelayExplanation(String delayExplanation) { this.delayExplanation = delayExplanation; }
        public String getCorrectiveAction() { return correctiveAction; }
        public void setCorrectiveAction(String correctiveAction) { this.correctiveAction = correctiveAction; }
        public LocalDate getCorrectiveDue() { return correctiveDue; }
        public void setCorrectiveDue(LocalDate correctiveDue) { this.correctiveDue = correctiveDue; }
    }

    /** One indicator's value as the form holds it. */
    public static final class IndicatorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public long indicatorId;
        public String name;
        public String unit;
        public BigDecimal value;
        public String note;

        public long getIndicatorId() { return indicatorId; }
        public String getName() { return name; }
        public String getUnit() { return unit; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** A sent version: when, by whom, the review, and its task answers as sent. */
    public record VersionView(int number, Instant submittedAt, String submittedBy, String outcome, Instant reviewedAt,
                              String reviewedBy, String comment, List<String[]> answers) implements Serializable {
    }

    public record AttachmentView(long id, String fileName, long size, Integer firstVersion) implements Serializable {
    }

    /** One thing to fix, from the last review: the task (its place on the form, for the link) and the comment. */
    public record Fix(int index, String number, String title, String comment) implements Serializable {
    }

    /** The whole form. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        public long id;
        public long version;
        public String organisation;
        public String cycle;
        public String period;
        public LocalDate dueDate;
        public String status;
        public boolean canFill;
        public boolean canReview;
        public List<TaskRow> tasks = new ArrayList<>();
        public List<IndicatorRow> indicators = new ArrayList<>();
        public List<VersionView> versions = new ArrayList<>();
        public List<AttachmentView> attachments = new ArrayList<>();
        /** Why it goes late (typed by the organisation); whether sending it now, for the first time, would be late. */
        public String latenessReason;
        public boolean lateNow;
        /** The last review's outcome (RETURNED, ACCEPTED) and comment on the whole, and its comments on single tasks. */
        public String reviewOutcome;
        public String reviewComment;
        public List<Fix> fixes = new ArrayList<>();

        public String getLatenessReason() { return latenessReason; }
        public void setLatenessReason(String latenessReason) { this.latenessReason = latenessReason; }
        public boolean isLateNow() { return lateNow; }
        /** How many tasks have a status (what sending needs first). */
        public long getFilled() { return tasks.stream().filter(t -> t.status != null && !t.status.isBlank()).count(); }
        public String getReviewOutcome() { return reviewOutcome; }
        public String getReviewComment() { return reviewComment; }
        public List<Fix> getFixes() { return fixes; }
        public long getId() { return id; }
        public long getVersion() { return version; }
        public String getOrganisation() { return organisation; }
        public String getCycle() { return cycle; }
        public String getPeriod() { return period; }
        public LocalDate getDueDate() { return dueDate; }
        public String getStatus() { return status; }
        public boolean isCanFill() { return canFill; }
        public boolean isCanReview() { return canReview; }
        public List<TaskRow> getTasks() { return tasks; }
        public List<IndicatorRow> getIndicators() { return indicators; }
        public List<VersionView> getVersions() { return versions; }
        public List<AttachmentView> getAttachments() { return attachments; }
    }

    @Inject
    SubmissionService submissions;

    /** A line of the submissions list. */
    public record Line(long id, String organisation, String cycle, String period, LocalDate dueDate, String status,
                       Instant submittedAt) implements Serializable {
    }

    /** The submissions the user may see, newest due first, optionally of one status. */
    public List<Line> list(String status, boolean english) {
        List<Line> out = new ArrayList<>();
        SubmissionStatus st = status == null || status.isBlank() ? null
                : SubmissionStatus.valueOf(status);
        for (Submission s : submissions.list(new SubmissionService.Filter(null, null, null, st, null), 0, Page.EVERY).all()) {
            out.add(new Line(s.getId(), Bilingual.pick(s.getOrganisation().getNameZh(), s.getOrganisation().getNameEn(), english, null), Bilingual.pick(s.getCycle().getNameZh(), s.getCycle().getNameEn(), english, null), s.getPeriodCode(), s.getDueDate(), s.getStatus().name(), s.getFirstSubmittedAt()));
        }
        return out;
    }

    @Inject
    AccessPolicy access;

    @Inject
    ReportingAccess reportingAccess;

    public Form read(long id, boolean english) {
        Submission s = submissions.get(id);
        Form f = new Form();
        f.id = s.getId();
        f.version = s.getVersion();
        f.organisation = Bilingual.pick(s.getOrganisation().getNameZh(), s.getOrganisation().getNameEn(), english, null);
        f.cycle = Bilingual.pick(s.getCycle().getNameZh(), s.getCycle().getNameEn(), english, null);
        f.period = s.getPeriodCode();
        f.dueDate = s.getDueDate();
        f.status = s.getStatus().name();
        f.canFill = s.getStatus().editable() && reportingAccess.canFill(s.getOrganisation());
        f.canReview = s.getStatus().awaitingReview() && reportingAccess.canReview(s.getCycle().reviewerFor(s.getOrganisation()), s.getOrganisation());
        for (TaskReport r : s.getTaskReports()) {
            TaskRow row = new TaskRow();
            row.taskId = r.getTask().getId();
            row.number = r.getTask().getNumber();
            row.title = r.getTask().nameFor(english, 200);
            row.deadline = r.getTask().getDeadline();
            row.status = r.getStatus() == null ? null : r.getStatus().name();
            row.percentDone = r.getPercentDone();
            row.narrative = r.getNarrative();
            row.difficulties = r.getDifficulties();
            row.nextSteps = r.getNextSteps();
            row.delayExplanation = r.getDelayExplanation();
            row.correctiveAction = r.getCorrectiveAction();
            row.correctiveDue = r.getCorrectiveDue();
            f.tasks.add(row);
        }
        for (IndicatorValue v : s.getIndicatorValues()) {
            IndicatorRow row = new IndicatorRow();
            row.indicatorId = v.getIndicator().getId();
            row.name = Bilingual.pick(v.getIndicator().getNameZh(), v.getIndicator().getNameEn(), english, null);
            row.unit = Units.of(v.getIndicator().getUnit(), english ? Locale.ENGLISH : Locale.CHINESE);
            row.value = v.getValue();
            row.note = v.getNote();
            f.indicators.add(row);
        }
        for (SubmissionVersion v : s.getVersions()) {
            List<String[]> answers = new ArrayList<>();
            for (VersionContent.TaskAnswer r
                    : VersionContent.of(v.getContent()).taskReports()) {
                answers.add(new String[] {r.number() == null ? "" : r.number(), r.status() == null ? "" : r.status().name(),
                        r.percentDone() == null ? "" : String.valueOf(r.percentDone()), r.narrative() == null ? "" : r.narrative()});
            }
            f.versions.add(new VersionView(v.getNumber(), v.getSubmittedAt(), v.getSubmittedBy(),
                    v.getOutcome() == null ? null : v.getOutcome().name(), v.getReviewedAt(), v.getReviewedBy(), v.getReviewComment(), answers));
        }
        submissions.attachments(s).forEach(a -> f.attachments.add(new AttachmentView(a.getId(), a.getFileName(), a.getSize(),
                a.getFirstVersion())));
        lastReview(f, s.latest());
        f.latenessReason = s.getLatenessReason();
        Instant now = Instant.now();
        f.lateNow = s.getVersions().isEmpty()
                && Timeliness.judge(s.getDueDate(), s.getCycle().getGraceDays(), now, now).status() == Timeliness.Status.LATE;
        return f;
    }

    /** The last review at the top of the form, and each of its task comments beside its task. */
    private static void lastReview(Form f, SubmissionVersion v) {
        if (v == null || v.getOutcome() == null) {
            return;
        }
        f.reviewOutcome = v.getOutcome().name();
        f.reviewComment = v.getReviewComment();
        for (TaskComment c : v.getTaskComments()) {
            for (int i = 0; i < f.tasks.size(); i++) {
                TaskRow row = f.tasks.get(i);
                if (row.taskId == c.taskId()) {
                    row.returnedNote = c.comment();
                    f.fixes.add(new Fix(i, row.number, row.title, c.comment()));
                }
            }
        }
    }

}
