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
        for (Registry.Org o : registry.organisations()) {
            double best = 0;
            String via = null;
            for (String n : names(o)) {
                if (n == null || n.isBlank() || isChinese(n) != zh) {
                    continue;
                }
                double s = n.equalsIgnoreCase(name.strip()) ? 1.0 : similarity(norm, zh ? normZh(n) : normEn(n), zh);
                if (s > best) {
                    best = s;
                    via = n;
                }
            }
            if (best == 0) {
                continue;
            }
            if (scope != null && !registry.within(o, scope) && !registry.selfAndAncestors(scope).contains(o)) {
                best *= 0.8; // outside the plan's area: possible, but less likely
            }
            if (scope != null && levelClash(name, o, scope)) {
                best *= 0.85;
            }
            out.add(new Match(o, best, via));
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    /** "Provincial …" named in a city's plan, or "Municipal …" for a provincial department. */
    private static boolean levelClash(String name, Registry.Org o, Registry.Org scope) {
        String l = name.toLowerCase(Locale.ROOT);
        boolean saysProvince = l.contains("provincial") || name.startsWith("省");
        boolean saysCity = l.contains("municipal") || name.startsWith("市");
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
