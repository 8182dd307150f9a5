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

    public enum Role { LEAD, CO_RESPONSIBLE, COOPERATING, IMPLEMENTING }

    public enum Coverage { SELF, EACH_CITY, EACH_PARK }

    /** A unit as the text names it, with its role; coverage other than SELF means every city / park of the plan's area. */
    public record Mention(Role role, String name, Coverage coverage) {
    }

    private static final Pattern BRACKET = Pattern.compile("[\\[〔【]([^\\]〕】]{4,})[\\]〕】]\\s*[.。]?\\s*$");
    private static final Pattern PAREN_LABEL = Pattern.compile("(?i)[(（]\\s*(?:responsible units?|lead units?|responsible departments?|责任单位|牵头单位|责任部门)\\s*[:：]\\s*([^()（）]{4,})[)）]\\s*[.。]?\\s*$");
    private static final Pattern LABEL = Pattern.compile("^(?:\\d+[.．、]\\s*)?(?:responsible units?|lead units?|responsible departments?|责任单位|牵头单位|责任部门)\\s*[:：]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_WORDS = Pattern.compile("lead|responsib|cooperat|implement|牵头|负责|配合|落实|参与", Pattern.CASE_INSENSITIVE);

    private UnitPhrases() {
    }

    /** The responsibility clause of a paragraph: a trailing bracket with role words, or a "Responsible units:" line. */
    public static Optional<String> clause(String paragraph) {
        Matcher m = LABEL.matcher(paragraph);
        if (m.matches()) {
            return Optional.of(m.group(1).strip());
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
        return UnitResolver.isChinese(clause) ? parseZh(clause) : parseEn(clause);
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

    static List<Mention> parseZh(String clause) {
        List<Mention> out = new ArrayList<>();
        String c = clause.strip().replaceAll("[。；;]$", "");
        for (String part : c.split("[，,；;]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Coverage coverage = p.matches(".*(各市|各县|各地|各区|市（区）|市\\(区\\)|县（市、区）|县\\(市、区\\)).*") ? Coverage.EACH_CITY : Coverage.SELF;
            if (p.contains("园区管理机构") || p.contains("各园区")) {
                coverage = coverage == Coverage.EACH_CITY ? Coverage.EACH_CITY : Coverage.EACH_PARK;
            }
            if (coverage != Coverage.SELF && p.endsWith("落实")) {
                out.add(new Mention(Role.IMPLEMENTING, p, coverage));
                if (p.contains("园区管理机构") && coverage == Coverage.EACH_CITY) {
                    out.add(new Mention(Role.IMPLEMENTING, p, Coverage.EACH_PARK));
                }
                continue;
            }
            Role role;
            String names;
            if (p.matches(".*(按职责分工负责|按照职责分工负责|按职责分工|按照职责分工|分别负责|按职责负责)$")) {
                role = Role.CO_RESPONSIBLE;
                names = p.replaceAll("(按职责分工负责|按照职责分工负责|按职责分工|按照职责分工|分别负责|按职责负责)$", "");
            } else if (p.endsWith("牵头") || p.startsWith("牵头单位")) {
                role = Role.LEAD;
                names = p.replaceAll("^牵头单位[:：]?|牵头$", "");
            } else if (p.endsWith("配合") || p.startsWith("配合单位") || p.startsWith("参与")) {
                role = Role.COOPERATING;
                names = p.replaceAll("^(配合单位[:：]?|参与单位[:：]?)|配合$", "");
            } else if (p.endsWith("负责")) {
                role = Role.LEAD;
                names = p.replaceAll("负责$", "");
            } else if (p.endsWith("落实")) {
                role = Role.IMPLEMENTING;
                names = p.replaceAll("落实$", "");
            } else {
                role = Role.CO_RESPONSIBLE;
                names = p;
            }
            for (String n : names.split("[、]")) {
                if (!n.isBlank()) {
                    out.add(new Mention(role, n.strip(), Coverage.SELF));
                }
            }
        }
        return out;
    }
}
