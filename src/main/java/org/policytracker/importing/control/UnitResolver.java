package org.policytracker.importing.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the registry organisation a plan's text names ("the Shaanxi Provincial Water Conservancy
 * Department", "市发展改革委", "Finance Bureau"), within the plan's area first: exact names and aliases,
 * then a fuzzy comparison that forgives the usual differences of wording — place names and level words
 * (Provincial, Municipal, 省, 市), the kind of body (Bureau, Department, Commission), word order
 * ("Bureau of Finance" / "Finance Bureau"), abbreviations (发展改革委 / 发展和改革委员会) and the common
 * translation variants (Water Conservancy / Water Resources, Informatization / Information Technology,
 * Ecological Environment / Ecology and Environment, Market Supervision / Market Regulation). Each
 * match comes with its score and the name it matched, for the user to check.
 */
public final class UnitResolver {

    /** A resolved name: the organisation, how sure (0..1), and the registry name or alias that matched. */
    public record Match(Registry.Org organisation, double score, String matchedName) {
    }

    /** Below this a name is not resolved (flagged for the user). */
    public static final double THRESHOLD = 0.62;

    private static final String[][] VARIANTS = {
        {"water conservancy", "water resources"},
        {"informatization", "information technology"},
        {"ecological environment", "ecology environment"},
        {"ecology and environment", "ecology environment"},
        {"environmental protection", "ecology environment"},
        {"market supervision and management", "market regulation"},
        {"market supervision and administration", "market regulation"},
        {"market supervision", "market regulation"},
        {"urban-rural", "urban rural"},
        {"urban and rural", "urban rural"},
        {"construction", "development"},
        {"rural areas", "rural affairs"},
        {"science and technology", "science technology"},
        {"development and reform", "development reform"},
        {"statistics", "statistical"},
        {"transport", "transportation"},
    };
    private static final Set<String> STOP = Set.of("the", "of", "and", "for", "in", "s", "people", "peoples", "municipal", "provincial",
            "province", "city", "prefecture", "level", "bureau", "department", "commission", "administration", "office", "government",
            "governments", "respectively", "relevant", "all");
    private static final String[] ZH_DROP = {"人民政府", "政府", "省", "市", "局", "厅", "委员会", "委", "办公室", "办"};

    private final Registry registry;
    private final Set<String> placeWordsEn = new HashSet<>();
    private final Set<String> placeWordsZh = new HashSet<>();

    public UnitResolver(Registry registry) {
        this.registry = registry;
        for (Registry.Org o : registry.organisations()) {
            if (o.kind() != null && (o.kind().equals("PROVINCE") || o.kind().equals("CITY") || o.kind().equals("COUNTRY"))) {
                if (o.nameEn() != null) {
                    for (String w : o.nameEn().toLowerCase(Locale.ROOT).split("\\s+")) {
                        if (!STOP.contains(w)) {
                            placeWordsEn.add(w);
                        }
                    }
                }
                if (o.nameZh() != null) {
                    placeWordsZh.add(o.nameZh().replaceAll("[省市县区]$", ""));
                }
            }
        }
    }

    /** The best match for {@code name} within {@code scope} (or anywhere, a little less sure), if any reaches the threshold. */
    public java.util.Optional<Match> resolve(String name, Registry.Org scope) {
        return candidates(name, scope).stream().findFirst().filter(m -> m.score() >= THRESHOLD);
    }

