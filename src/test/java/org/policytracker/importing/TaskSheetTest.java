package org.policytracker.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policytracker.importing.control.PlanProposal;
import org.policytracker.importing.control.PlanTextParser;
import org.policytracker.importing.control.Registry;
import org.policytracker.importing.control.TaskSheet;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.rest.InvalidRequestException;

/** The task list in Excel: what is written is read back the same; a file with three bad cells gets three located messages and yields nothing. */
class TaskSheetTest {

    private static final Registry REGISTRY = ImportFixtures.registry();

    private static List<String> shape(List<PlanProposal.Task> tasks) {
        List<String> out = new ArrayList<>();
        for (PlanProposal.Task t : tasks) {
            StringBuilder b = new StringBuilder(t.path + " " + t.kind + " " + t.number + " " + t.title + " " + t.deadline + " |");
            // the sheet groups units by role (in the text's order within each)
            t.units.stream().map(u -> u.role + ":" + u.code + ":" + (u.coverage == null ? "SELF" : u.coverage)).sorted()
                    .forEach(u -> b.append(' ').append(u));
            out.add(b.toString());
        }
        return out;
    }

    /** Same tree, titles, deadlines and units, row by row (the first difference named). */
    private static void sameRows(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + (i + 2));
        }
        assertEquals(expected.size(), actual.size());
    }

    @Test
    void whatIsExportedIsImported() {
        PlanProposal jiaozuo = new PlanTextParser(REGISTRY).parse(ImportFixtures.document("import/seed-004.txt"));
        byte[] xlsx = TaskSheet.write(jiaozuo.tasks, Map.of("II/(1)", new TaskSheet.Progress("IN_PROGRESS", "GREEN", 60.0, "已完成布局调整方案")));
        List<PlanProposal.Task> back = TaskSheet.read(xlsx, REGISTRY);
        assertEquals(100, back.size());
        sameRows(shape(jiaozuo.tasks), shape(back));
        PlanProposal shaanxi = new PlanTextParser(REGISTRY).parse(ImportFixtures.document("import/seed-000.txt"));
        sameRows(shape(shaanxi.tasks), shape(TaskSheet.read(TaskSheet.write(shaanxi.tasks, Map.of()), REGISTRY)));
        assertTrue(TaskSheet.read(TaskSheet.template(), REGISTRY).isEmpty(), "the template: the header, no tasks");
    }

    @Test
    void threeBadCellsGetThreeLocatedMessages() {
        PlanProposal jiaozuo = new PlanTextParser(REGISTRY).parse(ImportFixtures.document("import/seed-004.txt"));
        List<List<Object>> rows = TaskSheet.rows(jiaozuo.tasks, Map.of());
        rows.get(5).set(1, "TSK");                               // B6: no such kind
        rows.get(5).set(4, "410800.XYZ 不存在的局");               // E6: no such organisation
        rows.get(9).set(8, "2020-13-45");                        // I10: no such date
        byte[] bad = Xlsx.write(List.of(new Xlsx.Sheet(TaskSheet.SHEET, rows)));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> TaskSheet.read(bad, REGISTRY));
        assertEquals(List.of(TaskSheet.SHEET + "!B6", TaskSheet.SHEET + "!E6", TaskSheet.SHEET + "!I10"),
                e.problems().stream().map(InvalidRequestException.FieldProblem::field).toList());
        List<String> zh = e.problems().stream().map(p -> Messages.get(Messages.CHINESE, p.messageKey(), p.args())).toList();
        assertEquals("Tasks 任务清单!E6：没有代码为 410800.XYZ 的单位。", zh.get(1));
        assertTrue(zh.get(2).contains("I10") && zh.get(2).contains("2020-13-45"), zh.get(2));
    }

    @Test
    void excelDateCellsAreRead() {
        List<List<Object>> rows = new ArrayList<>(TaskSheet.rows(List.of(), Map.of()));
        rows.add(new ArrayList<>(java.util.Arrays.asList("一", "任务", "一", "开展检查", "410800.EE 市生态环境局", null, null, null, 46022, null)));
        List<PlanProposal.Task> t = TaskSheet.read(Xlsx.write(List.of(new Xlsx.Sheet("Sheet1", rows))), REGISTRY);
        assertEquals("2025-12-31", t.get(0).deadline, "Excel's day number 46022");
        assertEquals("TASK", t.get(0).kind);
        assertEquals("LEAD", t.get(0).units.get(0).role);
    }
}
