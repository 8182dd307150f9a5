package org.policytracker.reporting.control;

import org.policytracker.platform.persistence.VersionChanges;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException.FieldProblem;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.TaskComment;
import org.policytracker.reporting.entity.TaskReport;
import org.policytracker.reporting.entity.VersionContent;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.reporting.entity.ReviewOutcome;
import jakarta.enterprise.event.Event;

/**
 * The review of a sent report: returned for revision with what to fix (a comment on the whole and on single tasks),
 * or accepted. The reviewer is a plan office or department of the cycle's reviewing organisation, never the reporting
 * one ({@link ReportingAccess#requireCanReview}).
 */
@ApplicationScoped
@Transactional
public class SubmissionReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    ReportingAccess reportingAccess;

    @Inject
    SubmissionService submissions;

    @Inject
    Event<Notices.Decided> decided;

    /** Returns the report: a comment on the whole or on at least one task is required. */
    public Submission returnForRevision(long id, ReviewData d, Instant now) {
        Submission s = reviewable(id, d);
        List<TaskComment> onTasks = taskComments(s, d.taskComments);
        if (trimToNull(d.comment) == null && onTasks.isEmpty()) {
            throw new InvalidRequestException("comment", "review.comment.required");
        }
        s.returnForRevision(access.user().name(), now.truncatedTo(ChronoUnit.MICROS), trimToNull(d.comment), onTasks);
        em.flush();
        decided.fire(new Notices.Decided(s.getId(), s.latest().getNumber(), ReviewOutcome.RETURNED, Notices.quiet()));
        return s;
    }

    public Submission accept(long id, ReviewData d, Instant now) {
        Submission s = reviewable(id, d);
        s.accept(access.user().name(), now.truncatedTo(ChronoUnit.MICROS), trimToNull(d.comment), taskComments(s, d.taskComments));
        em.flush();
        decided.fire(new Notices.Decided(s.getId(), s.latest().getNumber(), ReviewOutcome.ACCEPTED, Notices.quiet()));
        return s;
    }

    /**
     * What changed from version {@code from} to version {@code to} (by default the one before the latest, and the
     * latest; version 0 is "nothing sent yet"), for anyone who may see the report. In a transaction: pages call it too.
     */
    public VersionChanges.Comparison compare(long id, Integer from, Integer to) {
        Submission s = submissions.get(id);
        int[] r = VersionChanges.range(s.getVersions().size(), from, to);
        if (r == null) {
            return new VersionChanges.Comparison(0, 0, List.of()); // nothing sent yet, so nothing changed
        }
        int a = r[0];
        int b = r[1];
        return new VersionChanges.Comparison(a, b, VersionCompare.between(content(s, a), content(s, b)));
    }

    private static VersionContent content(Submission s, int number) {
        return number == 0 ? new VersionContent(List.of(), List.of(), List.of(), null)
                : VersionContent.of(s.getVersions().get(number - 1).getContent());
    }

    private Submission reviewable(long id, ReviewData d) {
        Submission s = submissions.get(id);
        reportingAccess.requireCanReview(s.getCycle().reviewerFor(s.getOrganisation()), s.getOrganisation());
        if (!s.getStatus().awaitingReview()) {
            throw new InvalidRequestException("status", "review.notAwaiting", s.getStatus());
        }
        StaleUpdateException.check(SubmissionService.ENTITY, id, d.version, s.getVersion());
        return s;
    }

    /**
     * The comments on single tasks, in the form's order: blank ones dropped (a form sends every box), each task of this
     * report and at most once.
     */
    static List<TaskComment> taskComments(Submission s, List<ReviewData.TaskNote> notes) {
        if (notes == null || notes.isEmpty()) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<TaskComment> out = new ArrayList<>();
        for (TaskReport r : s.getTaskReports()) {
            for (int i = 0; i < notes.size(); i++) {
                ReviewData.TaskNote n = notes.get(i);
                if (r.getTask().getId().equals(n.taskId) && trimToNull(n.comment) != null) {
                    if (!seen.add(n.taskId)) {
                        problems.add(new FieldProblem("taskComments[" + i + "].taskId", "review.task.twice", r.getTask().getNumber()));
                    } else {
                        out.add(new TaskComment(n.taskId, r.getTask().getNumber(), n.comment.strip()));
                    }
                }
            }
        }
        Set<Long> inReport = new HashSet<>();
        s.getTaskReports().forEach(r -> inReport.add(r.getTask().getId()));
        for (int i = 0; i < notes.size(); i++) {
            if (!inReport.contains(notes.get(i).taskId)) {
                problems.add(new FieldProblem("taskComments[" + i + "].taskId", "review.task.notInReport", notes.get(i).taskId));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return out;
    }
}
