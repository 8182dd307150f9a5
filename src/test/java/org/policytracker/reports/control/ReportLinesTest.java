package org.policytracker.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.plans.entity.Plan;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.plans.entity.PlanLevel;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.TrafficLight;

/**
 * The typed lines of the reports: what the computing methods give for known progress, how a line reaches its template
 * (by component name, numbers in the declared class), and that a template lacking a line's component is refused.
 */
class ReportLinesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static Organisation organisation(long id, String name) {
        Organisation o = new Organisation("O" + id, OrganisationKind.PROVINCIAL_DEPARTMENT, name, null);
        try {
            var f = BaseEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(o, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return o;
    }

    private static ProgressService.TaskProgress task(Plan plan, String number, TaskStatus status, TrafficLight light, Double percent,
                                                     Organisation lead, ProgressService.Contribution... answers) {
        Task t = new Task(plan, null, TaskKind.TASK, number, Integer.parseInt(number));
        t.setTitleZh("任务" + number);
        t.replaceAssignments(List.of(new UnitAssignment(UnitRole.LEAD, lead, null, null)));
        return new ProgressService.TaskProgress(t, 0, percent, status, light, List.of(answers), List.of(), 0, 0, 1, answers.length,
                1);
    }

    private static ProgressService.Contribution answer(Organisation o, TaskStatus s, Integer percent, String difficulties) {
        return new ProgressService.Contribution(o, "2024", s, percent, 1, TrafficLight.GREEN,
                new ProgressService.Remarks("按计划推进", difficulties, null, difficulties == null ? null : "加快建设", null));
    }

    /** Three tasks of the Shaanxi wastewater plan's kind: two answered by the readable bureau, one by a county it may not read. */
    private static ProgressService.PlanProgress progress(Organisation bureau, Organisation county) {
        Plan plan = new Plan("SX-WW", "陕西省污水资源化利用实施方案", PlanLevel.PROVINCIAL);
        return new ProgressService.PlanProgress(plan, LocalDate.of(2024, 12, 31), List.of(
                task(plan, "1", TaskStatus.COMPLETED, TrafficLight.GREEN, 100.0, bureau, answer(bureau, TaskStatus.COMPLETED, 100, null)),
                task(plan, "2", TaskStatus.DELAYED, TrafficLight.RED, 40.0, bureau,
                        answer(bureau, TaskStatus.DELAYED, 40, "资金不足"), answer(county, TaskStatus.DELAYED, 10, "县里的困难")),
                task(plan, "3", null, TrafficLight.YELLOW, null, county)), List.of());
    }

    @Test
    void theOverviewCountsEveryTaskOnceByStatusAndOnceByLight() {
        Organisation bureau = organisation(1, "陕西省水利厅");
        ProgressService.PlanProgress pp = progress(bureau, organisation(2, "某县人民政府"));
        List<ReportLine.Stat> figures = PlanSummaryLines.figures(ZH, pp, new ProgressService.Rates(12, 11, 9, 2, 1, 0));
        assertEquals(3, figures.get(0).value(), "tasks");
        // an independent count: status lines (with the unreported one) and light lines each add up to the tasks
        int byStatus = figures.subList(1, 1 + TaskStatus.values().length + 1).stream().mapToInt(s -> s.value().intValue()).sum();
        int byLight = figures.subList(2 + TaskStatus.values().length, 2 + TaskStatus.values().length + TrafficLight.values().length)
                .stream().mapToInt(s -> s.value().intValue()).sum();
        assertEquals(3, byStatus);
        assertEquals(3, byLight);
        Map<String, Number> byLabel = new TreeMap<>();
        figures.forEach(s -> byLabel.put(s.label(), s.value()));
        assertEquals(12, byLabel.get(ReportFrame.label(ZH, "summary.slots.due")));
        assertEquals(75.0, byLabel.get(ReportFrame.label(ZH, "summary.slots.onTimeRate")), "9 of 12 on time");
        assertEquals(91.7, byLabel.get(ReportFrame.label(ZH, "summary.slots.reportingRate")), "11 of 12 sent");
    }

    @Test
    void aReaderSeesOnlyTheAnswersAndDifficultiesOfOrganisationsTheyMayRead() {
        Organisation bureau = organisation(1, "陕西省水利厅");
        Organisation county = organisation(2, "某县人民政府");
        ProgressService.PlanProgress pp = progress(bureau, county);
        List<PlanSummaryLines.TaskBlock> blocks = PlanSummaryLines.tasks(ZH, pp, Set.of(1L));
        assertEquals(List.of("1", "2", "3"), blocks.stream().map(b -> b.task().number()).toList());
        assertEquals("陕西省水利厅", blocks.get(1).task().lead());
        assertEquals("RED", blocks.get(1).task().lightCode());
        assertEquals(List.of("陕西省水利厅"), blocks.get(1).answers().stream().map(PlanSummaryLines.ContribLine::organisation).toList());
        assertTrue(blocks.get(2).answers().isEmpty());
        List<ReportLine.Remark> remarks = PlanSummaryLines.difficulties(ZH, pp, Set.of(1L));
        assertEquals(1, remarks.size());
        assertTrue(remarks.get(0).text().contains("资金不足") && !remarks.get(0).text().contains("县里"), remarks.get(0).text());
        assertEquals(2, PlanSummaryLines.difficulties(ZH, pp, Set.of(1L, 2L)).size());
    }

    @Test
    void aLineReachesItsTemplateByComponentNameWithNumbersInTheDeclaredClass() throws Exception {
        LineSource source = new LineSource(List.of(new ReportLine.Stat("污水处理厂", 15.0, "座"), new ReportLine.Section("一、总体情况")));
        assertTrue(source.next());
        assertEquals("stat", source.getFieldValue(field("kind", String.class)));
        assertEquals(new BigDecimal("15"), source.getFieldValue(field("value", BigDecimal.class)));
        assertEquals("座", source.getFieldValue(field("unit", String.class)));
        assertNull(source.getFieldValue(field("text", String.class)), "another kind's field");
        assertTrue(source.next());
        assertEquals("section", source.getFieldValue(field("kind", String.class)));
        assertEquals("一、总体情况", source.getFieldValue(field("text", String.class)));
        assertEquals(false, source.next());
        assertEquals("task", new PlanSummaryLines.TaskLine("1", null, null, null, null, null, null, null).kind());
        assertEquals("taskHead", new ReportLine.Head("taskHead").kind());
        assertEquals("pointHead", new AttainmentReport.PointHead("T1").kind());
    }

    private static JRDesignField field(String name, Class<?> type) {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        f.setValueClass(type);
        return f;
    }

    record Stray(String label, BigDecimal nowhere) implements ReportLine {
    }

    record Mistyped(String label, BigDecimal unit) implements ReportLine {
    }

    @Test
    void everyLineFitsItsTemplateAndAStrayComponentIsRefused() {
        ReportEngine engine = new ReportEngine();
        Map<String, List<Class<?>>> lines = Map.of(
                "plan-summary", List.of(ReportLine.Section.class, ReportLine.Para.class, ReportLine.Stat.class, ReportLine.Remark.class,
                        ReportLine.Head.class, PlanSummaryLines.TaskLine.class, PlanSummaryLines.ContribLine.class,
                        PlanSummaryLines.SlotLine.class, AttainmentReport.IndLine.class),
                "indicator-attainment", List.of(ReportLine.Section.class, ReportLine.Para.class, ReportLine.Head.class,
                        AttainmentReport.IndLine.class, AttainmentReport.TargetTitle.class, AttainmentReport.PointHead.class,
                        AttainmentReport.PointLine.class),
                "park-summary", List.of(ReportLine.Section.class, ReportLine.Para.class, ReportLine.Stat.class, ReportLine.Remark.class,
                        ReportLine.Head.class, ParkSummaryLayout.ParkLine.class, ParkSummaryLayout.ParkTotalLine.class,
                        ParkSummaryLayout.ResultLine.class),
                "park-progress", List.of(ReportLine.Section.class, ReportLine.Para.class, ReportLine.Remark.class, ReportLine.Kv.class,
                        ReportLine.Head.class, ParkProgressSections.KvnLine.class, ParkProgressSections.ProjectLine.class,
                        ParkProgressSections.ProjectTotalLine.class, ParkProgressSections.OutcomeLine.class,
                        ParkProgressSections.FilingLine.class),
                "timeliness-ranking", List.of(ReportService.RankLine.class));
        lines.forEach((template, types) -> types.forEach(t -> TemplateFields.check(engine.template(template), t)));
        IllegalStateException stray = assertThrows(IllegalStateException.class,
                () -> TemplateFields.check(engine.template("plan-summary"), Stray.class));
        assertTrue(stray.getMessage().contains("\"nowhere\""), stray.getMessage());
        IllegalStateException mistyped = assertThrows(IllegalStateException.class,
                () -> TemplateFields.check(engine.template("park-summary"), Mistyped.class));
        assertTrue(mistyped.getMessage().contains("\"unit\""), mistyped.getMessage());
    }

    @Test
    void everyLabelATemplateReadsFromTheMessagesExistsInBothLanguages() throws Exception {
        int keys = 0;
        for (String name : ReportEngine.TEMPLATES) {
            String xml = java.nio.file.Files.readString(java.nio.file.Path.of("reports", name + ".jrxml"));
            var m = java.util.regex.Pattern.compile("\\$R\\{([A-Za-z0-9_.]+)}").matcher(xml);
            while (m.find()) {
                keys++;
                for (Locale l : Messages.SUPPORTED) {
                    assertTrue(Messages.bundle(l).containsKey(m.group(1)), name + ": " + m.group(1) + " in " + l);
                }
            }
        }
        assertTrue(keys > 50, keys + " labels");
    }
}
