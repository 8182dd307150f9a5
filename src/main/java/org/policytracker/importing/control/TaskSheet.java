package org.policytracker.importing.control;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.excel.SheetReading;

/**
 * A plan's task list as a spreadsheet, out and back in: one row per node of the tree — path, kind, number,
 * title, the units of each role (code and name; "[EACH_CITY]" / "[EACH_PARK]" for every city or park under
 * an area), deadline, the deadline's words, description — then, on export, status, light, percent and latest
 * progress (read back as nothing: they come from the reports). What it writes it reads; on reading, every bad
 * cell is named by sheet, row and column and nothing is taken until the file is clean. An empty sheet with
 * the header is the task-list template for a new plan.
 */
public final class TaskSheet {

    public static final String SHEET = "Tasks 任务清单";
    static final String[] HEADER = {"路径 Path", "类别 Kind", "序号 No.", "标题 Title", "牵头单位 Lead", "按职责分工负责 Responsible by duty",
        "配合单位 Cooperating", "落实单位 Implementing", "时间节点 Deadline", "原文时间节点 Deadline as written", "任务内容 Description",
        "状态 Status", "亮灯 Light", "进度 % Done", "最新进展 Latest progress"};
    private static final String[] ROLES = {"LEAD", "CO_RESPONSIBLE", "COOPERATING", "IMPLEMENTING"};
    private static final Map<String, String> KINDS = Map.of("SECTION", "SECTION", "章节标题", "SECTION", "章节", "SECTION",
            "TASK", "TASK", "任务", "TASK", "SUBTASK", "SUBTASK", "子任务", "SUBTASK");

    /** What the export adds to a task: its status, light, percent and latest progress (null when not known). */
    public record Progress(String status, String light, Double percent, String latest) {
    }

    private TaskSheet() {
    }

    public static List<List<Object>> rows(List<PlanProposal.Task> tasks, Map<String, Progress> progress) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of((Object[]) HEADER)));
        for (PlanProposal.Task t : tasks) {
            List<Object> r = new ArrayList<>();
            r.add(t.path);
            r.add(t.kind);
            r.add(t.number);
            r.add(t.title);
            for (String role : ROLES) {
                List<String> units = new ArrayList<>();
                for (PlanProposal.Unit u : t.units) {
                    if (role.equals(u.role)) {
                        units.add((u.code == null ? "?" : u.code) + " " + (u.name == null ? u.text == null ? "" : u.text : u.name)
                                + (u.coverage == null || "SELF".equals(u.coverage) ? "" : " [" + u.coverage + "]"));
                    }
                }
                r.add(units.isEmpty() ? null : String.join("; ", units));
            }
            r.add(t.deadline);
            r.add(t.deadlineText);
            r.add(t.description);
            Progress p = progress == null ? null : progress.get(t.path);
            r.add(p == null ? null : p.status());
            r.add(p == null ? null : p.light());
            r.add(p == null || p.percent() == null ? null : p.percent());
            r.add(p == null ? null : p.latest());
            rows.add(r);
        }
        return rows;
    }

    public static byte[] write(List<PlanProposal.Task> tasks, Map<String, Progress> progress) {
        return Xlsx.write(List.of(new Xlsx.Sheet(SHEET, rows(tasks, progress))));
    }

    /** The task-list template: the header only. */
    public static byte[] template() {
        return write(List.of(), Map.of());
    }

    /**
     * The tasks of a sheet written as above (the first sheet; the header row is skipped), units resolved by their codes.
     *
     * @throws org.policytracker.platform.rest.InvalidRequestException every bad cell, its field "Sheet!H5", its message naming the place
     */
    public static List<PlanProposal.Task> read(byte[] xlsx, Registry registry) {
        SheetReading book = SheetReading.of(xlsx);
        SheetReading.Rows sheet = book.first();
        List<PlanProposal.Task> tasks = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int row : sheet.dataRows()) {
            PlanProposal.Task t = new PlanProposal.Task();
            t.path = sheet.text(row, 1, 200);
            String kind = sheet.text(row, 2);
            t.number = sheet.text(row, 3, 50);
            t.title = sheet.text(row, 4, 1000);
            if (t.path == null) {
                book.problem(sheet, row, 1, "excel.path.required");
                continue;
            }
            if (!paths.add(t.path)) {
                book.problem(sheet, row, 1, "excel.path.duplicate", t.path);
            }
            int slash = t.path.lastIndexOf('/');
            t.parentPath = slash < 0 ? null : t.path.substring(0, slash);
            if (t.parentPath != null && !paths.contains(t.parentPath)) {
                book.problem(sheet, row, 1, "excel.path.parent", t.parentPath);
            }
            t.kind = kind == null ? null : KINDS.getOrDefault(kind.toUpperCase(Locale.ROOT), KINDS.get(kind));
            if (t.kind == null) {
                book.problem(sheet, row, 2, "excel.kind", kind == null ? "" : kind);
            }
            if (t.number == null) {
                t.number = slash < 0 ? t.path : t.path.substring(slash + 1);
            }
            units(book, sheet, row, registry, t);
            LocalDate deadline = sheet.date(row, 9);
            t.deadline = deadline == null ? null : deadline.toString();
            t.deadlineText = sheet.text(row, 10, 500);
            t.description = sheet.text(row, 11, 20000);
            tasks.add(t);
        }
        book.check();
        return tasks;
    }

    /** A row's units, role by role (columns 5 to 8): each by its code, "[EACH_CITY]" / "[EACH_PARK]" for every one of them. */
    private static void units(SheetReading book, SheetReading.Rows sheet, int row, Registry registry, PlanProposal.Task t) {
    for (int r = 0; r < ROLES.length; r++) {
        String list = sheet.text(row, 5 + r);
        if (list == null) {
            continue;
        }
        for (String item : list.split("\\s*[;；\\n]\\s*")) {
            if (item.isBlank()) {
                continue;
            }
            String code = item.strip().split("\\s+", 2)[0];
            var org = registry.byCode(code);
            if (org.isEmpty()) {
                book.problem(sheet, row, 5 + r, "excel.unit.unknown", code);
                continue;
            }
            PlanProposal.Unit u = new PlanProposal.Unit();
            u.role = ROLES[r];
            u.code = code;
            u.organisationId = org.get().id();
            u.name = org.get().nameZh();
            u.text = item.strip();
            u.coverage = item.contains("[EACH_CITY]") ? "EACH_CITY" : item.contains("[EACH_PARK]") ? "EACH_PARK" : "SELF";
            t.units.add(u);
        }
    }
    }
}
