package org.policytracker.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.platform.excel.SheetReading;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.rest.InvalidRequestException;

/** Cells as people type them, and every bad one named by its place. */
class SheetReadingTest {

    @Test
    void datesAsTypedAndAsExcelStoresThem() {
        LocalDate d = LocalDate.of(2025, 12, 31);
        for (String s : List.of("2025-12-31", "2025/12/31", "2025.12.31", "2025年12月31日", " 2025 年 12 月 31 日 ", "46022")) {
            assertEquals(d, SheetReading.date(s), s);
        }
        for (String s : List.of("2025-02-30", "31/12/2025", "年底", "2025")) {
            assertNull(SheetReading.date(s), s);
        }
    }

    @Test
    void everyBadCellIsNamedAndNothingIsTakenUntilClean() {
        byte[] book = Xlsx.write(List.of(new Xlsx.Sheet("填报 Report", List.of(
                List.of("a", "b", "c", "d"),
                Arrays.asList("12.5%", "40", "2026-02-30", "1,234.5"),
                Arrays.asList("x", "40.5", "2026/6/30", null)))));
        SheetReading r = SheetReading.of(book);
        SheetReading.Rows rows = r.sheet("填报 Report");
        assertEquals(List.of(2, 3), rows.dataRows());
        assertEquals(new BigDecimal("12.5"), rows.number(2, 1));
        assertEquals(40, rows.whole(2, 2, 0, 100));
        assertNull(rows.date(2, 3));
        assertEquals(new BigDecimal("1234.5"), rows.number(2, 4));
        assertNull(rows.number(3, 1));
        assertNull(rows.whole(3, 2, 0, 100));
        assertEquals(LocalDate.of(2026, 6, 30), rows.date(3, 3));
        r.sheet("指标 Indicators");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, r::check);
        assertEquals(List.of("填报 Report!C2", "填报 Report!A3", "填报 Report!B3", "指标 Indicators"),
                e.problems().stream().map(InvalidRequestException.FieldProblem::field).toList());
        assertEquals("填报 Report!B3", e.problems().get(2).args()[0], "the place is the message's first argument");
        assertThrows(InvalidRequestException.class, () -> SheetReading.of("not a workbook".getBytes()));
    }
}
