package org.policytracker.reports.control;

import org.policytracker.platform.time.Shanghai;
import org.policytracker.platform.persistence.Page;
import static org.policytracker.reports.control.ReportFrame.chinese;
import static org.policytracker.reports.control.ReportFrame.label;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Relation;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.reporting.control.AttainmentService;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.reporting.control.TrafficLight;
import org.policytracker.reporting.entity.Frequency;
import org.policytracker.reporting.entity.Period;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.plans.control.TaskService;

/**
 * The implementation summary of a plan for one reporting period: the annual summary of a
 * provincial plan, the semi-annual summary a municipal bureau compiles for its government. Overview
 * figures, every task with its lead unit, status, light and rolled-up percent and each obliged
 * organisation's answer, indicator attainment, late and missing reports, difficulties and
 * corrective actions — from the reports on periods up to the one summarised, as the user may see them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanSummaryReport {

    @Inject
    ReportEngine engine;

    @Inject
    ReportFrame frame;

    @Inject
    PlanService plans;

    @Inject
    CycleService cycles;

    @Inject
    SubmissionService submissions;

    @Inject
    ProgressService progress;

    @Inject
    AttainmentService attainment;

    @Inject
    TaskService tasks;

    /** The summary of {@code periodCode} ("2024", "2020-H1"; the latest period already due when null). */
    public ReportService.Produced produce(long planId, String periodCode, Locale requested, String addressee,
                                          ReportEngine.Format format, Instant now) {
        Locale locale = Messages.supported(requested);
        boolean zh = chinese(locale);
        Plan plan = plans.get(planId);
        LocalDate today = now.atZone(Shanghai.ZONE).toLocalDate();
        Summarised chosen = summarised(plan, periodCode, today);
        ReportingCycle cycle = chosen.cycle();
        Period period = chosen.period();
        LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
        ProgressService.PlanProgress pp = progress.planProgress(planId, asOf, period.end());
        List<Submission> slots = submissions.list(new SubmissionService.Filter(cycle.getId(), null, period.code(), null, null),
                0, Page.EVERY).all();
        ProgressService.CycleTimeliness t = progress.cycleTimeliness(cycle, slots, now);
        // targets are judged as at the end of the period: a year that is over counts as passed
        int judgedIn = period.end().getMonthValue() == 12 ? period.end().getYear() + 1 : period.end().getYear();
        List<AttainmentService.Attainment> targets = attainment.ofPlan(planId, period.end().getYear(), judgedIn);
        Set<Long> readable = readableOrganisations(planId);

        Lines lines = new Lines();
        String periodName = periodName(period, cycle.getFrequency(), zh);
        // 一、总体情况
        lines.section(label(locale, "summary.overview"));
        lines.paragraph(label(locale, "summary.intro", title(plan, zh) + (plan.getDocumentNumber() == null ? ""
                        : zh ? "（" + plan.getDocumentNumber() + "）" : " (" + plan.getDocumentNumber() + ")"),
                periodName, pp.tasks().size(), t.overall().due(), asOf.toString()));
        long allTasks = tasks.countAll(planId);
        if (allTasks > pp.tasks().size()) {
            // a copy that holds part of the plan says so (Wen County's: 7 of the plan's 100 tasks)
            lines.paragraph(label(locale, "summary.partOfPlan", allTasks, pp.tasks().size()));
        }
        lines.head("statHead").addAll(PlanSummaryLines.figures(locale, pp, t.overall()));

        sections(lines, locale, pp, t, targets, readable);

        String kind = cycle.getFrequency() == Frequency.SEMI_ANNUAL ? "semiAnnual" : cycle.getFrequency() == Frequency.QUARTERLY
                ? "quarterly" : "annual";
        Map<String, Object> p = frame.official(locale, label(locale, "summary.title." + kind, title(plan, zh), periodName),
                label(locale, "summary.subtitle", periodName, asOf.toString()), addressee,
                cycle.getReviewer(), now);
        return engine.produce("plan-summary", p, lines.rows(), format,
                plan.getCode() + "-summary-" + period.code() + "." + format.extension());
    }

    /** 二 to 五: the tasks with the answers the reader may see, indicators, late and missing reports, difficulties. */
    private static void sections(Lines lines, Locale locale, ProgressService.PlanProgress pp, ProgressService.CycleTimeliness t,
                                 List<AttainmentService.Attainment> targets, Set<Long> readable) {
        // 二、各项任务进展
        lines.section(label(locale, "summary.tasksSection"));
        lines.head("taskHead");
        for (PlanSummaryLines.TaskBlock block : PlanSummaryLines.tasks(locale, pp, readable)) {
            lines.add(block.task());
            if (!block.answers().isEmpty()) {
                lines.head("contribHead").addAll(block.answers());
            }
        }
        // 三、指标完成情况
        lines.section(label(locale, "summary.indicators"));
        if (targets.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
        } else {
            lines.head("indHead").addAll(AttainmentReport.table(locale, chinese(locale), targets));
        }
        // 四、逾期和未报送
        lines.section(label(locale, "summary.lateMissing"));
        List<PlanSummaryLines.SlotLine> bad = PlanSummaryLines.lateAndMissing(locale, t.slots());
        if (bad.isEmpty()) {
            lines.paragraph(label(locale, "summary.allOnTime"));
        } else {
            lines.head("slotHead").addAll(bad);
        }
        // 五、困难问题和整改措施
        lines.section(label(locale, "summary.difficulties"));
        List<ReportLine.Remark> remarks = PlanSummaryLines.difficulties(locale, pp, readable);
        if (remarks.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
        }
        lines.addAll(remarks);
    }

    /** Whose answers the user may read: the organisations whose reports on this plan they see. */
    private Set<Long> readableOrganisations(long planId) {
        Set<Long> readable = new HashSet<>();
        submissions.list(new SubmissionService.Filter(null, null, null, null, planId), 0, Page.EVERY).all()
                .forEach(s -> readable.add(s.getOrganisation().getId()));
        return readable;
    }

    /** The cycle and period summarised: {@code periodCode}'s, else the latest period already due. */
    private Summarised summarised(Plan plan, String periodCode, LocalDate today) {
        List<ReportingCycle> planCycles = cycles.ofPlan(plan);
        if (planCycles.isEmpty()) {
            throw new InvalidRequestException("plan", "report.plan.noCycle", plan.getCode());
        }
        ReportingCycle cycle = null;
        Period period = null;
        for (ReportingCycle c : planCycles) {
            List<Period> periods = c.periodsUpTo(today);
            for (Period p : periods) {
                if (periodCode != null ? p.code().equals(periodCode.strip())
                        : !c.dueDate(p).isAfter(today) && (period == null || p.end().isAfter(period.end()))) {
                    cycle = c;
                    period = p;
                }
            }
        }
        if (period == null) {
            throw new InvalidRequestException("period", "report.period.unknown", periodCode == null ? "" : periodCode,
                    planCycles.stream().flatMap(c -> c.periodsUpTo(today).stream()).map(Period::code).distinct()
                            .collect(Collectors.joining(", ")));
        }
        return new Summarised(cycle, period);
    }

    private record Summarised(ReportingCycle cycle, Period period) {
    }

    static String periodName(Period p, Frequency f, boolean zh) {
        int y = p.start().getYear();
        return switch (f) {
            case ANNUAL -> zh ? y + "年度" : String.valueOf(y);
            case SEMI_ANNUAL -> zh ? y + (p.code().endsWith("H1") ? "年上半年" : "年下半年")
                    : (p.code().endsWith("H1") ? "first half of " : "second half of ") + y;
            case QUARTERLY -> zh ? y + "年第" + p.code().substring(p.code().length() - 1) + "季度"
                    : "Q" + p.code().substring(p.code().length() - 1) + " " + y;
        };
    }

    /** The title, else the start of the description (measures often have only a description). */
    static String taskTitle(Task t, boolean zh) {
        return t.nameFor(!zh, 80);
    }

    static String title(Plan plan, boolean zh) {
        String t = zh || plan.getTitleEn() == null ? plan.getTitleZh() : plan.getTitleEn();
        return zh && !t.startsWith("《") ? "《" + t + "》" : t;
    }

    static String name(Organisation o, boolean zh) {
        return o == null ? "" : zh || o.getNameEn() == null ? o.getNameZh() : o.getNameEn();
    }

    static String indicatorName(AttainmentService.Attainment a, boolean zh) {
        var i = a.target().getIndicator();
        String n = zh || i.getNameEn() == null ? i.getNameZh() : i.getNameEn();
        Relation r = a.target().getRelation();
        return n + " (" + switch (r) {
            case AT_MOST -> "≤";
            case AT_LEAST -> "≥";
            case ABOUT -> "≈";
            case EQUAL -> "=";
        } + ")";
    }

    static String status(Locale locale, TaskStatus s) {
        return label(locale, "status." + s.name());
    }

    static String light(Locale locale, TrafficLight l) {
        return l == null ? "" : label(locale, "light." + l.name());
    }
}
