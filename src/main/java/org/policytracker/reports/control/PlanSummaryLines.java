package org.policytracker.reports.control;

import org.policytracker.plans.control.Responsibility;
import static org.policytracker.reports.control.PlanSummaryReport.light;
import static org.policytracker.reports.control.PlanSummaryReport.name;
import static org.policytracker.reports.control.PlanSummaryReport.status;
import static org.policytracker.reports.control.PlanSummaryReport.taskTitle;
import static org.policytracker.reports.control.ReportFrame.chinese;
import static org.policytracker.reports.control.ReportFrame.label;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.platform.time.Shanghai;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.TrafficLight;
import org.policytracker.reporting.entity.Submission;

/** What a plan's implementation summary prints, computed from the progress and timeliness figures: typed rows per section. */
final class PlanSummaryLines {

    private PlanSummaryLines() {
    }

    /** A task: its number, title, lead units, deadline, status, light and rolled-up percent. */
    record TaskLine(String number, String title, String lead, String deadline, String status, String light, String lightCode,
                    Double percent) implements ReportLine {
    }

    /** An obliged organisation's answer on a task: its status, percent, light and what it wrote. */
    record ContribLine(String organisation, String status, Integer percent, String light, String lightCode, String words)
            implements ReportLine {
    }

    /** A report that came late or not at all. */
    record SlotLine(String organisation, String period, String due, String submittedAt, String lightCode, String timeliness,
                    Integer daysLate) implements ReportLine {
    }

    /** A task with the answers the reader may see. */
    record TaskBlock(TaskLine task, List<ContribLine> answers) {
    }

    /** 一、总体情况's figures: tasks, by status (and unreported), by light; reports due, on time, late, missing; the two rates. */
    static List<ReportLine.Stat> figures(Locale locale, ProgressService.PlanProgress pp, ProgressService.Rates overall) {
        Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
        Map<TrafficLight, Integer> byLight = new EnumMap<>(TrafficLight.class);
        int unreported = 0;
        for (ProgressService.TaskProgress tp : pp.tasks()) {
            if (tp.status() == null) {
                unreported++;
            } else {
                byStatus.merge(tp.status(), 1, Integer::sum);
            }
            byLight.merge(tp.light(), 1, Integer::sum);
        }
        String items = label(locale, "unit.items");
        List<ReportLine.Stat> out = new ArrayList<>();
        out.add(new ReportLine.Stat(label(locale, "summary.tasks"), pp.tasks().size(), items));
        for (TaskStatus s : TaskStatus.values()) {
            out.add(new ReportLine.Stat(label(locale, "summary.tasks.status", status(locale, s)), byStatus.getOrDefault(s, 0), items));
        }
        out.add(new ReportLine.Stat(label(locale, "summary.tasks.unreported"), unreported, items));
        for (TrafficLight l : TrafficLight.values()) {
            out.add(new ReportLine.Stat(label(locale, "summary.tasks.light", light(locale, l)), byLight.getOrDefault(l, 0), items));
        }
        String reports = label(locale, "unit.reports");
        out.add(new ReportLine.Stat(label(locale, "summary.slots.due"), overall.due(), reports));
        out.add(new ReportLine.Stat(label(locale, "summary.slots.onTime"), overall.onTime(), reports));
        out.add(new ReportLine.Stat(label(locale, "summary.slots.late"), overall.late(), reports));
        out.add(new ReportLine.Stat(label(locale, "summary.slots.missing"), overall.missing(), reports));
        out.add(new ReportLine.Stat(label(locale, "summary.slots.reportingRate"), overall.reportingRate(), "%"));
        out.add(new ReportLine.Stat(label(locale, "summary.slots.onTimeRate"), overall.onTimeRate(), "%"));
        return out;
    }

