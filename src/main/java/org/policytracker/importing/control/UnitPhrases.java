package org.policytracker.importing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responsibility formulas of plans, in English and Chinese: where a task names its units and in
 * which role —
 * <ul>
 * <li>lead (牵头): "X will take the lead", "led by X", "〔X牵头，…〕", "牵头单位：X";</li>
 * <li>responsible by duty (按职责分工负责): "X, Y … shall be responsible according to their respective
 * duties", "… shall be implemented separately according to their duties", "〔X、Y按职责分工负责〕";</li>
 * <li>cooperating (配合): "implemented in cooperation with Y, Z", "with the cooperation of Y", "Y to
 * cooperate", "Y配合";</li>
 * <li>implementing (落实): "relevant departments of each city (district) will implement", "park
 * management agencies … shall implement", "各市（区）相关部门落实" — every city (or park) under the plan's area.</li>
 * </ul>
 * A list without a verb ("Responsible units: X, Y") names lead units. Names are split at commas,
 * 、 and "and" where the parts are names of their own ({@link UnitResolver} decides).
 */
public final class UnitPhrases {

    public enum Role { LEAD, CO_RESPONSIBLE, COOPERATING, IMPLEMENTING, GUIDING }

    /**
     * Whom a name stands for: one body (SELF); every city / park of the plan's area; or a collective the registry has no
     * single body for — every province (各省级人民政府), or a group named by what its members do (各有关部门和单位,
     * 试点城市政府, 各项目牵头单位).
     */
    public enum Coverage { SELF, EACH_CITY, EACH_PARK, EACH_PROVINCE, GROUP }

    /**
     * A unit as the text names it, with its role; coverage other than SELF means every city / park of the plan's area, or
     * a collective; {@code open} when the list it ends ran on with 等 / "and other" (others may be meant).
     */
    public record Mention(Role role, String name, Coverage coverage, boolean open) {
        public Mention(Role role, String name, Coverage coverage) {
            this(role, name, coverage, false);
        }

        Mention as(Role r) {
            return new Mention(r, name, coverage, open);
        }
    }

    /**
     * What a document states once for every later note: "列第一位者为牵头单位，下同" / "排在第一位的部门为牵头部门" (the first
     * unit of a list leads), and "以下均需试点城市政府落实，不再列出" (a unit that implements every later task).
     */
    public static final class Reading {
        boolean firstLeads;
        final List<Mention> carried = new ArrayList<>();

        /** A reading of a document whose text states the first-leads rule anywhere. */
        public static Reading of(String documentText) {
            Reading r = new Reading();
            r.firstLeads = FIRST_LEADS.matcher(documentText).find();
            return r;
        }

        /** The units carried forward to every later task ("以下均需…落实，不再列出"). */
        public List<Mention> carried() {
            return List.copyOf(carried);
        }
    }

