package org.policytracker.reporting.control;

import org.policytracker.platform.i18n.Bilingual;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.platform.excel.SheetReading;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.reporting.entity.IndicatorValue;
import org.policytracker.reporting.entity.Submission;
import org.policytracker.reporting.entity.TaskReport;

/**
 * A submission as a fill-in workbook for offline work: sheet "填报 Report" one row per assigned task (status,
 * percent, progress, difficulties, next steps, delay explanation, corrective action and its date), sheet
 * "指标 Indicators" one row per indicator in scope (value, note), sheet "说明 About" which submission and which
 * draft version the file was made from, and how to fill it in. Read back, the filled columns become a draft;
 * every bad cell is named by sheet, row and column, and nothing is saved until the file is clean.
 */
public final class SubmissionSheet {

    public static final String REPORT = "填报 Report";
    public static final String INDICATORS = "指标 Indicators";
    public static final String ABOUT = "说明 About";
    static final String[] REPORT_HEADER = {"任务ID Task id", "序号 No.", "任务 Task", "时间节点 Deadline", "状态 Status",
        "完成 % Done", "进展情况 Progress", "存在问题 Difficulties", "下步打算 Next steps", "滞后原因 Delay explanation",
        "整改措施 Corrective action", "整改时限 Corrective due"};
    static final String[] INDICATOR_HEADER = {"指标ID Indicator id", "代码 Code", "指标 Indicator", "单位 Unit", "数值 Value",
        "说明 Note"};
    private static final Map<TaskStatus, String[]> LABELS = new LinkedHashMap<>();
    private static final Map<String, TaskStatus> STATUS_WORDS = new LinkedHashMap<>();

    static {
        LABELS.put(TaskStatus.NOT_STARTED, new String[] {"未开始", "not started", "未启动"});
        LABELS.put(TaskStatus.IN_PROGRESS, new String[] {"推进中", "in progress", "进行中", "正在推进"});
        LABELS.put(TaskStatus.COMPLETED, new String[] {"已完成", "completed", "完成"});
        LABELS.put(TaskStatus.DELAYED, new String[] {"滞后", "delayed", "延期", "进度滞后"});
        LABELS.forEach((status, words) -> {
            STATUS_WORDS.put(status.name(), status);
            for (String w : words) {
                STATUS_WORDS.put(w.toLowerCase(Locale.ROOT), status);
            }
        });
    }

    /** A sheet read back: the submission and version it was made from, and the draft its cells make. */
    public record Read(long submissionId, long version, DraftData draft) {
    }

    private SubmissionSheet() {
    }

