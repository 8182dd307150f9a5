package org.policytracker.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.reporting.control.VersionCompare;
import org.policytracker.platform.persistence.VersionChanges.Change;
import org.policytracker.reporting.entity.VersionContent;
import org.policytracker.reporting.entity.VersionContent.Evidence;
import org.policytracker.reporting.entity.VersionContent.IndicatorAnswer;
import org.policytracker.reporting.entity.VersionContent.TaskAnswer;

/** Two versions of Xi'an's half-year report on the wastewater plan: only what differs is listed, field by field. */
class VersionCompareTest {

    private static TaskAnswer task(long id, String number, TaskStatus status, Integer percent, String difficulties, LocalDate due) {
        return new TaskAnswer(id, number, "再生水管网建设", null, LocalDate.of(2025, 12, 31), status, percent, "按计划推进", difficulties,
                null, status == TaskStatus.DELAYED ? "汛期停工" : null, status == TaskStatus.DELAYED ? "分段并行施工" : null, due);
    }

    @Test
    void onlyTheAnswersThatDifferAreListedFieldByField() {
        VersionContent v1 = new VersionContent(List.of(task(41, "3", TaskStatus.DELAYED, 40, null, LocalDate.of(2025, 9, 30)),
                task(42, "4", TaskStatus.COMPLETED, 100, null, null)),
                List.of(new IndicatorAnswer(7, "WATER_PER_IVA", "万元工业增加值用水量", null, "m³/10⁴ yuan", new BigDecimal("10.0"), null)),
                List.of(new Evidence(3, "台账.pdf", "application/pdf", 1234, "ab")), "汇总耗时");
        VersionContent v2 = new VersionContent(List.of(task(41, "3", TaskStatus.DELAYED, 55, "已完成 12 千米中的 5 千米", LocalDate.of(2025, 9, 30)),
                task(42, "4", TaskStatus.COMPLETED, 100, null, null)),
                List.of(new IndicatorAnswer(7, "WATER_PER_IVA", "万元工业增加值用水量", null, "m³/10⁴ yuan", new BigDecimal("10"), "按统计快报")),
                List.of(new Evidence(3, "台账.pdf", "application/pdf", 1234, "ab"), new Evidence(5, "照片.jpg", "image/jpeg", 99, "cd")),
                "汇总耗时");
        List<Change> changes = VersionCompare.between(v1, v2);
        assertEquals(List.of(
                new Change("task", 41L, "3", "再生水管网建设", "percentDone", "40", "55"),
                new Change("task", 41L, "3", "再生水管网建设", "difficulties", null, "已完成 12 千米中的 5 千米"),
                // 10.0 and 10 are the same value: only the note changed
                new Change("indicator", 7L, "WATER_PER_IVA", "万元工业增加值用水量", "note", null, "按统计快报"),
                new Change("attachment", null, null, "照片.jpg", "file", null, "照片.jpg")), changes);
        assertEquals(List.of(), VersionCompare.between(v2, v2), "a version against itself");
    }

    @Test
    void againstNothingSentEveryAnswerIsNew() {
        VersionContent none = new VersionContent(List.of(), List.of(), List.of(), null);
        VersionContent v1 = new VersionContent(List.of(task(41, "3", TaskStatus.IN_PROGRESS, 30, null, null)), List.of(), List.of(),
                null);
        List<Change> changes = VersionCompare.between(none, v1);
        assertEquals(List.of("status", "percentDone", "narrative"), changes.stream().map(Change::field).toList());
        assertEquals("IN_PROGRESS", changes.get(0).after(), "a status by its code; the page shows it in the reader's words");
    }
}