    /** Every organisation compared with {@code name}, best first. */
    public List<Match> candidates(String name, Registry.Org scope) {
        List<Match> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return out;
        }
        boolean zh = isChinese(name);
        String norm = zh ? normZh(name) : normEn(name);
        List<Registry.Org> named = placesNamed(name);
        for (Registry.Org o : registry.organisations()) {
            Match m = score(o, name, norm, zh, named, scope);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    /** How well {@code o} matches the name, or null when the name's level or place rules it out. */
    private Match score(Registry.Org o, String name, String norm, boolean zh, List<Registry.Org> named, Registry.Org scope) {
        double best = 0;
        double strict = 0;
        String via = null;
        String strictVia = null;
        for (String n : names(o)) {
            if (n == null || n.isBlank() || isChinese(n) != zh) {
                continue;
            }
            String other = zh ? normZh(n) : normEn(n);
            double s = n.equalsIgnoreCase(name.strip()) ? 1.0 : similarity(norm, other, zh);
            if (s > best) {
                best = s;
                via = n;
            }
            double st = n.equalsIgnoreCase(name.strip()) ? 1.0 : !norm.isEmpty() && norm.equals(other) ? 0.97 : 0;
            if (st > strict) {
                strict = st;
                strictVia = n;
            }
        }
        if (best == 0) {
            return null;
        }
        int level = level(o);
        int stated = named.isEmpty() ? statedLevel(name, zh) : -1; // "国家金融监督管理总局陕西监管局": the place decides
        if (stated >= 0 && level >= 0 && stated != level) {
            return null; // "市委组织部" is no ministry, "财政部" no city's bureau
        }
        if (level == 0) {
            // a national body by its name or a known short name only: a near name is another body
            if (strict > 0) {
                best = strict;
                via = strictVia;
            } else {
                best = Math.min(best, 0.5);
            }
        }
        if (level > 0 && !named.isEmpty()) {
            if (named.stream().noneMatch(place -> registry.within(o, place))) {
                return null; // the name says whose body it is
            }
        } else if (level > 0) {
            // a local body without a place in its name: only the plan's own province, city or county has it
            Registry.Org province = scope == null ? null : registry.selfAndAncestors(scope).get(registry.selfAndAncestors(scope).size() - 1);
            if (province == null || level(province) == 0 || !registry.within(o, province)) {
                return null;
            }
            if (!registry.within(o, scope) && !registry.selfAndAncestors(scope).contains(o)
                    && registry.selfAndAncestors(scope).stream().noneMatch(a -> o.parentCode() != null && o.parentCode().equals(a.code()))) {
                best *= 0.8; // outside the plan's area but in its province: possible, but less likely
            }
        }
        if (scope != null && levelClash(name, o, scope)) {
            best *= 0.85;
        }
        return new Match(o, best, via);
    }

    /** The administrative level of a body: 0 national, 1 provincial, 2 municipal, 3 county; -1 for a park or an enterprise. */
    static int level(Registry.Org o) {
        return switch (o.kind() == null ? "" : o.kind()) {
            case "NATIONAL_AGENCY" -> 0;
            case "PROVINCE", "PROVINCIAL_DEPARTMENT" -> 1;
            case "CITY", "CITY_BUREAU" -> 2;
            case "COUNTY" -> 3;
            default -> -1;
        };
    }

    private static final java.util.regex.Pattern NATIONAL_ZH = java.util.regex.Pattern.compile("^(?:国家|国务院|中共中央|中央|全国|中国|中华)");
    private static final java.util.regex.Pattern MINISTRY_ZH = java.util.regex.Pattern.compile(".*(?:部|总局|总署|署|总社)$");

    /** The level a name states by its own words (省… / Provincial …, 市… / Municipal …, 国家… / Ministry of …), or -1. */
    public static int statedLevel(String name, boolean zh) {
        String n = name.strip();
        if (zh) {
            if (n.matches("^省(?!级).*")) {
                return 1;
            }
            if (n.matches("^市(?!场).*")) {
                return 2; // 市场监管总局 is a ministry
            }
            if (n.matches("^[县区](?![域级]).*")) {
                return 3;
            }
            if (NATIONAL_ZH.matcher(n).find() || MINISTRY_ZH.matcher(n).matches() && !n.matches("^(?:省|市|县|区).*委.*部$")) {
                return 0;
            }
            return -1;
        }
        String l = n.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        if (l.startsWith("provincial")) {
            return 1;
        }
        if (l.startsWith("municipal") || l.startsWith("city ")) {
            return 2;
        }
        if (l.startsWith("county") || l.startsWith("district")) {
            return 3;
        }
        if (l.matches("^(?:national|state|ministry of|central|general administration|people's bank of china).*")) {
            return 0;
        }
        return -1;
    }

    /** The registry places (province, city, county) a name names ("陕西省水利厅", "Jiaozuo Municipal Finance Bureau"). */
    private List<Registry.Org> placesNamed(String name) {
        List<Registry.Org> out = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        for (Registry.Org o : registry.organisations()) {
            if (!"PROVINCE".equals(o.kind()) && !"CITY".equals(o.kind()) && !"COUNTY".equals(o.kind())) {
                continue;
            }
            String zh = o.nameZh() == null ? null : o.nameZh().replaceAll("[省市县区]$", "");
            String en = o.nameEn() == null ? null : o.nameEn().toLowerCase(Locale.ROOT).replaceAll("\\s+(province|city|county|district)$", "");
            if (zh != null && zh.length() >= 2 && name.contains(zh) || en != null && en.length() >= 3
                    && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(en) + "\\b").matcher(lower).find()) {
                out.add(o);
            }
        }
        return out;
    }

