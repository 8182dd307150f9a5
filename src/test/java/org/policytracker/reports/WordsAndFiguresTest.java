package org.policytracker.reports;

import org.policytracker.plans.control.TargetText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policytracker.plans.entity.Aggregation;
import org.policytracker.plans.entity.Direction;
import org.policytracker.plans.entity.Indicator;
import org.policytracker.plans.entity.Relation;
import org.policytracker.plans.entity.Target;
import org.policytracker.platform.i18n.Units;
import org.policytracker.reports.control.Figures;
import org.policytracker.reports.control.ReportLine;


/** Targets in words and units in the report's language; the figures two issues are compared by. */
class WordsAndFiguresTest {

    private static final Locale ZH = Locale.CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private static Target target(String unit, Relation relation, int year) {
        return new Target(new Indicator("X", "指标", "Indicator", unit, Direction.DECREASE, Aggregation.SUM), null, null, relation, year);
    }

    @Test
    void aRelativeTargetReadsInTheReportsLanguage() {
        // Jiaozuo: energy per unit of value added 23 % below 2015 by 2020
        Target t = target("tce/10⁴ yuan", Relation.AT_MOST, 2020);
        t.setBaselineYear(2015);
        t.setRelativeChangePercent(new BigDecimal("-23.0000"));
        assertEquals("较2015年下降23%", TargetText.relative(t, true));
        assertEquals("−23 % vs 2015", TargetText.relative(t, false));
        assertEquals("2020年较2015年下降23%", TargetText.describe(t, ZH));
        assertEquals("−23 % vs 2015 by 2020", TargetText.describe(t, EN));
        // an English sentence does not stand in for the Chinese one
        t.setStatement("-23% vs 2015");
        assertEquals("2020年较2015年下降23%", TargetText.sentence(t, ZH));
        assertEquals("-23% vs 2015", TargetText.sentence(t, EN));
    }

    @Test
    void aStatedTargetWithItsUnit() {
        Target coal = target("Mt", Relation.AT_MOST, 2020);
        coal.setTargetValue(new BigDecimal("14.500000"));
        assertEquals("2020年不超过14.5百万吨", TargetText.describe(coal, ZH));
        assertEquals("at most 14.5 Mt by 2020", TargetText.describe(coal, EN));
        Target share = target("%", Relation.AT_LEAST, 2025);
        share.setTargetValue(new BigDecimal("100"));
        assertEquals("2025年不低于100%", TargetText.describe(share, ZH));
        assertEquals("at least 100% by 2025", TargetText.describe(share, EN));
    }

    @Test
    void unitsInChineseUnknownOnesAsStored() {
        assertEquals("吨标准煤/万元", Units.of("tce/10⁴ yuan", ZH));
        assertEquals("立方米/万元", Units.of("m³/10⁴ yuan", ZH));
        assertEquals("个", Units.of("count", ZH));
        assertEquals("count", Units.of("count", EN));
        assertEquals("furlongs", Units.of("furlongs", ZH));
    }

    @Test
    void figuresAreNamedByWhereTheyStandAndComparedByValue() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("L_TOTAL", "合计");
        p.put("L_DUE", "应报");
        p.put("TOTAL_DUE", 5);
        p.put("TITLE", "排名");
        record Row(int rank, String organisation, Integer submitted, String lightCode) implements ReportLine {
        }
        Map<String, String> before = Figures.of(p, List.of(new Row(1, "温县", 0, "GREEN")));
        // named by the line's texts (not its colour code) and the component
        assertEquals(Map.of("合计 · 应报", "5", "温县 · rank", "1", "温县 · submitted", "0"), before);

        Map<String, String> after = Figures.of(p, List.of(new Row(1, "温县", 1, "RED"), new Row(1, "博爱县", 0, null)));
        assertEquals(List.of(new Figures.Change("温县 · submitted", "0", "1"), new Figures.Change("博爱县 · rank", "—", "1"),
                new Figures.Change("博爱县 · submitted", "—", "0")), Figures.changes(before, after));
        // the same value written differently is no change
        assertEquals(List.of(), Figures.changes(Map.of("a", "5"), Map.of("a", "5.0")));
        assertEquals(List.of(new Figures.Change("a", "5", "—")), Figures.changes(Map.of("a", "5"), Map.of()));
    }
}