    /** The workbook of a submission's draft as it stands; labels of statuses in the reader's language. */
    public static byte[] write(Submission s, boolean english) {
        List<List<Object>> report = new ArrayList<>();
        report.add(new ArrayList<>(List.of((Object[]) REPORT_HEADER)));
        for (TaskReport r : s.getTaskReports()) {
            var t = r.getTask();
            report.add(row(t.getId(), t.getNumber(), t.nameFor(english, 200),
                    t.getDeadline() == null ? null : t.getDeadline().toString(),
                    r.getStatus() == null ? null : LABELS.get(r.getStatus())[english ? 1 : 0], r.getPercentDone(),
                    r.getNarrative(), r.getDifficulties(), r.getNextSteps(), r.getDelayExplanation(), r.getCorrectiveAction(),
                    r.getCorrectiveDue() == null ? null : r.getCorrectiveDue().toString()));
        }
        List<List<Object>> values = new ArrayList<>();
        values.add(new ArrayList<>(List.of((Object[]) INDICATOR_HEADER)));
        for (IndicatorValue v : s.getIndicatorValues()) {
            var i = v.getIndicator();
            values.add(row(i.getId(), i.getCode(), Bilingual.pick(i.getNameZh(), i.getNameEn(), english, null), i.getUnit(),
                    v.getValue() == null ? null : v.getValue().stripTrailingZeros(), v.getNote()));
        }
        var c = s.getCycle();
        List<List<Object>> about = new ArrayList<>();
        about.add(row("项目 Item", "内容 Value"));
        about.add(row("填报编号 Submission id", s.getId()));
        about.add(row("草稿版本 Draft version", s.getVersion()));
        about.add(row("填报单位 Organisation", s.getOrganisation().getNameZh() + " (" + s.getOrganisation().getCode() + ")"));
        about.add(row("规划 Plan", c.getPlan().getCode() + " " + c.getPlan().getTitleZh()));
        about.add(row("报送周期 Cycle", c.getNameZh() + (c.getNameEn() == null ? "" : " / " + c.getNameEn())));
        about.add(row("期间 Period", s.getPeriodCode() + " (" + s.getPeriodStart() + " – " + s.getPeriodEnd() + ")"));
        about.add(row("截止日期 Due", s.getDueDate().toString()));
        about.add(row("填写说明", "在“填报 Report”表填写 E–L 列（状态填：未开始、推进中、已完成、滞后；完成比例填 0–100 的整数；"
                + "日期写作 2025-12-31），在“指标 Indicators”表填写 E–F 列。不要改动编号列和工作表名。填好后在填报页面上传，"
                + "内容保存为草稿，核对后再报送。"));
        about.add(row("How to fill in", "Fill columns E–L of \"填报 Report\" (status: not started, in progress, completed, delayed; "
                + "percent a whole number 0–100; dates as 2025-12-31) and columns E–F of \"指标 Indicators\". Leave the id "
                + "columns and the sheet names as they are. Upload the file on the submission page: it becomes the draft, "
                + "which you check and then submit."));
        return Xlsx.write(List.of(new Xlsx.Sheet(REPORT, report), new Xlsx.Sheet(INDICATORS, values), new Xlsx.Sheet(ABOUT, about)));
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    /**
     * The draft a filled-in workbook makes.
     *
     * @param expectedSubmission the submission it is uploaded to (a file of another one is refused before anything else)
     * @param tasks      the ids of the tasks the submission reports on (another id is a bad cell)
     * @param indicators the ids of the indicators in its scope
     * @throws org.policytracker.platform.rest.InvalidRequestException every bad cell, located ("填报 Report!F7")
     */
    public static Read read(byte[] xlsx, long expectedSubmission, Set<Long> tasks, Set<Long> indicators) {
        SheetReading book = SheetReading.of(xlsx);
        SheetReading.Rows about = book.sheet(ABOUT);
        SheetReading.Rows report = book.sheet(REPORT);
        SheetReading.Rows values = book.sheet(INDICATORS);
        book.check();
        Integer submissionId = about.whole(2, 2, 1, Integer.MAX_VALUE);
        Integer version = about.whole(3, 2, 0, Integer.MAX_VALUE);
        if (about.text(2, 2) == null) {
            book.problem(about, 2, 2, "excel.submission.id");
        }
        if (about.text(3, 2) == null) {
            book.problem(about, 3, 2, "excel.submission.version");
        }
        if (submissionId != null && submissionId != expectedSubmission) {
            book.problem(about, 2, 2, "excel.submission.other", submissionId, expectedSubmission);
            book.check();
        }
        DraftData d = new DraftData();
        d.version = version == null ? null : version.longValue();
        d.taskReports = taskReports(book, report, tasks);
        d.indicatorValues = indicatorValues(book, values, indicators);
        book.check();
        return new Read(submissionId, version, d);
    }

    /** The report sheet's rows: one per task the submission reports on, each task once. */
    private static List<DraftData.TaskReportData> taskReports(SheetReading book, SheetReading.Rows report, Set<Long> tasks) {
        List<DraftData.TaskReportData> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int row : report.dataRows()) {
            Integer taskId = report.whole(row, 1, 1, Integer.MAX_VALUE);
            if (report.text(row, 1) == null) {
                book.problem(report, row, 1, "excel.task.id");
                continue;
            }
            if (taskId == null) {
                continue;
            }
            if (!tasks.contains(taskId.longValue())) {
                book.problem(report, row, 1, "excel.task.notObliged", taskId);
                continue;
            }
            if (!seen.add(taskId.longValue())) {
                book.problem(report, row, 1, "excel.task.twice", taskId);
                continue;
            }
            DraftData.TaskReportData t = new DraftData.TaskReportData();
            t.taskId = taskId.longValue();
            String status = report.text(row, 5);
            if (status != null) {
                TaskStatus s = STATUS_WORDS.get(status.toLowerCase(Locale.ROOT));
                if (s == null) {
                    book.problem(report, row, 5, "excel.status", status);
                } else {
                    t.status = s.name();
                }
            }
            t.percentDone = report.whole(row, 6, 0, 100);
            t.narrative = report.text(row, 7, 20000);
            t.difficulties = report.text(row, 8, 20000);
            t.nextSteps = report.text(row, 9, 20000);
            t.delayExplanation = report.text(row, 10, 20000);
            t.correctiveAction = report.text(row, 11, 20000);
            LocalDate due = report.date(row, 12);
            t.correctiveDue = due == null ? null : due.toString();
            out.add(t);
        }
        return out;
    }

    /** The indicator sheet's rows: one per indicator in the submission's scope, each once. */
    private static List<DraftData.IndicatorValueData> indicatorValues(SheetReading book, SheetReading.Rows values, Set<Long> indicators) {
        List<DraftData.IndicatorValueData> out = new ArrayList<>();
        Set<Long> seenValues = new HashSet<>();
        for (int row : values.dataRows()) {
            Integer indicatorId = values.whole(row, 1, 1, Integer.MAX_VALUE);
            if (values.text(row, 1) == null) {
                book.problem(values, row, 1, "excel.indicator.id");
                continue;
            }
            if (indicatorId == null) {
                continue;
            }
            if (!indicators.contains(indicatorId.longValue())) {
                book.problem(values, row, 1, "excel.indicator.notInScope", indicatorId);
                continue;
            }
            if (!seenValues.add(indicatorId.longValue())) {
                book.problem(values, row, 1, "excel.indicator.twice", indicatorId);
                continue;
            }
            BigDecimal value = values.number(row, 5);
            out.add(new DraftData.IndicatorValueData(indicatorId.longValue(), value, values.text(row, 6, 1000)));
        }
        return out;
    }
}
