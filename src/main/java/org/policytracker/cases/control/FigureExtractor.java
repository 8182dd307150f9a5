package org.policytracker.cases.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policytracker.cases.entity.FigureKind;

/**
 * The figures a case's text states, as typed values: water reuse rate (%), unit-product water use
 * (m³ per unit of product), reclaimed water volume (m³), water saved — each as a level ("达到 99.1%")
 * or a change ("提升 8.28%", "下降 0.75 立方米/吨"), with the year when the sentence names one and the
 * words it was read from.
 */
public final class FigureExtractor {

    /** One figure: what, level or change, value, unit (normalised), the year if stated, the quote. */
    public record Figure(FigureKind kind, boolean change, BigDecimal value, String unit, boolean atLeast, Integer year,
                         String quote) {
    }

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String LEVEL = "(达到|为|超过|超|约)";
    private static final String CHANGE = "(提升|提高|下降|降低|减少)";

    private record Rule(FigureKind kind, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(FigureKind.WATER_REUSE_RATE, Pattern.compile("(?:工业用?)?水重复利用率\\s*(?:" + LEVEL + "|" + CHANGE + ")\\s*(?:至\\s*)?"
                    + NUM + "\\s*(%|％)(以上)?")),
            new Rule(FigureKind.UNIT_WATER_USE, Pattern.compile("(?:单位产品(?:用水量|取水量|新水耗)|吨\\p{IsHan}?(?:取水量|用水量))\\s*(?:同比\\s*)?(?:"
                    + LEVEL + "|" + CHANGE + ")\\s*(?:约\\s*|超\\s*)?" + NUM + "\\s*(立方米\\s*/\\s*(?:吨\\p{IsHan}?|百米|千升)|立方米|%|％)(以上)?")),
            new Rule(FigureKind.RECLAIMED_WATER, Pattern.compile("再生水利用量\\s*(?:" + LEVEL + "|" + CHANGE + ")\\s*" + NUM
                    + "\\s*(万立方米|立方米|%|％)(以上)?")),
            new Rule(FigureKind.WATER_SAVED, Pattern.compile("节约(?:工业)?(?:用水|新水)\\s*(?:约\\s*)?" + NUM
                    + "\\s*(万立方米|立方米|万吨|吨/天|吨)")));

    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年\\s*$");

    private FigureExtractor() {
    }

    public static List<Figure> extract(String text) {
        List<Figure> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                out.add(figure(rule.kind(), m, text));
            }
        }
        out.sort(java.util.Comparator.comparing(f -> text.indexOf(f.quote())));
        return out;
    }

    private static Figure figure(FigureKind kind, Matcher m, String text) {
        String quote = m.group();
        Integer year = null;
        Matcher y = YEAR.matcher(text.substring(Math.max(0, m.start() - 8), m.start()));
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        if (kind == FigureKind.WATER_SAVED) {
            String[] u = unit(m.group(2), new BigDecimal(m.group(1)));
            return new Figure(kind, false, new BigDecimal(u[1]), u[0], false, year, quote);
        }
        boolean change = m.group(2) != null;
        BigDecimal value = new BigDecimal(m.group(3));
        if (change && m.group(2).matches("下降|降低|减少")) {
            value = value.negate();
        }
        String[] u = unit(m.group(4), value);
        return new Figure(kind, change, new BigDecimal(u[1]), u[0], m.group(5) != null, year, quote);
    }

    /** The unit in SI-style notation and the value in it ("万立方米" → m³, ×10 000). */
    private static String[] unit(String stated, BigDecimal value) {
        String s = stated.replaceAll("\\s", "");
        return switch (s) {
            case "%", "％" -> new String[] {"%", value.toPlainString()};
            case "万立方米", "万吨" -> new String[] {s.equals("万吨") ? "t" : "m³", value.multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString()};
            case "立方米" -> new String[] {"m³", value.toPlainString()};
            case "吨" -> new String[] {"t", value.toPlainString()};
            case "吨/天" -> new String[] {"t/d", value.toPlainString()};
            case "立方米/百米" -> new String[] {"m³/100 m", value.toPlainString()};
            case "立方米/千升" -> new String[] {"m³/kL", value.toPlainString()};
            default -> s.startsWith("立方米/吨") ? new String[] {"m³/t", value.toPlainString()} : new String[] {s, value.toPlainString()};
        };
    }
}