    /** 二、各项任务进展: every task, and the answers of the organisations in {@code readable}. */
    static List<TaskBlock> tasks(Locale locale, ProgressService.PlanProgress pp, Set<Long> readable) {
        boolean zh = chinese(locale);
        List<TaskBlock> out = new ArrayList<>();
        for (ProgressService.TaskProgress tp : pp.tasks()) {
            Task task = tp.task();
            String lead = Responsibility.of(task, !zh).lead();
            TaskLine line = new TaskLine(task.path(), taskTitle(task, zh), lead,
                    task.getDeadline() != null ? task.getDeadline().toString() : task.getDeadlineText(),
                    tp.status() == null ? label(locale, "status.unreported") : status(locale, tp.status()),
                    light(locale, tp.light()), tp.light() == null ? null : tp.light().name(), tp.percent());
            List<ContribLine> answers = new ArrayList<>();
            for (ProgressService.Contribution c : tp.contributions()) {
                if (readable.contains(c.organisation().getId())) {
                    ProgressService.Remarks r = c.remarks();
                    answers.add(new ContribLine(name(c.organisation(), zh),
                            c.status() == null ? label(locale, "status.unreported") : status(locale, c.status()), c.percentDone(),
                            light(locale, c.light()), c.light() == null ? null : c.light().name(), r == null ? "" : words(locale, r)));
                }
            }
            out.add(new TaskBlock(line, answers));
        }
        return out;
    }

    /** 五、困难问题和整改措施: the difficulties and corrective actions the readable organisations wrote, task by task. */
    static List<ReportLine.Remark> difficulties(Locale locale, ProgressService.PlanProgress pp, Set<Long> readable) {
        boolean zh = chinese(locale);
        List<ReportLine.Remark> out = new ArrayList<>();
        for (ProgressService.TaskProgress tp : pp.tasks()) {
            for (ProgressService.Contribution c : tp.contributions()) {
                ProgressService.Remarks r = c.remarks();
                if (readable.contains(c.organisation().getId()) && r != null
                        && (r.difficulties() != null || r.correctiveAction() != null)) {
                    out.add(new ReportLine.Remark(name(c.organisation(), zh) + " · " + tp.task().path(), difficulties(locale, r)));
                }
            }
        }
        return out;
    }

    /** 四、逾期和未报送: the reports that came late (with the days) or not at all. */
    static List<SlotLine> lateAndMissing(Locale locale, List<ProgressService.SlotTimeliness> slots) {
        boolean zh = chinese(locale);
        DateTimeFormatter at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        List<SlotLine> out = new ArrayList<>();
        for (ProgressService.SlotTimeliness s : slots) {
            Timeliness.Status status = s.timeliness().status();
            if (status != Timeliness.Status.LATE && status != Timeliness.Status.MISSING) {
                continue;
            }
            Submission sub = s.submission();
            boolean late = status == Timeliness.Status.LATE;
            out.add(new SlotLine(name(sub.getOrganisation(), zh), sub.getPeriodCode(), sub.getDueDate().toString(),
                    sub.getFirstSubmittedAt() == null ? "—" : at.format(sub.getFirstSubmittedAt().atZone(Shanghai.ZONE)),
                    late ? "YELLOW" : "RED", label(locale, "slot." + status.name()), late ? s.timeliness().daysLate() : null));
        }
        return out;
    }

    private static String words(Locale locale, ProgressService.Remarks r) {
        List<String> parts = new ArrayList<>();
        if (r.narrative() != null) {
            parts.add(r.narrative());
        }
        if (r.delayExplanation() != null) {
            parts.add(label(locale, "remark.delay", r.delayExplanation()));
        }
        return String.join(" ", parts);
    }

    private static String difficulties(Locale locale, ProgressService.Remarks r) {
        List<String> parts = new ArrayList<>();
        if (r.difficulties() != null) {
            parts.add(label(locale, "remark.difficulties", r.difficulties()));
        }
        if (r.correctiveAction() != null) {
            parts.add(label(locale, "remark.corrective", r.correctiveAction(), r.correctiveDue() == null ? "—" : r.correctiveDue()));
        }
        return String.join(" ", parts);
    }
}