    /** "Provincial …" named in a city's plan, or "Municipal …" for a provincial department. */
    private static boolean levelClash(String name, Registry.Org o, Registry.Org scope) {
        String l = name.toLowerCase(Locale.ROOT);
        boolean saysProvince = l.contains("provincial") || name.startsWith("省");
        boolean saysCity = l.contains("municipal") || name.matches("^市(?!场).*");
        String kind = o.kind() == null ? "" : o.kind();
        return (saysProvince && kind.startsWith("CITY")) || (saysCity && kind.startsWith("PROVINCIAL"));
    }

    private static List<String> names(Registry.Org o) {
        List<String> n = new ArrayList<>();
        n.add(o.nameZh());
        n.add(o.nameEn());
        if (o.aliases() != null) {
            n.addAll(o.aliases());
        }
        return n;
    }

    static boolean isChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    String normEn(String s) {
        String l = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("’", "'").replace("'s", "");
        for (String[] v : VARIANTS) {
            l = l.replace(v[0], v[1]);
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : l.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !STOP.contains(w) && !placeWordsEn.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    String normZh(String s) {
        String z = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s()（）]", "");
        for (String place : placeWordsZh) {
            if (place.length() >= 2) {
                z = z.replace(place, "");
            }
        }
        z = z.replace("发展和改革", "发展改革").replace("住房和城乡", "住房城乡").replace("工业和信息化", "工信").replace("生态环境", "环境")
                .replace("市场监督管理", "市场监管").replace("科学技术", "科技").replace("自然资源和规划", "自然资源规划");
        for (String d : ZH_DROP) {
            z = z.replace(d, "");
        }
        return z;
    }

    /** Dice over words (English) or characters (Chinese); a name wholly contained in the other counts high. */
    static double similarity(String a, String b, boolean zh) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 0.97;
        }
        List<String> ta = zh ? chars(a) : List.of(a.split(" "));
        List<String> tb = zh ? chars(b) : List.of(b.split(" "));
        Set<String> sa = new HashSet<>(ta);
        Set<String> sb = new HashSet<>(tb);
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        double dice = 2.0 * common.size() / (sa.size() + sb.size());
        if (zh && (subsequence(a, b) || subsequence(b, a)) && Math.min(a.length(), b.length()) >= 2) {
            dice = Math.max(dice, 0.9);
        }
        return dice;
    }

    private static List<String> chars(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }

    private static boolean subsequence(String small, String big) {
        int i = 0;
        for (int j = 0; j < big.length() && i < small.length(); j++) {
            if (big.charAt(j) == small.charAt(i)) {
                i++;
            }
        }
        return i == small.length();
    }
}
