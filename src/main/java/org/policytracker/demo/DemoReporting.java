package org.policytracker.demo;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Task;
import org.policytracker.reporting.control.CycleData;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.DraftData;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.TaskReport;
import org.policytracker.security.control.CurrentUser;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.reporting.control.SubmissionReview;
import org.policytracker.reporting.control.ReviewData;

/**
 * The demo's reporting cycles and their history ({@code demo/reporting/cycles.json}), replayed
 * through the same services people use, at the recorded Beijing times and under the recorded user
 * names: so timeliness, versions and reviews come out exactly as they would have.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DemoReporting {

    private static final Logger LOG = Logger.getLogger(DemoReporting.class.getName());

    @Inject
    CycleService cycles;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionReview review;

    /** Why a demo report went late, when its event does not say. */
    private static final String LATE = "汇总各区县数据和核实台账耗时较长，延迟报送。";

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    /** Loads the cycles not there yet; returns how many submissions were replayed. */
    int load(DemoFiles.Reporting file) {
        int replayed = 0;
        for (DemoFiles.CycleEntry c : file.cycles()) {
            if (cycles.findByCode(c.code()).isPresent()) {
                continue;
            }
            Plan plan = plans.findByCode(c.plan()).orElseThrow(() -> new IllegalStateException("demo cycle names unknown plan " + c.plan()));
            CycleData d = new CycleData();
            d.code = c.code();
            d.planId = plan.getId();
            d.nameZh = c.nameZh();
            d.nameEn = c.nameEn();
            d.frequency = c.frequency();
            d.dueDaysAfterPeriod = c.dueDaysAfterPeriod();
            d.graceDays = c.graceDays();
            d.reminderDaysBefore = c.reminderDaysBefore();
            d.reviewerId = org(c.reviewer()).getId();
            d.alternateReviewerId = c.alternateReviewer() == null ? null : org(c.alternateReviewer()).getId();
            d.firstPeriodStart = c.firstPeriodStart();
            d.lastPeriodEnd = c.lastPeriodEnd();
            if (c.participants() != null) {
                d.participants = c.participants().stream().map(p -> new CycleData.ParticipantData(org(p.organisation()).getId(),
                        p.obligedFrom(), p.obligedUntil())).toList();
            }
            valid(d);
            ReportingCycle cycle = cycles.create(d, LocalDate.now(Shanghai.ZONE));
            Map<Long, String> paths = paths(plan);
            for (DemoFiles.SubmissionEntry s : c.submissions()) {
                Submission slot = submissions.list(new SubmissionService.Filter(cycle.getId(), org(s.organisation()).getId(),
                        s.period(), null, null), 0, 1).items().stream().findFirst()
                        .orElseThrow(() -> new IllegalStateException("no slot for " + s.organisation() + " " + s.period() + " in " + c.code()));
                replay(slot, s, paths);
                replayed++;
            }
        }
        if (replayed > 0) {
            int n = replayed;
            LOG.info(() -> "Demo reporting: " + n + " submissions replayed");
        }
        return replayed;
    }

    private void replay(Submission slot, DemoFiles.SubmissionEntry s, Map<Long, String> paths) {
        String filer = s.events().isEmpty() ? "system" : s.events().get(0).by();
        Instant first = s.events().isEmpty() ? Instant.now() : at(s.events().get(0).at()).minus(2, ChronoUnit.HOURS);
        save(slot, filer, first, defaults(slot, s, paths));
        if (s.values() != null) {
            DraftData d = new DraftData();
            d.version = slot.getVersion();
            d.indicatorValues = s.values().stream().map(v -> new DraftData.IndicatorValueData(slot.getIndicatorValues().stream()
                    .filter(i -> i.getIndicator().getCode().equals(v.indicator())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo value for " + v.indicator() + " not in scope of " + s.organisation()))
                    .getIndicator().getId(), v.value(), v.note())).toList();
            valid(d);
            user.asSystem(filer, () -> submissions.saveDraft(slot.getId(), d, () -> null, first.plusSeconds(60)));
        }
        for (DemoFiles.EventEntry e : s.events()) {
            Instant when = at(e.at());
            switch (e.action()) {
                case "SUBMIT" -> {
                    if (e.reports() != null) {
                        save(slot, e.by(), when.minus(10, ChronoUnit.MINUTES), reports(e.reports(), paths));
                    }
                    if (slot.getVersions().isEmpty()) {
                        String name = slot.getOrganisation().getCode() + "-" + slot.getPeriodCode() + "-progress-report.pdf";
                        user.asSystem(e.by(), () -> submissions.attach(slot.getId(), name, pdf(slot.getOrganisation().getNameEn()
                                + ": progress report " + slot.getPeriodCode() + " (" + slot.getCycle().getCode() + ")"), when.minus(5, ChronoUnit.MINUTES)));
                    }
                    if (slot.getVersions().isEmpty() && Timeliness.judge(slot.getDueDate(), slot.getCycle().getGraceDays(), when, when)
                            .status() == Timeliness.Status.LATE) {
                        // sent late for the first time: the organisation says why (the event's own words, else the usual one)
                        DraftData why = new DraftData();
                        why.version = slot.getVersion();
                        why.latenessReason = e.latenessReason() != null ? e.latenessReason() : LATE;
                        user.asSystem(e.by(), () -> submissions.saveDraft(slot.getId(), why, () -> null, when.minus(2, ChronoUnit.MINUTES)));
                    }
                    user.asSystem(e.by(), () -> submissions.submit(slot.getId(), slot.getVersion(), when));
                }
                case "RETURN" -> user.asSystem(e.by(), () -> review.returnForRevision(slot.getId(),
                        new ReviewData(slot.getVersion(), e.comment(), List.of()), when));
                case "ACCEPT" -> user.asSystem(e.by(), () -> review.accept(slot.getId(),
                        new ReviewData(slot.getVersion(), e.comment(), List.of()), when));
                default -> throw new IllegalStateException("unknown demo event " + e.action());
            }
        }
    }

    private void save(Submission slot, String by, Instant when, List<DraftData.TaskReportData> reports) {
        DraftData d = new DraftData();
        d.version = slot.getVersion();
        d.taskReports = reports;
        valid(d);
        user.asSystem(by, () -> submissions.saveDraft(slot.getId(), d, () -> null, when));
    }

    /**
     * The plain answer for every task: completed if its deadline fell within the period, else in
     * progress by the share of the plan's time elapsed at the period's end (shifted by the bias, in
     * steps of 5); then the entry's own reports on top.
     */
    private List<DraftData.TaskReportData> defaults(Submission slot, DemoFiles.SubmissionEntry s, Map<Long, String> paths) {
        Map<String, DemoFiles.ReportEntry> own = new HashMap<>();
        if (s.reports() != null) {
            s.reports().forEach(r -> own.put(r.task(), r));
        }
        Plan plan = slot.getCycle().getPlan();
        List<DraftData.TaskReportData> out = new ArrayList<>();
        for (TaskReport r : slot.getTaskReports()) {
            Task t = r.getTask();
            DemoFiles.ReportEntry mine = own.get(paths.get(t.getId()));
            if (mine != null) {
                out.add(data(t.getId(), mine));
                continue;
            }
            String title = t.getTitleZh() == null ? t.getNumber() : t.getTitleZh();
            if (t.getDeadline() != null && !t.getDeadline().isAfter(slot.getPeriodEnd())) {
                out.add(new DraftData.TaskReportData(t.getId(), "COMPLETED", 100, "已按时间节点完成“" + title + "”各项工作。", null,
                        "巩固成果，做好长效管理。"));
                continue;
            }
            LocalDate start = plan.getPeriodStart() == null ? slot.getPeriodStart() : plan.getPeriodStart();
            LocalDate end = t.getDeadline() != null ? t.getDeadline() : plan.getPeriodEnd() != null ? plan.getPeriodEnd() : slot.getPeriodEnd().plusYears(1);
            double share = Math.max(0, Math.min(1, (double) ChronoUnit.DAYS.between(start, slot.getPeriodEnd())
                    / Math.max(1, ChronoUnit.DAYS.between(start, end))));
            int pct = (int) Math.max(5, Math.min(95, Math.round((share * 100 + (s.progressBias() == null ? 0 : s.progressBias())) / 5) * 5));
            out.add(new DraftData.TaskReportData(t.getId(), "IN_PROGRESS", pct, "按方案要求推进“" + title + "”，本期工作有序开展，完成约" + pct + "%。",
                    null, "按时间节点继续推进。"));
        }
        return out;
    }

    private List<DraftData.TaskReportData> reports(List<DemoFiles.ReportEntry> entries, Map<Long, String> paths) {
        Map<String, Long> ids = new HashMap<>();
        paths.forEach((id, path) -> ids.put(path, id));
        return entries.stream().map(e -> data(java.util.Objects.requireNonNull(ids.get(e.task()), "demo task " + e.task()), e)).toList();
    }

    private static DraftData.TaskReportData data(Long taskId, DemoFiles.ReportEntry e) {
        DraftData.TaskReportData d = new DraftData.TaskReportData(taskId, e.status(), e.percentDone(), e.narrative(),
                e.difficulties(), e.nextSteps());
        d.delayExplanation = e.delayExplanation();
        d.correctiveAction = e.correctiveAction();
        d.correctiveDue = e.correctiveDue();
        return d;
    }

    /** Each task's path of numbers ("IV/(4)"), as the demo files name tasks. */
    private Map<Long, String> paths(Plan plan) {
        Map<Long, String> out = new HashMap<>();
        for (Task t : tasks.tree(plan.getId())) { // document order: parents first
            out.put(t.getId(), t.getParent() == null ? t.getNumber() : out.get(t.getParent().getId()) + "/" + t.getNumber());
        }
        return out;
    }

    /** A one-page PDF saying {@code text} (Latin letters), standing in for the scanned report a unit would attach (PDFBox). */
    static byte[] pdf(String text) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(56, 780);
                content.showText(text.replaceAll("[^\\x20-\\x7E]", "?")); // the standard font's letters only
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Instant at(String beijing) {
        return LocalDateTime.parse(beijing).atZone(Shanghai.ZONE).toInstant();
    }

    private Organisation org(String code) {
        return organisations.findByCode(code).orElseThrow(() -> new IllegalStateException("demo data names unknown organisation " + code));
    }

    private <T> void valid(T data) {
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("invalid demo data " + data + ": " + violations);
        }
    }
}