    static final Pattern FIRST_LEADS = Pattern.compile("(?:列|排在?)第一位的?(?:者|部门|单位)?为牵头(?:单位|部门)|first[- ]listed\s+(?:unit|department)s?\s+(?:is|are|shall be)\s+(?:the\s+)?lead",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CARRIED = Pattern.compile("以下(?:均|各项任务均?|任务均?)(?:需|由)?([\\p{IsHan}]{2,20}?)(?:负责)?落实");

    private static final Pattern BRACKET = Pattern.compile("[\\[〔【]([^\\]〕】]{4,})[\\]〕】]\\s*[.。]?\\s*$");
    private static final Pattern PAREN_LABEL = Pattern.compile("(?i)[(（]\\s*(?:responsible units?|lead units?|responsible departments?|责任单位|牵头单位|责任部门)\\s*[:：]\\s*([^()（）]{4,})[)）]\\s*[.。]?\\s*$");
    private static final Pattern LABEL = Pattern.compile("^(?:\\d+[.．、]\\s*)?(?:responsible units?|lead units?|responsible departments?|责任单位|牵头单位|责任部门)\\s*[:：]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_WORDS = Pattern.compile("lead|responsib|cooperat|implement|牵头|负责|配合|落实|参与", Pattern.CASE_INSENSITIVE);

    private UnitPhrases() {
    }

    /** A note in a paragraph: where it stands (the brackets included) and what it says. */
    public record Note(int start, int end, String body) {
    }

    private static final Pattern NOTE_LABEL = Pattern.compile("^(?:牵头单位|牵头部门|责任单位|责任部门|负责单位|负责部门|配合单位|配合部门|参与单位|实施单位|主办单位)\\s*[:：]");
    private static final Pattern NOTE_VERB = Pattern.compile("(?:牵头负责|牵头|按职责分工负责|按照职责分工负责|按职责分工|分别负责|按职责负责|负责落实|负总责|负责|配合|参与|落实|指导)$");
    private static final Pattern NOTE_EN = Pattern.compile("(?i)\\b(?:take the lead|led by|responsib|in cooperation|cooperat|implement)");

    /**
     * The responsibility notes of a paragraph, in order: brackets — （…） (…) 〔…〕 【…】 […] — whose text names units by role
     * ("X、Y负责", "X牵头，Y参与", "牵头单位：X，配合单位：A", "负责部门：X；适用范围：Y", "X shall be responsible …"), wherever
     * they stand; brackets inside a note ("县（市、区）") are part of it.
     */
    public static List<Note> notes(String paragraph) {
        List<Note> out = new ArrayList<>();
        int i = 0;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            int close = "（(〔【[".indexOf(c);
            if (close < 0) {
                i++;
                continue;
            }
            char open = c;
            char shut = "）)〕】]".charAt(close);
            int depth = 0;
            int j = i;
            for (; j < paragraph.length(); j++) {
                char d = paragraph.charAt(j);
                if (d == open || (open == '（' && d == '(') || (open == '(' && d == '（')) {
                    depth++;
                } else if (d == shut || (shut == '）' && d == ')') || (shut == ')' && d == '）')) {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
            }
            if (j >= paragraph.length()) {
                i++;
                continue;
            }
            String body = paragraph.substring(i + 1, j).strip();
            if (isNote(body)) {
                out.add(new Note(i, j + 1, body));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether a bracket's text names units by role (a note), not an aside such as "（PPP）" or "（市、区）". */
    static boolean isNote(String body) {
        if (body.length() < 2) {
            return false;
        }
        if (!UnitResolver.isChinese(body)) {
            return body.length() >= 12 && NOTE_EN.matcher(body).find();
        }
        for (String part : splitOutside(body, "，,；;。")) {
            String p = part.strip();
            if (NOTE_LABEL.matcher(p).find() || p.length() >= 3 && NOTE_VERB.matcher(p).find() && !p.matches("^(?:负责|牵头|配合|参与|落实|指导).*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the note ends its paragraph (only punctuation after it). */
    public static boolean trailing(String paragraph, Note n) {
        return paragraph.substring(n.end()).strip().matches("[。.；;，,]*");
    }

    /** The responsibility clause of a paragraph: its trailing note, or a "Responsible units:" line. */
    public static Optional<String> clause(String paragraph) {
        Matcher m = LABEL.matcher(paragraph);
        if (m.matches()) {
            return Optional.of(m.group(1).strip());
        }
        List<Note> notes = notes(paragraph);
        if (!notes.isEmpty() && trailing(paragraph, notes.get(notes.size() - 1))) {
            return Optional.of(notes.get(notes.size() - 1).body());
        }
        m = PAREN_LABEL.matcher(paragraph);
        if (m.find()) {
            return Optional.of(m.group(1).strip());
        }
        m = BRACKET.matcher(paragraph);
        if (m.find() && ROLE_WORDS.matcher(m.group(1)).find()) {
            return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }

    /** The paragraph without its notes. */
    public static String withoutNotes(String paragraph) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Note n : notes(paragraph)) {
            b.append(paragraph, at, n.start());
            at = n.end();
        }
        return b.append(paragraph.substring(at)).toString().strip();
    }

    /** Splits at any of {@code seps} outside brackets. */
    static List<String> splitOutside(String s, String seps) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("（(〔【[".indexOf(c) >= 0) {
                depth++;
            } else if ("）)〕】]".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && seps.indexOf(c) >= 0) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    private static final Pattern PROSE_DUTY = Pattern.compile("(?i)departments?\\s+such as\\s+(.+?)\\s+(?:should|shall|will|must)\\b[^.]*?(?:according to|in accordance with)\\s+(?:the\\s+)?(?:division of\\s+)?(?:their\\s+(?:respective\\s+)?)?(?:responsibilities|duties)");
    private static final Pattern PROSE_LOCAL = Pattern.compile("(?i)\\bthe\\s+governments\\s+of\\s+(?:all|each|every|various)\\s+(?:counties|cities|districts)[^.]*?\\b(?:bear|bears|take|assume)\\b[^.]*?responsibilit");
    private static final Pattern PROSE_REPORT = Pattern.compile("(?i)\\b(?:county|counties)\\b[^.]{0,40}?\\bgovernments?\\b[^.]*?\\b(?:will|shall)\\s+report\\b[^.]*?\\bto\\s+(?:the\\s+)?(.+?)\\s+(?:before|by|every|each|on)\\b");
    private static final Pattern PROSE_RESPONSIBLE = Pattern.compile("(?i)(?:^|\\.\\s+)(?:the\\s+)?((?:municipal|provincial)\\s+[A-Z][\\w ]{3,80}?)\\s+shall\\s+be\\s+responsible\\s+for\\b");
    private static final Pattern PROSE_ZH = Pattern.compile("([^，。；]{2,60}?)(按职责分工负责|按照职责分工负责|负总责)");
    private static final Pattern PROSE_ZH_LEAD = Pattern.compile("((?:省|市|县|区)[\\p{IsHan}]{2,20}?(?:局|厅|委员会|委|办公室))负责(?!人)");
    private static final Pattern PROSE_ZH_REPORT = Pattern.compile("(各(?:市|县)[^，。；]{0,12}?(?:政府|部门)?)[^，。；]*?向([\\p{IsHan}、和及]{2,60}?)(?:报送|报告|上报)");

    /**
     * Units named in running text, for a task that has no formula: "relevant departments such as A, B and C
     * should … according to the division of responsibilities" (responsible by duty), "the governments of
     * the counties … bear overall responsibility" (every county), "the Municipal X shall be responsible for …"
     * (lead); returned as clauses {@link #parse} reads.
     */
    public static List<String> prose(String text) {
        List<String> out = new ArrayList<>();
        Matcher m;
        m = PROSE_RESPONSIBLE.matcher(text);
        while (m.find()) {
            out.add(m.group(1) + " will take the lead");
        }
        m = PROSE_DUTY.matcher(text);
        while (m.find()) {
            out.add(m.group(1) + " shall be responsible according to their respective duties");
        }
        m = PROSE_LOCAL.matcher(text);
        if (m.find()) {
            out.add("the governments of all counties (cities) shall implement");
        }
        m = PROSE_REPORT.matcher(text);
        while (m.find()) {
            // "the county governments … will report … to A and B before …": they implement, A and B take the reports
            out.add("the governments of all counties (cities) shall implement");
            out.add(m.group(1) + " shall be responsible according to their respective duties");
        }
        m = PROSE_ZH_LEAD.matcher(text);
        while (m.find()) {
            out.add(m.group(1) + "牵头");
        }
        m = PROSE_ZH_REPORT.matcher(text);
        while (m.find()) {
            out.add(m.group(1).replaceAll("政府$|部门$", "") + "政府落实");
            out.add(m.group(2) + "按职责分工负责");
        }
        m = PROSE_ZH.matcher(text);
        while (m.find()) {
            out.add(m.group(1) + ("负总责".equals(m.group(2)) ? "落实" : "按职责分工负责"));
        }
        return out;
    }

    /** Whether the paragraph is a "Responsible units:" line (an attribute of its task, not a task). */
    public static boolean isLabel(String paragraph) {
        return LABEL.matcher(paragraph).matches();
    }

    /** The units of a clause, by role, names as written (not yet resolved). */
    public static List<Mention> parse(String clause) {
        return parse(clause, new Reading());
    }

    /** The units of a clause read with what the document stated before it (the first-leads rule, units carried forward). */
    public static List<Mention> parse(String clause, Reading reading) {
        return UnitResolver.isChinese(clause) ? ChineseUnits.parse(clause, reading) : EnglishUnits.parse(clause);
    }
}
