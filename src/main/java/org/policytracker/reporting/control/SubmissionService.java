package org.policytracker.reporting.control;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.platform.io.FileType;
import org.policytracker.platform.time.Shanghai;
import static org.policytracker.platform.validation.Values.date;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.rest.InvalidRequestException.FieldProblem;
import org.policytracker.reporting.entity.Attachment;
import org.policytracker.reporting.entity.AttachmentContent;
import org.policytracker.reporting.entity.IndicatorValue;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.SubmissionStatus;
import org.policytracker.reporting.entity.SubmissionVersion;
import org.policytracker.reporting.entity.TaskReport;
import org.policytracker.reporting.entity.VersionContent;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.platform.io.Sha256;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.plans.entity.Plan_;
import org.policytracker.reporting.entity.ReportingCycle_;
import org.policytracker.reporting.entity.Submission_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.persistence.criteria.Predicate;
import org.policytracker.platform.time.Timeliness;

/**
 * A submission's life: the reporting organisation fills its draft and submits it (frozen as a
 * version), the reviewing organisation returns it with comments or accepts it; a returned one is
 * revised and submitted again as the next version. Every step checks who may take it, the version
 * the person read, and the rules of docs/reporting-rules.md ("no silent red").
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

    public static final String ENTITY = "submission";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    ReportingAccess reportingAccess;

    @Inject
    @ConfigProperty(name = "policytracker.attachments.max-bytes", defaultValue = "20971520")
    long maxAttachmentBytes;

    /** Filters of the submission list. */
    public record Filter(Long cycleId, Long organisationId, String period, SubmissionStatus status, Long planId) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Submission> list(Filter f, int page, int size) {
        access.requireSignedIn();
        Scope<Submission> scope = reportingAccess.submissionScope();
        return CriteriaPage.page(em, Submission.class, (cb, s, query) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.on(cb, query, s)));
            if (f.cycleId() != null) {
                where.add(cb.equal(s.get(Submission_.cycle).get(ReportingCycle_.id), f.cycleId()));
            }
            if (f.planId() != null) {
                where.add(cb.equal(s.get(Submission_.cycle).get(ReportingCycle_.plan).get(Plan_.id), f.planId()));
            }
            if (f.organisationId() != null) {
                where.add(cb.equal(s.get(Submission_.organisation).get(Organisation_.id), f.organisationId()));
            }
            if (CriteriaPage.given(f.period())) {
                where.add(cb.equal(s.get(Submission_.periodCode), f.period().strip()));
            }
            if (f.status() != null) {
                where.add(cb.equal(s.get(Submission_.status), f.status()));
            }
            return where;
        }, (cb, s) -> List.of(cb.desc(s.get(Submission_.dueDate)), cb.asc(s.get(Submission_.organisation).get(Organisation_.code)),
                cb.asc(s.get(Submission_.id))), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Submission get(long id) {
        access.requireSignedIn();
        Submission s = em.find(Submission.class, id);
        if (s == null || !access.within(em, Submission.class, id, reportingAccess.submissionScope())) {
            throw new NotFoundException(ENTITY, id);
        }
        // the form's tasks in one query: a view, a save and a send all walk them (one by one, each was a query of its own)
        // (no flush first: a caller's pending change is checked against the version it read before it is written)
        em.createQuery("select t from TaskReport r join r.task t where r.submission = :s", Task.class).setParameter("s", s)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        return s;
    }

    // ------------------------------------------------------------------ the draft

    /**
     * Saves into the draft. A stale version is refused with who saved in between and the input sent
     * back ({@code input}), so the person loses nothing.
     */
    public Submission saveDraft(long id, DraftData d, Supplier<JsonValue> input, Instant now) {
        Submission s = get(id);
        reportingAccess.requireCanFill(s.getOrganisation());
        requireEditable(s);
        if (d.version == null || d.version != s.getVersion()) {
            throw new StaleUpdateException(ENTITY, id, d.version == null ? -1 : d.version, s.getVersion())
                    .withContext(s.getDraftSavedBy() != null ? s.getDraftSavedBy() : "?", s.getUpdatedAt(), input.get());
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<DraftData.TaskReportData> reports = d.taskReports == null ? List.of() : d.taskReports;
        for (int i = 0; i < reports.size(); i++) {
            DraftData.TaskReportData r = reports.get(i);
            TaskReport target = s.getTaskReports().stream().filter(t -> t.getTask().getId().equals(r.taskId)).findFirst().orElse(null);
            if (target == null) {
                problems.add(new FieldProblem("taskReports[" + i + "].taskId", "report.task.notObliged", r.taskId));
                continue;
            }
            TaskStatus status = enumOf(TaskStatus.class, r.status);
            String contradiction = TaskReport.contradiction(status, r.percentDone);
            if (contradiction != null) {
                // figures roll up from these two: they must agree (a task "not started" at 90 % would count as 90 %)
                problems.add(new FieldProblem("taskReports[" + i + "].percentDone", contradiction, target.getTask().getNumber()));
                continue;
            }
            target.fill(status, r.percentDone, trimToNull(r.narrative), trimToNull(r.difficulties),
                    trimToNull(r.nextSteps), trimToNull(r.delayExplanation), trimToNull(r.correctiveAction), date(r.correctiveDue));
        }
        List<DraftData.IndicatorValueData> values = d.indicatorValues == null ? List.of() : d.indicatorValues;
        for (int i = 0; i < values.size(); i++) {
            DraftData.IndicatorValueData v = values.get(i);
            IndicatorValue target = s.getIndicatorValues().stream().filter(t -> t.getIndicator().getId().equals(v.indicatorId)).findFirst().orElse(null);
            if (target == null) {
                problems.add(new FieldProblem("indicatorValues[" + i + "].indicatorId", "report.indicator.notInScope", v.indicatorId));
                continue;
            }
            target.fill(v.value, trimToNull(v.note));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (d.latenessReason != null) {
            s.setLatenessReason(trimToNull(d.latenessReason));
        }
        s.draftSaved(access.user().name(), now.truncatedTo(ChronoUnit.MICROS));
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException race) {
            // saved by someone else in the same instant (both read the same version): the input still goes back
            throw new StaleUpdateException(ENTITY, id, d.version, d.version + 1).withContext(null, null, input.get());
        }
        return s;
    }

    /** The largest fill-in workbook taken (a submission's sheet is a few dozen kilobytes). */
    public static final int MAX_SHEET_BYTES = 5 * 1024 * 1024;

    /** The submission as a fill-in workbook, as its draft stands (anyone who may see it). In a transaction: pages call it too. */
    public byte[] sheet(long id, boolean english) {
        return SubmissionSheet.write(get(id), english);
    }

    /**
     * Saves a filled-in workbook as the draft: all of it or nothing, every bad cell named. The file carries the
     * draft version it was made from; if the draft changed since, the save is refused as stale (who saved, and
     * the file's content as the input) unless {@code overwrite}.
     */
    public Submission saveDraftFromSheet(long id, byte[] xlsx, boolean overwrite, Instant now) {
        Submission s = get(id);
        reportingAccess.requireCanFill(s.getOrganisation());
        requireEditable(s);
        Set<Long> tasks = s.getTaskReports().stream().map(r -> r.getTask().getId()).collect(Collectors.toSet());
        Set<Long> indicators = s.getIndicatorValues().stream().map(v -> v.getIndicator().getId()).collect(Collectors.toSet());
        SubmissionSheet.Read read = SubmissionSheet.read(xlsx, id, tasks, indicators);
        DraftData d = read.draft();
        if (overwrite) {
            d.version = s.getVersion();
        }
        return saveDraft(id, d, d::toJson, now);
    }

    /**
     * Saves the answers {@code d} carries into the draft and sends it, in one go: all or nothing — when the send is
     * refused (a field missing), the answers are not kept either. Without answers it only sends ({@code d.version}).
     */
    public Submission submit(long id, DraftData d, Supplier<JsonValue> input, Instant now) {
        boolean answers = (d.taskReports != null && !d.taskReports.isEmpty()) || (d.indicatorValues != null && !d.indicatorValues.isEmpty())
                || d.latenessReason != null;
        if (!answers) {
            return submit(id, d.version, now);
        }
        Submission saved = saveDraft(id, d, input, now); // read, access and state checked there: not again
        return send(saved, saved.getVersion(), now);
    }

    /** Sends the draft to the reviewer as the next version (draft → submitted, returned → resubmitted). */
    public Submission submit(long id, Long version, Instant now) {
        Submission s = get(id);
        reportingAccess.requireCanFill(s.getOrganisation());
        requireEditable(s);
        return send(s, version, now);
    }

    private Submission send(Submission s, Long version, Instant now) {
        StaleUpdateException.check(ENTITY, s.getId(), version, s.getVersion());
        checkComplete(s, now);
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        List<Attachment> files = attachments(s);
        SubmissionVersion v = s.submit(access.user().name(), at, VersionContent.frozen(s, files).toJson());
        files.forEach(a -> a.includedIn(v.getNumber()));
        em.flush();
        return s;
    }

    /**
     * The rules a draft must meet before it goes: every task has a status and, unless not started
     * or completed, a percentage; a task reported delayed, or whose light is red, has an
     * explanation and a corrective action with its own date (not in the past); a report sent for the first time after
     * its due date says why.
     */
    void checkComplete(Submission s, Instant now) {
        LocalDate today = now.atZone(Shanghai.ZONE).toLocalDate();
        List<FieldProblem> problems = new ArrayList<>();
        if (s.latest() == null && s.getLatenessReason() == null
                && Timeliness.judge(s.getDueDate(), s.getCycle().getGraceDays(), now, now).status() == Timeliness.Status.LATE) {
            // sent for the first time after the due date (and its grace days): the reviewer is told why
            problems.add(new FieldProblem("latenessReason", "report.late.reasonRequired", s.getDueDate().toString()));
        }
        List<TaskReport> reports = s.getTaskReports();
        for (int i = 0; i < reports.size(); i++) {
            TaskReport r = reports.get(i);
            String at = "taskReports[" + i + "]";
            Task task = r.getTask();
            Bilingual.Text label = new Bilingual.Text(task.getNumber() + " " + task.nameFor(false, 40), task.getNumber() + " " + task.nameFor(true, 40));
            if (r.getStatus() == null) {
                problems.add(new FieldProblem(at + ".status", "report.status.required", label));
                continue;
            }
            Integer percent = r.getPercentDone();
            String contradiction = TaskReport.contradiction(r.getStatus(), percent);
            if (contradiction != null) {
                problems.add(new FieldProblem(at + ".percentDone", contradiction, task.getNumber()));
                continue;
            }
            if (r.getStatus() == TaskStatus.COMPLETED) {
                percent = 100;
            } else if (r.getStatus() == TaskStatus.NOT_STARTED && percent == null) {
                percent = 0;
            } else if (percent == null) {
                problems.add(new FieldProblem(at + ".percentDone", "report.percent.required", label));
            }
            if (percent != null && !percent.equals(r.getPercentDone())) {
                r.fill(r.getStatus(), percent, r.getNarrative(), r.getDifficulties(), r.getNextSteps(),
                        r.getDelayExplanation(), r.getCorrectiveAction(), r.getCorrectiveDue());
            }
            TrafficLight light = TrafficLight.of(r.getStatus(), percent, task.getPlan().getPeriodStart(), task.getDeadline(),
                    today, TrafficLight.Rules.DEFAULT);
            if (r.getStatus() == TaskStatus.DELAYED || light == TrafficLight.RED) {
                String why = r.getStatus() == TaskStatus.DELAYED ? "delayed" : "red";
                if (r.getDelayExplanation() == null) {
                    problems.add(new FieldProblem(at + ".delayExplanation", "report.red.explanation." + why, label));
                }
                if (r.getCorrectiveAction() == null) {
                    problems.add(new FieldProblem(at + ".correctiveAction", "report.red.action", label));
                }
                if (r.getCorrectiveDue() == null) {
                    problems.add(new FieldProblem(at + ".correctiveDue", "report.red.due", label));
                } else if (r.getCorrectiveDue().isBefore(today)) {
                    problems.add(new FieldProblem(at + ".correctiveDue", "report.red.duePast", label, today.toString()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private void requireEditable(Submission s) {
        if (!s.getStatus().editable()) {
            throw new InvalidRequestException("status", "submission.notEditable", s.getStatus());
        }
    }

    // ------------------------------------------------------------------ evidence

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> attachments(Submission s) {
        return em.createQuery("select a from Attachment a where a.submission = :s order by a.id", Attachment.class)
                .setParameter("s", s).getResultList();
    }

    public Attachment attach(long id, String fileName, byte[] bytes, Instant now) {
        Submission s = get(id);
        reportingAccess.requireCanFill(s.getOrganisation());
        requireEditable(s);
        String name = trimToNull(fileName);
        if (name == null) {
            throw new InvalidRequestException("name", "attachment.name.required");
        }
        name = Attachment.safeName(name);
        if (bytes.length == 0) {
            throw new InvalidRequestException("file", "attachment.empty");
        }
        if (bytes.length > maxAttachmentBytes) {
            throw new InvalidRequestException("file", "attachment.tooLarge", maxAttachmentBytes / (1024 * 1024));
        }
        FileType type = FileType.detect(bytes, name).orElseThrow(
                () -> new InvalidRequestException("file", "attachment.type", FileType.allowed()));
        FileType claimed = FileType.claimedBy(name).orElse(null);
        if (claimed != type) {
            throw new InvalidRequestException("name", "attachment.nameMismatch", type.name(), name);
        }
        Attachment a = new Attachment(s, name, type.mediaType(), bytes.length, Sha256.hex(bytes), access.user().name(),
                now.truncatedTo(ChronoUnit.MICROS));
        em.persist(a);
        em.flush();
        em.persist(new AttachmentContent(a.getId(), bytes));
        s.draftSaved(access.user().name(), now.truncatedTo(ChronoUnit.MICROS));
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Attachment attachment(long id, long attachmentId) {
        Submission s = get(id);
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || !a.getSubmission().getId().equals(s.getId())) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] content(Attachment a) {
        return em.find(AttachmentContent.class, a.getId()).getContent();
    }

    public void detach(long id, long attachmentId) {
        Attachment a = attachment(id, attachmentId);
        reportingAccess.requireCanFill(a.getSubmission().getOrganisation());
        requireEditable(a.getSubmission());
        if (a.getFirstVersion() != null) {
            throw new InvalidRequestException("attachmentId", "attachment.submitted", a.getFirstVersion());
        }
        AttachmentContent c = em.find(AttachmentContent.class, a.getId());
        if (c != null) {
            em.remove(c);
        }
        em.remove(a);
    }
}
