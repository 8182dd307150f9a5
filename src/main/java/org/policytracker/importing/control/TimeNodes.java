package org.policytracker.importing.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time nodes (时间节点) as plans word them, made dates: "by the end of 2020" and "2020年底前" → 31 Dec 2020;
 * "before the end of June 2022", "2022年6月底前" → 30 Jun 2022; "by October 2019" → 31 Oct 2019; "before
 * 10 January 2021", "2021年1月10日前" → that day; "by 2025", "到2025年" → 31 Dec 2025. Recurring dates
 * ("before January 10 and July 10 of each year", "每年1月10日和7月10日前") are reporting deadlines — a cycle,
 * not a task's deadline.
 */
public final class TimeNodes {

    /** A date the text sets, and the words that set it. */
    public record Node(LocalDate date, String phrase) {
    }

    /** Days of the year by which something recurs ("each year before 10 January and 10 July"). */
    public record Recurrence(List<java.time.MonthDay> days, String phrase) {
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final Pattern EN_END = Pattern.compile("(?i)\\b(?:by|before|at|until|till|to|in)\\s+(?:the\\s+)?end\\s+of\\s+(?:(" + MONTHS + ")\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern EN_DAY = Pattern.compile("(?i)\\b(?:by|before|on or before|no later than)\\s+(?:(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+|(\\d{1,2})\\s+(" + MONTHS + ")\\s+)((?:19|20)\\d{2})\\b");
    private static final Pattern EN_MONTH = Pattern.compile("(?i)\\b(?:by|before|in)\\s+(" + MONTHS + ")\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern EN_YEAR = Pattern.compile("(?i)\\b(?:by|before|until|till)\\s+((?:19|20)\\d{2})\\b(?!\\s*(?:level|levels|baseline))");
    private static final Pattern ZH = Pattern.compile("(?:到|至|于)?((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?\\s*(底|末|年底|年末|前|以前|之前|完成|起)?(前|以前|之前)?");
    private static final Pattern EN_EACH_YEAR = Pattern.compile("(?i)before\\s+((?:(?:" + MONTHS + ")\\s+\\d{1,2}(?:\\s*,\\s*|\\s+and\\s+)?)+)\\s+(?:of\\s+)?(?:each|every)\\s+year");
    private static final Pattern ZH_EACH_YEAR = Pattern.compile("每年((?:\\d{1,2}月\\d{1,2}日[和、及]?)+)前");

    private TimeNodes() {
    }

    /** Every dated node in the text, in the order written. */
    public static List<Node> all(String text) {
        List<Node> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher m = EN_DAY.matcher(text);
        while (m.find()) {
            String month = m.group(1) != null ? m.group(1) : m.group(4);
            String day = m.group(2) != null ? m.group(2) : m.group(3);
            add(out, taken, m, safeDate(Integer.parseInt(m.group(5)), month(month), Integer.parseInt(day)));
        }
        m = EN_END.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(2));
            add(out, taken, m, m.group(1) == null ? LocalDate.of(y, 12, 31) : YearMonth.of(y, month(m.group(1))).atEndOfMonth());
        }
        m = EN_MONTH.matcher(text);
        while (m.find()) {
            add(out, taken, m, YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atEndOfMonth());
        }
        m = EN_YEAR.matcher(text);
        while (m.find()) {
            add(out, taken, m, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
        }
        m = ZH.matcher(text);
        while (m.find()) {
            boolean deadline = m.group(4) != null || m.group(5) != null || m.group(0).startsWith("到") || m.group(0).startsWith("至");
            if (!deadline || "起".equals(m.group(4))) {
                continue;
            }
            if (m.group(0).startsWith("至") && text.substring(Math.max(0, m.start() - 3), m.start()).matches(".*[日月年号]$")) {
                continue; // "2019年1月1日至2020年12月31日": the period a policy is in force, not a deadline
            }
            int y = Integer.parseInt(m.group(1));
            LocalDate d = m.group(2) == null ? LocalDate.of(y, 12, 31)
                    : m.group(3) == null ? YearMonth.of(y, Integer.parseInt(m.group(2))).atEndOfMonth()
                    : safeDate(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            add(out, taken, m, d);
        }
        out.sort(Comparator.comparingInt(n -> text.indexOf(n.phrase())));
        return out;
    }

    /**
     * The latest date a task's own paragraph sets as a deadline — "2019年6月底前", "by the end of 2020", "before 10 January
     * 2021" — leaving out the goal years its sentences state ("到2020年，…达到95%", "by 2025, …"): those say when a
     * figure is to be reached, which a target records; the task runs to the plan's goal unless a date says otherwise.
     */
    public static Optional<Node> stated(String text) {
        return all(text).stream().filter(n -> n.date() != null && !n.phrase().matches("(?i)^(?:到|至)?\\s*(?:19|20)\\d{2}\\s*年$|^(?:by|until|till)\\s+(?:19|20)\\d{2}$"))
                .max(Comparator.comparing(Node::date));
    }

    /** The latest date the text sets — when the work is to be done (earlier ones are steps on the way). */
    public static Optional<Node> deadline(String text) {
        return all(text).stream().filter(n -> n.date() != null).max(Comparator.comparing(Node::date));
    }

    /**
     * The steps on the way: the dates the text sets before its deadline, each once, earliest first, with the
     * clause that sets it ("2021年6月底前完成调查摸底" of "2021年6月底前完成调查摸底，2022年底前建成管网").
     */
    public static List<Node> steps(String text) {
        Optional<Node> last = deadline(text);
        if (last.isEmpty()) {
            return List.of();
        }
        java.util.Map<LocalDate, Node> out = new java.util.TreeMap<>();
        for (Node n : all(text)) {
            if (n.date() != null && n.date().isBefore(last.get().date())) {
                out.putIfAbsent(n.date(), new Node(n.date(), clause(text, n.phrase())));
            }
        }
        return List.copyOf(out.values());
    }

    /** The clause of the text around a phrase: between the punctuation marks that end clauses. */
    static String clause(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            return phrase;
        }
        int from = at;
        while (from > 0 && "，,。；;：:\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at + phrase.length();
        while (to < text.length() && "，,。；;\n".indexOf(text.charAt(to)) < 0
                && !(text.charAt(to) == '.' && (to + 1 == text.length() || Character.isWhitespace(text.charAt(to + 1))))) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    /** A yearly recurrence ("before January 10 and July 10 of each year"), if the text sets one. */
    public static Optional<Recurrence> recurrence(String text) {
        Matcher m = EN_EACH_YEAR.matcher(text);
        if (m.find()) {
            List<java.time.MonthDay> days = new ArrayList<>();
            Matcher d = Pattern.compile("(?i)(" + MONTHS + ")\\s+(\\d{1,2})").matcher(m.group(1));
            while (d.find()) {
                days.add(java.time.MonthDay.of(month(d.group(1)), Integer.parseInt(d.group(2))));
            }
            return Optional.of(new Recurrence(days, m.group()));
        }
        m = ZH_EACH_YEAR.matcher(text);
        if (m.find()) {
            List<java.time.MonthDay> days = new ArrayList<>();
            Matcher d = Pattern.compile("(\\d{1,2})月(\\d{1,2})日").matcher(m.group(1));
            while (d.find()) {
                days.add(java.time.MonthDay.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2))));
            }
            return Optional.of(new Recurrence(days, m.group()));
        }
        return Optional.empty();
    }

    private static void add(List<Node> out, List<int[]> taken, Matcher m, LocalDate date) {
        for (int[] t : taken) {
            if (m.start() < t[1] && m.end() > t[0]) {
                return; // inside a phrase already read ("by the end of October 2019" is not also "by … 2019")
            }
        }
        taken.add(new int[] {m.start(), m.end()});
        if (date != null) {
            out.add(new Node(date, m.group().strip()));
        }
    }

    private static LocalDate safeDate(int y, int month, int day) {
        try {
            return LocalDate.of(y, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static int month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }
}
