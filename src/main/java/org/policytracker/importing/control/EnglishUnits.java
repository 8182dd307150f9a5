package org.policytracker.importing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policytracker.importing.control.UnitPhrases.Coverage;
import org.policytracker.importing.control.UnitPhrases.Mention;
import org.policytracker.importing.control.UnitPhrases.Role;

/**
 * The units of an English responsibility clause ("The Municipal Bureau of Commerce takes the lead, with the cooperation of
 * …"; "Responsible units: A, B"): its parts, at semicolons and before "and implemented" / "with the cooperation", each
 * read by its verb; a part without one lists units responsible by their duties.
 */
final class EnglishUnits {

    private static final Pattern LED_BY = Pattern.compile("\\bled by\\s+(.+?)(\\s+to cooperate.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAKES_LEAD = Pattern.compile("^(.+?)\\s+(?:will|shall|is to|are to|to)?\\s*(?:take|takes|taking)\\s+the\\s+lead\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_DUTIES = Pattern.compile("^(.+?)\\s+(?:(?:will|shall)\\s+(?:be\\s+)?)?(?:responsible\\s+)?(?:be\\s+implemented\\s+separately\\s+)?(?:according to|in accordance with)\\s+their\\s+(?:respective\\s+)?(?:duties|responsibilities)",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_COOPERATION = Pattern.compile("(?:in|with the)\\s+cooperation\\s+(?:of|with|from)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_COOPERATE = Pattern.compile("^(.+?)\\s+(?:to\\s+|will\\s+|shall\\s+)?cooperate\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPONSIBLE = Pattern.compile("^(.+?)\\s+(?:will|shall)\\s+be\\s+responsible\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GOVERNMENTS_OF = Pattern.compile("(?i)(?:the\\s+)?(?:people's\\s+)?governments?\\s+of\\s+(.+)$");

    private EnglishUnits() {
    }

    private static final Pattern EN_SPLIT = Pattern.compile(
            ";\\s*|,?\\s+and\\s+(?=(?:are\\s+|is\\s+)?(?:implemented|relevant|the relevant|the governments of all|with the cooperation|in cooperation))"
            + "|,\\s*(?=(?:and\\s+)?(?:implemented|with the cooperation|in cooperation|with the support))",
            Pattern.CASE_INSENSITIVE);

    static List<Mention> parse(String clause) {
        List<Mention> out = new ArrayList<>();
        String c = clause.strip().replaceAll("[.。]$", "");
        for (String part : EN_SPLIT.split(c)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                part(p, p.toLowerCase(Locale.ROOT), out);
            }
        }
        return out;
    }

    /** One part of a clause: an implementing collective, "led by", "take the lead", "by their duties", "in cooperation with" … */
    private static void part(String p, String l, List<Mention> out) {
        Coverage coverage = coverage(l);
        if (coverage != Coverage.SELF && (l.contains("implement") || l.contains("responsib") || l.contains("carry out"))) {
            if (l.contains("park management") && (l.contains("each city") || l.contains("various cities") || l.contains("cities (districts)"))
                    && l.contains("departments")) {
                out.add(new Mention(Role.IMPLEMENTING, p, Coverage.EACH_CITY));
                out.add(new Mention(Role.IMPLEMENTING, p, Coverage.EACH_PARK));
            } else {
                out.add(new Mention(Role.IMPLEMENTING, p, coverage));
            }
            return;
        }
        Matcher led = LED_BY.matcher(p);
        if (led.find()) {
            if (led.group(2) != null && led.group(1).contains(",")) {
                // "led by A, B, C to cooperate with the implementation": A leads, the others cooperate
                int comma = led.group(1).indexOf(',');
                names(led.group(1).substring(0, comma), Role.LEAD, out);
                names(led.group(1).substring(comma + 1), Role.COOPERATING, out);
            } else {
                names(led.group(1), Role.LEAD, out);
            }
            return;
        }
        Matcher lead = TAKES_LEAD.matcher(p);
        if (lead.find()) {
            names(lead.group(1), Role.LEAD, out);
            return;
        }
        Matcher duty = BY_DUTIES.matcher(p);
        if (duty.find()) {
            names(duty.group(1).replaceAll("(?i)\\s+(?:will|shall)\\s+be(?:\\s+responsible)?$", ""), Role.CO_RESPONSIBLE, out);
            return;
        }
        Matcher coop = IN_COOPERATION.matcher(p);
        if (coop.find()) {
            names(coop.group(1), Role.COOPERATING, out);
            return;
        }
        Matcher toCoop = TO_COOPERATE.matcher(p);
        if (toCoop.find()) {
            names(toCoop.group(1), Role.COOPERATING, out);
            return;
        }
        Matcher resp = RESPONSIBLE.matcher(p);
        if (resp.find()) {
            names(resp.group(1), Role.LEAD, out);
            return;
        }
        // a list without a verb ("Responsible units: A, B"): responsible units, each by its duties
        names(p.replaceAll("(?i)\\s+(?:will|shall)\\s+implement$", ""), Role.CO_RESPONSIBLE, out);
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
        Matcher gov = GOVERNMENTS_OF.matcher(l);
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
}
