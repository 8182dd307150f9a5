package org.policytracker.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.policytracker.cases.control.CaseListParser;
import org.policytracker.cases.control.FigureExtractor;
import org.policytracker.cases.entity.FigureKind;

/** Seed 003 read back into its 58 rows, with the figures its text states. */
class CaseListTest {

    static String seed() throws Exception {
        try (InputStream in = CaseListTest.class.getClassLoader()
                .getResourceAsStream("demo/seeds/003-industrial-wastewater-typical-cases-2024.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fiftyEightRowsNoneSplit() throws Exception {
        CaseListParser.Result r = CaseListParser.parse(seed());
        assertEquals(List.of(), r.problems());
        assertEquals(IntStream.rangeClosed(1, 58).boxed().toList(), r.rows().stream().map(CaseListParser.Row::number).toList());
        CaseListParser.Row two = r.rows().get(1);
        assertEquals("河北新金钢铁有限公司", two.unit());
        // the page break cut "再生" | "水利用量超 60 万立方米。": joined back
        assertTrue(two.practice().endsWith("再生水利用量超 60 万立方米。"), two.practice());
        assertEquals("纺织印染", r.rows().stream().filter(x -> x.industry().startsWith("纺织")).map(CaseListParser.Row::industry)
                .distinct().reduce((a, b) -> a + "|" + b).orElseThrow());
        assertTrue(r.rows().stream().noneMatch(x -> x.practice().isEmpty() || x.unit().isEmpty() || x.mode().isEmpty()));
        assertEquals("2022年试点", r.rows().get(5).remarks());
        assertEquals("园区", r.rows().get(57).industry());
        assertTrue(r.rows().get(57).practice().endsWith("水重复利用率达到 90%。"), r.rows().get(57).practice());
        assertEquals("陕钢集团汉中钢铁有限责任公司", r.rows().get(4).unit());
        assertEquals("陕西省", r.rows().get(4).province());
    }

    @Test
    void theFiguresTheTextStates() throws Exception {
        List<CaseListParser.Row> rows = CaseListParser.parse(seed()).rows();
        List<FigureExtractor.Figure> two = FigureExtractor.extract(rows.get(1).practice());
        assertEquals(new BigDecimal("99.1"), value(two, FigureKind.WATER_REUSE_RATE));
        assertEquals(new BigDecimal("600000"), value(two, FigureKind.RECLAIMED_WATER));
        List<FigureExtractor.Figure> eight = FigureExtractor.extract(rows.get(7).practice());
        assertEquals("宝钢湛江钢铁有限公司", rows.get(7).unit());
        assertEquals(new BigDecimal("99.4"), value(eight, FigureKind.WATER_REUSE_RATE));
        assertEquals(new BigDecimal("1.31"), value(eight, FigureKind.UNIT_WATER_USE));
        assertEquals("m³/t", eight.stream().filter(f -> f.kind() == FigureKind.UNIT_WATER_USE).findFirst().orElseThrow().unit());
        assertEquals(2023, eight.get(0).year());
        // a change is not a level: "吨钢取水量下降 0.75 立方米/吨"
        FigureExtractor.Figure three = FigureExtractor.extract(rows.get(2).practice()).stream()
                .filter(f -> f.kind() == FigureKind.UNIT_WATER_USE).findFirst().orElseThrow();
        assertTrue(three.change());
        assertEquals(new BigDecimal("-0.75"), three.value());
        // water saved, 3000 t a day (case 1)
        assertEquals(new BigDecimal("3000"), value(FigureExtractor.extract(rows.get(0).practice()), FigureKind.WATER_SAVED));
        long withReuseRate = rows.stream().filter(r -> FigureExtractor.extract(r.practice()).stream()
                .anyMatch(f -> f.kind() == FigureKind.WATER_REUSE_RATE && !f.change())).count();
        assertTrue(withReuseRate >= 30, "reuse rates found in " + withReuseRate + " cases");
    }

    private static BigDecimal value(List<FigureExtractor.Figure> figures, FigureKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow(() -> new AssertionError(kind + " in " + figures))
                .value();
    }
}
