package org.policytracker.importing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The registry indicator a target's words name ("单位GDP能耗" → energy per unit of GDP), by shared word stems. */
public final class IndicatorPhrases {

    private IndicatorPhrases() {
    }

    private static final Set<String> STOP = Set.of("the", "of", "in", "and", "a", "an", "to", "by", "for", "on", "at",
            "city", "will", "be", "is", "are", "total", "amount", "rate", "enterprises", "above", "scale", "unit", "per", "new", "more", "than",
            "that", "with", "its", "their", "our", "we", "strive", "key", "industries", "industry", "industrial", "city's");

    /** Words that name the same thing in plans' translations (consumption / use, electricity / power …). */
    private static final Map<String, String> SAME = Map.of("consumption", "use", "consumed", "use", "electricity", "power", "electric", "power",
            "fired", "power", "non", "outside", "emission", "emission", "utilisation", "utili", "utilization", "utili");

    /**
     * The registry indicator a phrase names: the one sharing the most words with it (characters, in Chinese),
     * among those whose name the phrase covers at least half of with two shared words, or wholly; null if none.
     */
    public static Registry.Indicator indicator(String phrase, Registry registry) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        boolean zh = UnitResolver.isChinese(phrase);
        Set<String> p = tokens(phrase, zh);
        Registry.Indicator best = null;
        int bestCommon = 0;
        double bestCover = 0;
        for (Registry.Indicator i : registry.indicators()) {
            String name = zh ? i.nameZh() : i.nameEn();
            if (name == null) {
                continue;
            }
            Set<String> n = tokens(name, zh);
            Set<String> common = new java.util.HashSet<>(n);
            common.retainAll(p);
            double cover = n.isEmpty() ? 0 : (double) common.size() / n.size();
            boolean enough = cover >= 0.999 || cover >= 0.5 && common.size() >= (zh ? 3 : 2);
            if (enough && (common.size() > bestCommon || common.size() == bestCommon && cover > bestCover)) {
                best = i;
                bestCommon = common.size();
                bestCover = cover;
            }
        }
        if (best == null && !p.isEmpty()) {
            // a short phrase of words only one indicator's name has ("robots", "enterprises (products)")
            List<Registry.Indicator> holding = new ArrayList<>();
            for (Registry.Indicator i : registry.indicators()) {
                String name = zh ? i.nameZh() : i.nameEn();
                if (name != null && tokens(name, zh).containsAll(p)) {
                    holding.add(i);
                }
            }
            if (holding.size() == 1 && p.stream().anyMatch(w -> w.length() >= (zh ? 1 : 5))) {
                best = holding.get(0);
            }
        }
        return best;
    }
    private static Set<String> tokens(String s, boolean zh) {
        Set<String> out = new java.util.HashSet<>();
        s = s.replace("-", " ");
        if (zh) {
            s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(c -> out.add(Character.toString(c)));
            return out;
        }
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    private static String stem(String w) {
        if (SAME.containsKey(w)) {
            return SAME.get(w);
        }
        if (w.startsWith("utili")) {
            return "utili";
        }
        return w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }
}
