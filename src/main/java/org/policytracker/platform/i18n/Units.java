package org.policytracker.platform.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * A unit of measure as a reader of the report's or page's language writes it: the registry keeps units in their
 * international form (t, Mt, tce/10⁴ yuan, m³, count); a Chinese reader reads 吨, 百万吨, 吨标准煤/万元, 立方米, 个.
 * A unit not known here is shown as it is stored.
 */
public final class Units {

    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("t", "吨"), Map.entry("kt", "千吨"), Map.entry("10⁴ t", "万吨"), Map.entry("Mt", "百万吨"),
            Map.entry("tce", "吨标准煤"), Map.entry("10⁴ tce", "万吨标准煤"), Map.entry("Mtce", "百万吨标准煤"),
            Map.entry("m³", "立方米"), Map.entry("10⁴ m³", "万立方米"), Map.entry("10⁸ m³", "亿立方米"),
            Map.entry("yuan", "元"), Map.entry("10⁴ yuan", "万元"), Map.entry("10⁸ yuan", "亿元"),
            Map.entry("m³/10⁴ yuan", "立方米/万元"), Map.entry("tce/10⁴ yuan", "吨标准煤/万元"), Map.entry("t/10⁴ yuan", "吨/万元"),
            Map.entry("kWh", "千瓦时"), Map.entry("10⁴ kWh", "万千瓦时"), Map.entry("MW", "兆瓦"), Map.entry("GW", "吉瓦"),
            Map.entry("km²", "平方千米"), Map.entry("ha", "公顷"), Map.entry("mu", "亩"), Map.entry("km", "千米"),
            Map.entry("count", "个"), Map.entry("items", "项"), Map.entry("units", "台"), Map.entry("lines", "条"),
            Map.entry("enterprises", "家"), Map.entry("parks", "个"), Map.entry("projects", "个"), Map.entry("people", "人"),
            Map.entry("%", "%"), Map.entry("days", "天"), Map.entry("years", "年"));

    private Units() {
    }

    /** Every unit known here in its international form (t, tce/10⁴ yuan, count …). */
    public static java.util.Set<String> international() {
        return CHINESE.keySet();
    }

    /** {@code unit} in the language of {@code locale} (Chinese unless English is asked for). */
    public static String of(String unit, Locale locale) {
        if (unit == null || unit.isBlank() || "en".equals(locale.getLanguage())) {
            return unit;
        }
        return CHINESE.getOrDefault(unit.strip(), unit);
    }
}
