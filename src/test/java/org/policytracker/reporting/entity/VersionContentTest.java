package org.policytracker.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.plans.entity.TaskStatus;

/** A sent version's content: what older versions stored reads as the typed answers, and what is written reads back. */
class VersionContentTest {

    /** Exactly what versions sent before the typed content hold (written by hand with JSON-P: explicit nulls, a stripped 10). */
    static final String STORED = "{\"taskReports\":[{\"taskId\":41,\"number\":\"1\",\"titleZh\":\"推进园区废水循环利用\",\"titleEn\":null,"
            + "\"deadline\":\"2025-12-31\",\"status\":\"DELAYED\",\"percentDone\":40,\"narrative\":\"完成管网改造 3 公里\","
            + "\"difficulties\":null,\"nextSteps\":\"加快施工\",\"delayExplanation\":\"资金未到位\",\"correctiveAction\":\"申请专项资金\","
            + "\"correctiveDue\":\"2025-09-30\"},{\"taskId\":42,\"number\":\"2\",\"titleZh\":\"开展节水诊断\",\"titleEn\":null,"
            + "\"deadline\":null,\"status\":null,\"percentDone\":null,\"narrative\":null,\"difficulties\":null,\"nextSteps\":null,"
            + "\"delayExplanation\":null,\"correctiveAction\":null,\"correctiveDue\":null}],"
            + "\"indicatorValues\":[{\"indicatorId\":7,\"code\":\"WATER_PER_IVA\",\"nameZh\":\"万元工业增加值用水量\",\"nameEn\":\"Water use\","
            + "\"unit\":\"m³/10⁴ yuan\",\"value\":1E+1,\"note\":null},{\"indicatorId\":8,\"code\":\"REUSE\",\"nameZh\":\"重复利用率\","
            + "\"nameEn\":\"Reuse\",\"unit\":\"%\",\"value\":null,\"note\":\"未统计\"}],"
            + "\"attachments\":[{\"id\":3,\"fileName\":\"台账.pdf\",\"contentType\":\"application/pdf\",\"size\":1234,\"sha256\":\"ab\"}]}";

    @Test
    void whatOlderVersionsStoredReadsAsTypedAnswers() {
        VersionContent c = VersionContent.of(STORED);
        VersionContent.TaskAnswer first = c.taskReports().get(0);
        assertEquals(41, first.taskId());
        assertEquals(TaskStatus.DELAYED, first.status());
        assertEquals(40, first.percentDone());
        assertEquals(LocalDate.of(2025, 9, 30), first.correctiveDue());
        assertEquals("资金未到位", first.delayExplanation());
        VersionContent.TaskAnswer blank = c.taskReports().get(1);
        assertNull(blank.status());
        assertNull(blank.percentDone());
        assertEquals(0, new BigDecimal("10").compareTo(c.indicatorValues().get(0).value()));
        assertNull(c.indicatorValues().get(1).value());
        assertEquals("台账.pdf", c.attachments().get(0).fileName());
        assertNull(c.latenessReason(), "older versions have no reason for lateness");
    }

    @Test
    void whatIsWrittenReadsBackTheSameAndKeepsItsNulls() {
        VersionContent c = new VersionContent(List.of(new VersionContent.TaskAnswer(5, "3", "任务", null, LocalDate.of(2026, 6, 30),
                TaskStatus.IN_PROGRESS, 60, "进展", null, null, null, null, null)),
                List.of(new VersionContent.IndicatorAnswer(9, "X", "指标", "Indicator", "%", new BigDecimal("12.5"), null)), null,
                "系统故障，延迟报送");
        String json = c.toJson();
        assertEquals(c, VersionContent.of(json));
        // the stored shape keeps every property, null or not, as versions always had it
        assertEquals(true, json.contains("\"difficulties\":null") && json.contains("\"attachments\":[]"), json);
        assertEquals(VersionContent.of(STORED), VersionContent.of(VersionContent.of(STORED).toJson()));
    }
}
