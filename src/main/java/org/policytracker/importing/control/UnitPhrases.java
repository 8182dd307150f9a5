package org.policytracker.importing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern FIRST_LEADS = Pattern.compile("(?:列|排在?)第一位的?(?:者|部门|单位)?为牵头(?:单位|部门)|first[- ]listed\s+(?:unit|department)s?\s+(?:is|are|shall be)\s+(?:the\s+)?lead",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CARRIED = Pattern.compile("以下(?:均|各项任务均?|任务均?)(?:需|由)?([\\p{IsHan}]{2,20}?)(?:负责)?落实");

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
        return UnitResolver.isChinese(clause) ? parseZh(clause, reading) : parseEn(clause);
    }

    // --- English ---------------------------------------------------------------------------------

    private static final Pattern EN_SPLIT = Pattern.compile(
            ";\\s*|,?\\s+and\\s+(?=(?:are\\s+|is\\s+)?(?:implemented|relevant|the relevant|the governments of all|with the cooperation|in cooperation))"
            + "|,\\s*(?=(?:and\\s+)?(?:implemented|with the cooperation|in cooperation|with the support))",
            Pattern.CASE_INSENSITIVE);

    static List<Mention> parseEn(String clause) {
        List<Mention> out = new ArrayList<>();
        String c = clause.strip().replaceAll("[.。]$", "");
        for (String part : EN_SPLIT.split(c)) {
            String p = part.strip();
            String l = p.toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            Coverage coverage = coverage(l);
            if (coverage != Coverage.SELF && (l.contains("implement") || l.contains("responsib") || l.contains("carry out"))) {
                if (l.contains("park management") && (l.contains("each city") || l.contains("various cities") || l.contains("cities (districts)"))
                        && l.contains("departments")) {
                    out.add(new Mention(Role.IMPLEMENTING, p, Coverage.EACH_CITY));
                    out.add(new Mention(Role.IMPLEMENTING, p, Coverage.EACH_PARK));
                } else {
                    out.add(new Mention(Role.IMPLEMENTING, p, coverage));
                }
                continue;
            }
            Matcher led = Pattern.compile("\\bled by\\s+(.+?)(\\s+to cooperate.*)?$", Pattern.CASE_INSENSITIVE).matcher(p);
            if (led.find()) {
                if (led.group(2) != null && led.group(1).contains(",")) {
                    // "led by A, B, C to cooperate with the implementation": A leads, the others cooperate
                    int comma = led.group(1).indexOf(',');
                    names(led.group(1).substring(0, comma), Role.LEAD, out);
                    names(led.group(1).substring(comma + 1), Role.COOPERATING, out);
                } else {
                    names(led.group(1), Role.LEAD, out);
                }
                continue;
            }
            Matcher lead = Pattern.compile("^(.+?)\\s+(?:will|shall|is to|are to|to)?\\s*(?:take|takes|taking)\\s+the\\s+lead\\b", Pattern.CASE_INSENSITIVE).matcher(p);
            if (lead.find()) {
                names(lead.group(1), Role.LEAD, out);
                continue;
            }
            Matcher duty = Pattern.compile("^(.+?)\\s+(?:(?:will|shall)\\s+(?:be\\s+)?)?(?:responsible\\s+)?(?:be\\s+implemented\\s+separately\\s+)?(?:according to|in accordance with)\\s+their\\s+(?:respective\\s+)?(?:duties|responsibilities)",
                    Pattern.CASE_INSENSITIVE).matcher(p);
            if (duty.find()) {
                names(duty.group(1).replaceAll("(?i)\\s+(?:will|shall)\\s+be(?:\\s+responsible)?$", ""), Role.CO_RESPONSIBLE, out);
                continue;
            }
            Matcher coop = Pattern.compile("(?:in|with the)\\s+cooperation\\s+(?:of|with|from)\\s+(.+)$", Pattern.CASE_INSENSITIVE).matcher(p);
            if (coop.find()) {
                names(coop.group(1), Role.COOPERATING, out);
                continue;
            }
            Matcher toCoop = Pattern.compile("^(.+?)\\s+(?:to\\s+|will\\s+|shall\\s+)?cooperate\\b", Pattern.CASE_INSENSITIVE).matcher(p);
            if (toCoop.find()) {
                names(toCoop.group(1), Role.COOPERATING, out);
                continue;
            }
            Matcher resp = Pattern.compile("^(.+?)\\s+(?:will|shall)\\s+be\\s+responsible\\b", Pattern.CASE_INSENSITIVE).matcher(p);
            if (resp.find()) {
                names(resp.group(1), Role.LEAD, out);
                continue;
            }
            // a list without a verb ("Responsible units: A, B"): responsible units, each by its duties
            names(p.replaceAll("(?i)\\s+(?:will|shall)\\s+implement$", ""), Role.CO_RESPONSIBLE, out);
        }
        return out;
    }

    private static Coverage coverage(String l) {
        boolean cities = l.matches(".*\\b(?:each|every|all|various)\\s+(?:prefecture-level\\s+)?(?:cities|city|counties|county)\\b.*")
                || l.contains("cities (districts)") || l.contains("city (district)") || l.contains("all counties");
        if (l.contains("park management") || l.contains("each park") || l.contains("all parks")) {
            return cities && l.contains("departments") ? Coverage.EACH_CITY : Coverage.EACH_PARK;
        }
        return cities ? Coverage.EACH_CITY : Coverage.SELF;
    }

    /** Adds the names of a list ("the A, the B, and the C") as mentions in {@code role}. */
    private static void names(String list, Role role, List<Mention> out) {
        String l = list.strip().replaceAll("(?i)^(?:respectively\\s+)?(?:by\\s+)?", "");
        // "the governments of A, B and C": each is a government
        Matcher gov = Pattern.compile("(?i)(?:the\\s+)?(?:people's\\s+)?governments?\\s+of\\s+(.+)$").matcher(l);
        String tail = null;
        if (gov.find()) {
            tail = gov.group(1);
            l = l.substring(0, gov.start()).replaceAll("[,\\s]+(?:and\\s*)?$", "");
        }
        for (String n : l.split("(?i)\\s*,\\s*(?:and\\s+)?|\\s+as well as\\s+|\\s+and\\s+(?=the\\s|municipal\\s|provincial\\s)")) {
            String name = n.strip().replaceAll("(?i)^(?:and|the)\\s+", "").strip();
            if (!name.isEmpty()) {
                out.add(new Mention(role, name, Coverage.SELF));
            }
        }
        if (tail != null) {
            for (String n : tail.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
                if (!n.isBlank()) {
                    out.add(new Mention(role, n.strip(), Coverage.SELF));
                }
            }
        }
    }

    // --- Chinese ---------------------------------------------------------------------------------

    private static final Pattern ZH_LABEL = Pattern.compile("^(牵头单位|牵头部门|责任单位|责任部门|负责单位|负责部门|配合单位|配合部门|参与单位|实施单位|主办单位)\\s*[:：]\\s*(.*)$");
    private static final Pattern ZH_VERB = Pattern.compile("(牵头负责|牵头|按照职责分工负责|按职责分工负责|按照职责分工|按职责分工|分别负责|按职责负责|负责落实|负总责|负责|配合|参与|落实|指导)$");
    private static final Pattern OPEN_TAIL = Pattern.compile("等(?:有关|相关)?(?:部门|单位)?(?:和单位|和部门)?$");

    static List<Mention> parseZh(String clause) {
        return parseZh(clause, new Reading());
    }

    /**
     * A Chinese note: its parts (at ，；。 outside brackets) each name units by a label (牵头单位：X) or a verb at their end
     * (X、Y负责 / 牵头 / 配合 / 参与 / 落实 / 指导); a part with neither takes the role of the label before it ("配合单位：A、B，
     * 各区、县级市") or else of the verb after it ("A、B，各省级人民政府按职责分工负责"). Statements in a note ("排在第一位的部门为牵头部门，
     * 下同", "适用范围：…", "以下均需X落实，不再列出") are not units.
     */
    static List<Mention> parseZh(String clause, Reading reading) {
        String c = clause.strip().replaceAll("[。；;]$", "");
        List<String> parts = new ArrayList<>();
        for (String part : splitOutside(c, "，,；;。")) {
            String p = part.strip();
            if (p.isEmpty() || FIRST_LEADS.matcher(p).find() || p.equals("下同") || p.startsWith("适用范围") || p.contains("不再列出")
                    || p.matches("^(?:以下|下同|同上|另有规定).*")) {
                Matcher carried = CARRIED.matcher(p);
                if (carried.find()) {
                    Mention m = collective(carried.group(1), Role.IMPLEMENTING);
                    if (reading.carried.stream().noneMatch(x -> x.name().equals(m.name()))) {
                        reading.carried.add(m);
                    }
                }
                continue;
            }
            parts.add(p);
        }
        Role[] roles = new Role[parts.size()];
        boolean[] labelled = new boolean[parts.size()];
        String[] names = new String[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            Matcher label = ZH_LABEL.matcher(p);
            if (label.matches()) {
                String l = label.group(1);
                roles[i] = l.startsWith("牵头") || l.equals("主办单位") ? Role.LEAD
                        : l.startsWith("配合") || l.startsWith("参与") ? Role.COOPERATING
                        : l.startsWith("实施") ? Role.IMPLEMENTING : Role.CO_RESPONSIBLE;
                labelled[i] = true;
                names[i] = label.group(2);
                continue;
            }
            Matcher verb = ZH_VERB.matcher(p);
            if (verb.find() && verb.start() > 0) {
                roles[i] = switch (verb.group(1)) {
                    case "牵头负责", "牵头" -> Role.LEAD;
                    case "配合", "参与" -> Role.COOPERATING;
                    case "负责落实", "落实", "负总责" -> Role.IMPLEMENTING;
                    case "指导" -> Role.GUIDING;
                    default -> Role.CO_RESPONSIBLE;
                };
                names[i] = p.substring(0, verb.start());
            } else {
                names[i] = p;
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (roles[i] != null) {
                continue;
            }
            Role before = i > 0 && labelled[i - 1] ? roles[i - 1] : null;
            Role after = null;
            for (int k = i + 1; k < parts.size() && after == null; k++) {
                after = labelled[k] ? null : roles[k];
                if (labelled[k]) {
                    break;
                }
            }
            roles[i] = before != null ? before : after != null ? after : i > 0 && roles[i - 1] != null ? roles[i - 1] : Role.CO_RESPONSIBLE;
            labelled[i] = before != null;
        }
        List<Mention> out = new ArrayList<>();
        boolean explicitLead = false;
        for (Role r : roles) {
            explicitLead |= r == Role.LEAD;
        }
        for (int i = 0; i < parts.size(); i++) {
            namesZh(names[i], roles[i], out);
        }
        // "列第一位者为牵头单位": the first unit of a list of those responsible leads (unless a collective comes first)
        if (reading.firstLeads && !explicitLead && !out.isEmpty() && out.get(0).role() == Role.CO_RESPONSIBLE
                && out.get(0).coverage() == Coverage.SELF) {
            out.set(0, out.get(0).as(Role.LEAD));
        }
        // a city's, county's or park's own departments "落实" (implement) in the area's every city / park
        List<Mention> fixed = new ArrayList<>();
        for (Mention m : out) {
            if (m.coverage() == Coverage.EACH_CITY && m.name().contains("园区管理机构") && m.role() == Role.IMPLEMENTING) {
                fixed.add(m);
                fixed.add(new Mention(m.role(), m.name(), Coverage.EACH_PARK, m.open()));
            } else {
                fixed.add(m);
            }
        }
        return fixed;
    }

    /** The names of a Chinese list in one role: at 、 outside brackets, "各区、县级市" kept whole, "A、B等和C" → A, B (open) and C. */
    private static void namesZh(String list, Role role, List<Mention> out) {
        String l = list.strip().replaceAll("^(?:由|请|会同|并)", "");
        List<String> groups = new ArrayList<>();
        int and = l.indexOf("等和");
        if (and > 0) {
            groups.add(l.substring(0, and + 1));
            groups.add(l.substring(and + 2));
        } else {
            groups.add(l);
        }
        for (String g : groups) {
            List<String> pieces = new ArrayList<>();
            for (String piece : splitOutside(g, "、")) {
                String n = piece.strip();
                // "各区、县级市", "各省、自治区、直辖市人民政府": a collective written with 、 is one name
                if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).startsWith("各")
                        && n.matches("^(?:县级市|县|区|市|自治区|自治州|直辖市|新疆生产建设兵团|计划单列市|副省级城市)(?:.*(?:人民政府|政府))?$")) {
                    pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + "、" + n);
                } else if (!n.isEmpty()) {
                    pieces.add(n);
                }
            }
            // "省科技厅、工业和信息化厅": a list written once with its level word — 工业和信息化厅 is the province's too
            if (!pieces.isEmpty()) {
                Matcher level = Pattern.compile("^(省|市|县|区)(?!委|场|政府|民|级)").matcher(pieces.get(0));
                if (level.find()) {
                    for (int k = 1; k < pieces.size(); k++) {
                        String n = pieces.get(k);
                        if (n.length() <= 14 && !n.matches(".*[省市县].*|^(?:区|各|有关|相关|国家|中国|中央|全国).*") && !PROVINCES.matcher(n).find()
                                && n.matches(".*(?:厅|局|委员会|委|办公室|办)$")) {
                            pieces.set(k, level.group(1) + n);
                        }
                    }
                }
            }
            boolean open = false;
            if (!pieces.isEmpty()) {
                String last = pieces.get(pieces.size() - 1);
                Matcher tail = OPEN_TAIL.matcher(last);
                if (tail.find() && tail.start() > 0) {
                    pieces.set(pieces.size() - 1, last.substring(0, tail.start()).strip());
                    open = true;
                }
            }
            for (String n : pieces) {
                if (n.isEmpty()) {
                    continue;
                }
                Mention m = collective(n, role);
                out.add(open ? new Mention(m.role(), m.name(), m.coverage(), true) : m);
            }
        }
    }

    private static final Pattern PROVINCES = Pattern.compile("^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆"
            + "|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门)");

    /** A name as a mention: one body, or a collective (every city / park / province of the area, or a group). */
    static Mention collective(String name, Role role) {
        String n = name.strip();
        if (n.matches("^各(?:有关)?(?:省级人民政府|省级政府|省、自治区、直辖市(?:人民政府)?|省（区、市）(?:人民政府)?|省\\(区、市\\)(?:人民政府)?)$")) {
            return new Mention(role, n, Coverage.EACH_PROVINCE);
        }
        if (n.contains("园区管理机构") || n.matches("^各(?:有关)?(?:园区|开发区|工业园区).*")) {
            return new Mention(role, n, n.matches(".*(?:各市|市（区）|市\\(区\\)).*") ? Coverage.EACH_CITY : Coverage.EACH_PARK);
        }
        if (n.matches("^各(?:有关)?(?:地级以上市|地级市|设区的市|市|县|区|地|市（区）|市\\(区\\)|县（市、区）|县\\(市、区\\)|区、县级市|区县|县（区）|县区).*")
                || n.matches(".*(?:各市|市（区）|市\\(区\\)|县（市、区）|县\\(市、区\\)).*")) {
            return new Mention(role, n, Coverage.EACH_CITY);
        }
        if (n.startsWith("各") || n.startsWith("有关") || n.startsWith("相关") || n.matches("^(?:试点|示范)(?:城市|地区|省份|园区)(?:人民)?政府?$")
                || n.matches(".*(?:有关部门|有关单位|相关部门|相关单位|牵头单位)$")) {
            return new Mention(role, n, Coverage.GROUP);
        }
        return new Mention(role, n, Coverage.SELF);
    }
}
