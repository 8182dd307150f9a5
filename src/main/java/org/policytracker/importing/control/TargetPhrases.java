package org.policytracker.importing.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric targets in a plan's sentences, in English and Chinese:
 * <ul>
 * <li>a change against a baseline year — "decrease by 10% compared to 2020", "be more than 23% lower
 * than that of 2015", "比2015年下降23%以上", "较2020年下降10%";</li>
 * <li>a ceiling — "controlled within 14.5 million tons", "控制在1450万吨以内", "not more than …";</li>
 * <li>a level — "reach about 80%" (about), "not less than 50%" (at least), "达到80%左右", "不低于50%";</li>
 * <li>a count or an addition — "more than 1200 robots", "build more than 40 … lines", "five enterprises",
 * "increased by 2 million tons".</li>
 * </ul>
 * The indicator is the noun phrase the figure belongs to, matched against the indicator registry by
 * {@link #indicator}; the year is the sentence's time node (else the task's).
 */
public final class TargetPhrases {

    public enum Relation { AT_MOST, AT_LEAST, ABOUT, EQUAL }

    /** A target as the text states it; {@code indicatorPhrase} the words naming what is measured. */
    public record Mention(String statement, String indicatorPhrase, Relation relation, BigDecimal value, String unit,
                          BigDecimal changePercent, Integer baselineYear, Integer targetYear) {
    }

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String MORE = "(more than|over|at least|no less than|not less than|above|about|around|nearly|approximately)?\\s*";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twenty", 20), Map.entry("fifty", 50), Map.entry("hundred", 100));

    private static final Pattern EN_LOWER_THAN = Pattern.compile("(?i)" + MORE + NUM + "\\s*%\\s+(lower|less|higher|more)\\s+than\\s+(?:that\\s+(?:of|in)\\s+|in\\s+)?" + YEAR);
    private static final Pattern EN_CHANGE_BY = Pattern.compile("(?i)\\b(decrease|decline|drop|fall|be reduced|be cut|reduce|increase|rise|grow|be increased|be raised)d?s?\\s+by\\s+" + MORE + NUM + "\\s*%\\s+(?:compared\\s+(?:to|with)|from|over|than|relative to)\\s+(?:that\\s+(?:of|in)\\s+|the\\s+)?" + YEAR);
    private static final Pattern EN_CEILING = Pattern.compile("(?i)\\b(?:controlled|kept|capped|limited|control(?:led)?)\\s+(?:within|below|under|at|to)\\s+" + NUM + "\\s*(million|billion|10,000|thousand|hundred million)?\\s*([a-z³/]+(?:\\s+(?:of\\s+)?standard coal)?)?");
    private static final Pattern EN_LEVEL = Pattern.compile("(?i)\\b(reach|achieve|attain|be|is|are|exceed|not less than|no less than|no more than|not more than|not exceed)\\s+" + MORE + NUM + "\\s*(%|percent)");
    private static final Pattern EN_ADDED = Pattern.compile("(?i)\\b(?:be\\s+)?(?:increased|expanded|added|raised)\\s+by\\s+" + MORE + NUM + "\\s*(million|billion|10,000|thousand)?\\s*(tons|tonnes|t|units|kilowatts|cubic meters)\\b");
    private static final Pattern EN_COUNT = Pattern.compile("(?i)\\b(?:apply|build|create|cultivate|establish|add|form|develop|strive for|popularize and apply|promote|construct|have|set up)\\s+(?:and\\s+\\w+\\s+)?(?:a total of\\s+)?" + MORE + NUM + "\\s+((?:new\\s+)?[a-z][a-z\\-() ]{2,80}?)(?=\\s+(?:to|of|in|by|with|that|which|and|,)\\b|[,.;]|$)");

    private static final Pattern EN_FULL = Pattern.compile("(?i)\\b(?:full|complete|100%)\\s+coverage\\s+of\\s+(.{5,160}?)(?=[,.;]|$)");
    private static final Pattern ZH_FULL = Pattern.compile("([\\p{IsHan}0-9万立方米及以上]{2,40})(?:实现)?全覆盖");
    private static final Pattern ZH_COUNT = Pattern.compile("(?:创建|培育|建设|推广应用|推广|新增|打造|建成|引进|力争|累计)?([\\p{IsHan}]{2,20}?)(\\d+(?:\\.\\d+)?)(家|个|台|条|座|项|套|处)(以上|左右)?");
    private static final Pattern ZH_CHANGE = Pattern.compile("(?:比|较|与)" + YEAR + "年(?:相比)?(?:下降|降低|减少|削减)(\\d+(?:\\.\\d+)?)%(以上|左右)?");
    private static final Pattern ZH_RISE = Pattern.compile("(?:比|较|与)" + YEAR + "年(?:相比)?(?:提高|增长|增加|上升)(\\d+(?:\\.\\d+)?)%(以上|左右)?");
    private static final Pattern ZH_CEILING = Pattern.compile("控制在(\\d+(?:\\.\\d+)?)(万|亿|千)?(吨|吨标准煤|立方米|千瓦)?(?:以内|以下)");
    private static final Pattern ZH_ZERO = Pattern.compile("([\\p{IsHan}]{2,30}?(?:事件|事故|案件))(?:实现)?零(?:发生|增长)");
    private static final Pattern ZH_LEVEL = Pattern.compile("(达到|提高到|提高至|提升至|提升到|增加到|增长到|稳定在|保持在|不低于|不少于|超过|突破|不超过|低于)(\\d+(?:\\.\\d+)?)"
            + "(%|[万亿千]?(?:千瓦|吨标准煤|吨|立方米|元|名|人|个|家|条|台|座|项|套|处|公里|亩|公顷|辆|户|所|件))(以上|左右)?");

    private TargetPhrases() {
    }

    /** Every target stated in {@code text}; {@code defaultYear} when a sentence names no year of its own. */
    public static List<Mention> find(String text, Integer defaultYear) {
        return find(text, defaultYear, false);
    }

    /**
     * @param datedOnly only sentences with a time node of their own (in a measure's text, a figure without a date is a
     *                  technical requirement — "the removal rate should reach 70 %" — not one of the plan's targets)
     */
    public static List<Mention> find(String text, Integer defaultYear, boolean datedOnly) {
        List<Mention> out = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            // "到2020年，…。全国农机总动力超过10亿千瓦…": a year stated in a paragraph holds for its later sentences
            Integer carried = null;
            for (String sentence : sentences(paragraph)) {
                java.util.Optional<TimeNodes.Node> own = TimeNodes.deadline(sentence);
                if (own.isPresent()) {
                    carried = own.get().date().getYear();
                }
                if (datedOnly && own.isEmpty()) {
                    continue;
                }
                Integer year = own.map(n -> n.date().getYear()).orElse(carried != null ? carried : defaultYear);
                if (UnitResolver.isChinese(sentence)) {
                    zh(sentence, year, out);
                } else {
                    en(sentence, year, out);
                }
            }
        }
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[。；;])|(?<=\\.)\\s+(?=[A-Z(])")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static void en(String s, Integer year, List<Mention> out) {
        List<int[]> taken = new ArrayList<>();
        String subjectOfSentence = changes(s, year, out, taken);
        levels(s, year, out, taken, subjectOfSentence);
        counts(s, year, out);
    }

    /** "… 11.48% lower than 2015", "reduce … by 13.5% compared with 2020": changes against a base year; returns the first subject. */
    private static String changes(String s, Integer year, List<Mention> out, List<int[]> taken) {
        String subjectOfSentence = null;
        // clauses of one sentence share its subject ("coal … 11.48% lower than 2015, controlled within 14.5 million tons")
        Matcher m = EN_LOWER_THAN.matcher(s);
        while (m.find()) {
            boolean down = m.group(3).equalsIgnoreCase("lower") || m.group(3).equalsIgnoreCase("less");
            BigDecimal n = number(m.group(2));
            String subject = subject(s, m.start());
            subjectOfSentence = subjectOfSentence == null ? subject : subjectOfSentence;
            out.add(new Mention(s, subject, down ? Relation.AT_MOST : Relation.AT_LEAST, null, null, down ? n.negate() : n,
                    Integer.parseInt(m.group(4)), year));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = EN_CHANGE_BY.matcher(s);
        while (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            boolean down = verb.matches(".*(decrease|decline|drop|fall|reduce|cut).*");
            BigDecimal n = number(m.group(3));
            String subject = subject(s, m.start());
            subjectOfSentence = subjectOfSentence == null ? subject : subjectOfSentence;
            out.add(new Mention(s, subject, down ? Relation.AT_MOST : Relation.AT_LEAST, null, null, down ? n.negate() : n,
                    Integer.parseInt(m.group(4)), year));
            taken.add(new int[] {m.start(), m.end()});
        }
        return subjectOfSentence;
    }

    /** Ceilings ("controlled within 14.5 million tons", sharing the sentence's subject) and levels ("reach more than 95%"). */
    private static void levels(String s, Integer year, List<Mention> out, List<int[]> taken, String subjectOfSentence) {
        Matcher m = EN_CEILING.matcher(s);
        while (m.find()) {
            String subject = subject(s, m.start());
            if (subject.isBlank() || subject.split("\\s+").length < 2) {
                subject = subjectOfSentence == null ? subject : subjectOfSentence;
            }
            out.add(new Mention(s, subject, Relation.AT_MOST, scaled(number(m.group(1)), m.group(2)), unit(m.group(2), m.group(3)),
                    null, null, year));
        }
        m = EN_LEVEL.matcher(s);
        while (m.find()) {
            if (overlaps(taken, m)) {
                continue;
            }
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            String q = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            Relation r = verb.contains("more than") || verb.contains("exceed") && verb.startsWith("not") ? Relation.AT_MOST
                    : verb.contains("less than") || verb.equals("exceed") ? Relation.AT_LEAST : relation(q);
            out.add(new Mention(s, subject(s, m.start()), r, number(m.group(3)), "%", null, null, year));
        }
    }

    /** Amounts added, full coverage ("100% of …") and counts ("5 green factories and 1 green park"). */
    private static void counts(String s, Integer year, List<Mention> out) {
        Matcher m = EN_ADDED.matcher(s);
        while (m.find()) {
            out.add(new Mention(s, "added " + subject(s, m.start()), Relation.AT_LEAST, scaled(number(m.group(2)), m.group(3)), unit(m.group(3), m.group(4)),
                    null, null, year));
        }
        m = EN_FULL.matcher(s);
        while (m.find()) {
            out.add(new Mention(s, m.group(1).strip(), Relation.AT_LEAST, BigDecimal.valueOf(100), "%", null, null, year));
        }
        m = EN_COUNT.matcher(s);
        while (m.find()) {
            String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String thing = m.group(3).strip();
            if (thing.matches("(?i)(?:years?|days?|months?|%|percent|times|million|billion|tons?).*")) {
                continue;
            }
            Relation r = q.isEmpty() ? Relation.AT_LEAST : relation(q);
            out.add(new Mention(s, thing, r, number(m.group(2)), "count", null, null, year));
            // "… 5 green factories and 1 green park": the list goes on
            Matcher more = Pattern.compile("(?i)^\\s+and\\s+" + MORE + NUM + "\\s+((?:new\\s+)?[a-z][a-z\\- ]{2,60}?)(?=\\s+(?:in|of|by|to)\\b|[,.;]|$)")
                    .matcher(s.substring(m.end()));
            if (more.find()) {
                String q2 = more.group(1) == null ? "" : more.group(1).toLowerCase(Locale.ROOT);
                out.add(new Mention(s, more.group(3).strip(), q2.isEmpty() ? Relation.AT_LEAST : relation(q2), number(more.group(2)), "count",
                        null, null, year));
            }
        }
    }

    private static boolean overlaps(List<int[]> taken, Matcher m) {
        return taken.stream().anyMatch(t -> m.start() < t[1] && m.end() > t[0]);
    }

    private static Relation relation(String qualifier) {
        return switch (qualifier) {
            case "about", "around", "nearly", "approximately" -> Relation.ABOUT;
            case "more than", "over", "at least", "no less than", "not less than", "above" -> Relation.AT_LEAST;
            default -> Relation.EQUAL;
        };
    }

    /** The words before a figure that say what it measures (back to the clause's start). */
    private static String subject(String s, int at) {
        String before = s.substring(0, at);
        int cut = -1;
        for (int i = before.length() - 1; i >= 0 && cut < 0; i--) {
            char ch = before.charAt(i);
            boolean thousands = ch == ',' && i > 0 && i + 1 < before.length() && Character.isDigit(before.charAt(i - 1))
                    && Character.isDigit(before.charAt(i + 1));
            if ((ch == ',' && !thousands) || ch == ';' || ch == ':') {
                cut = i;
            }
        }
        String clause = before.substring(cut + 1);
        if (clause.strip().matches("(?i)^and\\s.*") && cut > 0) {
            // the end of a list of names ("…, Ltd., and SPIC Qinyang Branch"): the subject began before the list,
            // after the last figure of the sentence
            Matcher figure = Pattern.compile("\\d(?:\\s*%|\\s+(?:million|billion|tons?))|\\b(?:19|20)\\d{2}\\b").matcher(before);
            int last = -1;
            while (figure.find()) {
                last = figure.end();
            }
            int from = last < 0 ? 0 : before.indexOf(',', last) + 1;
            clause = before.substring(from).replaceAll("(?i)^\\s*(?:among them|of which|in addition to [^,]*),?\\s*", "");
        }
        clause = clause.replaceAll("(?i)^\\s*and\\s+", "");
        clause = clause.replaceAll("(?i)^\\s*(?:\\d+\\.\\s*)?(?:time node:\\s*)?", "")
                .replaceAll("(?i)\\b(?:by|before)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:\\w+\\s+)?(?:19|20)\\d{2}\\b", "")
                .replaceAll("(?i)\\s+(?:will|shall|should|is|are|be|strive to|to)(?:\\s+(?:be|further|basically))*\\s*$", "");
        return clause.strip();
    }

    private static void zh(String s, Integer year, List<Mention> out) {
        Matcher m = ZH_CHANGE.matcher(s);
        while (m.find()) {
            out.add(new Mention(s, zhSubject(s, m.start()), Relation.AT_MOST, null, null, number(m.group(2)).negate(),
                    Integer.parseInt(m.group(1)), year));
        }
        m = ZH_RISE.matcher(s);
        while (m.find()) {
            out.add(new Mention(s, zhSubject(s, m.start()), Relation.AT_LEAST, null, null, number(m.group(2)),
                    Integer.parseInt(m.group(1)), year));
        }
        m = ZH_CEILING.matcher(s);
        while (m.find()) {
            String mult = m.group(2) == null ? null : switch (m.group(2)) {
                case "万" -> "10,000";
                case "亿" -> "hundred million";
                default -> "thousand";
            };
            out.add(new Mention(s, zhSubject(s, m.start()), Relation.AT_MOST, scaled(number(m.group(1)), mult),
                    unit(mult, m.group(3) == null ? null : m.group(3).startsWith("吨") ? "tons" : m.group(3)), null, null, year));
        }
        for (String piece : s.split("[、，,；;。]")) {
            Matcher c = ZH_COUNT.matcher(piece);
            while (c.find()) {
                String thing = c.group(1).replaceAll("^(?:到|至)?(?:年底前|年底|年)?", "").replaceAll("^(?:创建|培育|建设|推广应用|推广|新增|打造|建成|引进|力争|累计)", "");
                if (thing.length() < 2 || thing.matches(".*(年|月|日|前|后)$")) {
                    continue;
                }
                Relation r = "左右".equals(c.group(4)) ? Relation.ABOUT : Relation.AT_LEAST;
                out.add(new Mention(s, thing, r, number(c.group(2)), "count", null, null, year));
            }
        }
        m = ZH_FULL.matcher(s);
        while (m.find()) {
            out.add(new Mention(s, m.group(1), Relation.AT_LEAST, BigDecimal.valueOf(100), "%", null, null, year));
        }
        m = ZH_ZERO.matcher(s);
        while (m.find()) {
            // "非法转移倾倒固体废物事件零发生": a count of events held at zero
            out.add(new Mention(s, m.group(1), Relation.AT_MOST, BigDecimal.ZERO, "count", null, null, year));
        }
        m = ZH_LEVEL.matcher(s);
        while (m.find()) {
            if (s.startsWith("的", m.end())) {
                continue; // "年用水量超过10万立方米的企业": a threshold that picks whom a measure is for, not a target
            }
            String verb = m.group(1);
            Relation r = "左右".equals(m.group(4)) ? Relation.ABOUT
                    : "以上".equals(m.group(4)) || verb.equals("不低于") || verb.equals("不少于") || verb.equals("超过") ? Relation.AT_LEAST
                    : verb.equals("不超过") || verb.equals("低于") ? Relation.AT_MOST : Relation.EQUAL;
            out.add(new Mention(s, zhSubject(s, m.start()), r, number(m.group(2)), m.group(3).equals("%") ? "%" : m.group(3), null, null, year));
        }
    }

    private static String zhSubject(String s, int at) {
        String before = s.substring(0, at);
        int cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('：'));
        return before.substring(cut + 1).replaceAll("^(?:到|至)?(?:19|20)\\d{2}年(?:底|末)?(?:前)?[，,]?", "").replaceAll("(要|将|力争)$", "").strip();
    }

    private static BigDecimal number(String n) {
        Integer w = WORDS.get(n.toLowerCase(Locale.ROOT));
        return w != null ? BigDecimal.valueOf(w) : new BigDecimal(n.replace(",", ""));
    }

    /** The figure in millions of its unit when written so ("14.5 million tons" stays 14.5 with unit "Mt"). */
    private static BigDecimal scaled(BigDecimal n, String multiplier) {
        if (multiplier == null) {
            return n;
        }
        return switch (multiplier.toLowerCase(Locale.ROOT)) {
            case "10,000" -> n.movePointLeft(2); // 1450 万吨 = 14.5 Mt
            case "hundred million" -> n.movePointRight(2);
            case "billion" -> n.movePointRight(3);
            case "thousand" -> n.movePointLeft(3);
            default -> n; // million
        };
    }

    private static String unit(String multiplier, String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        boolean tons = u.startsWith("ton") || u.equals("t");
        if (multiplier != null && tons) {
            return "Mt";
        }
        return tons ? "t" : u.isEmpty() ? null : u;
    }
}
