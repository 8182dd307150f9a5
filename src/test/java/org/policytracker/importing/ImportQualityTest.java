package org.policytracker.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policytracker.importing.control.PlanProposal;
import org.policytracker.importing.control.PlanTextParser;
import org.policytracker.importing.control.Registry;

/**
 * How well the importer reads the two seed plans, measured against their gold files (what a careful
 * reader takes from each text, kept in src/test/resources/import/): precision and recall per field —
 * the task tree (paths), kinds, units (role, organisation, coverage), deadlines, targets (indicator
 * and figure) and the targets' relation and years. The figures are printed (docs/import.md quotes
 * them) and each must reach 95 %; with the registry's aliases removed the figures are printed too.
 */
class ImportQualityTest {

    static final double TARGET = 0.95;

    record Score(int truePositive, int predicted, int expected) {
        double precision() {
            return predicted == 0 ? 1 : (double) truePositive / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositive / expected;
        }

        @Override
        public String toString() {
            return String.format("P %5.1f %%  R %5.1f %%  (%d of %d found, %d proposed)", 100 * precision(), 100 * recall(), truePositive,
                    expected, predicted);
        }
    }

    static Map<String, Score> measure(String gold, Registry registry) {
        JsonObject g = ImportFixtures.json("import/" + gold);
        PlanProposal p = new PlanTextParser(registry).parse(ImportFixtures.document("import/" + g.getString("seed")));
        Map<String, Score> out = new LinkedHashMap<>();
        Set<String> goldPaths = new HashSet<>();
        Set<String> goldKinds = new HashSet<>();
        Set<String> goldUnits = new HashSet<>();
        Set<String> goldDeadlines = new HashSet<>();
        for (JsonValue v : g.getJsonArray("tasks")) {
            JsonObject t = v.asJsonObject();
            String path = t.getString("path");
            goldPaths.add(path);
            goldKinds.add(path + " " + t.getString("kind"));
            if (t.containsKey("units") && !t.isNull("units")) {
                t.getJsonArray("units").forEach(u -> goldUnits.addAll(expand(path + " " + ((JsonString) u).getString(), registry)));
            }
            if (t.containsKey("deadline") && !t.isNull("deadline")) {
                goldDeadlines.add(path + " " + t.getString("deadline"));
            }
        }
        Set<String> paths = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        Set<String> units = new HashSet<>();
        Set<String> deadlines = new HashSet<>();
        for (PlanProposal.Task t : p.tasks) {
            paths.add(t.path);
            kinds.add(t.path + " " + t.kind);
            for (PlanProposal.Unit u : t.units) {
                units.addAll(expand(t.path + " " + u.role + " " + (u.code == null ? "?" + u.text : u.code)
                        + ("SELF".equals(u.coverage) ? "" : " " + u.coverage), registry));
            }
            if (t.deadline != null) {
                deadlines.add(t.path + " " + t.deadline);
            }
        }
        out.put("task tree (paths)", score(paths, goldPaths));
        out.put("kinds", score(kinds, goldKinds));
        out.put("units (role, organisation)", score(units, goldUnits));
        differences("units", units, goldUnits);
        out.put("deadlines", score(deadlines, goldDeadlines));
        Set<String> goldIssuers = new HashSet<>();
        g.getJsonArray("issuers").forEach(i -> goldIssuers.add(((JsonString) i).getString()));
        Set<String> issuers = new HashSet<>();
        p.issuers.forEach(u -> issuers.add(u.code));
        out.put("issuers", score(issuers, goldIssuers));
        // targets: the indicator with its figure (value or change); then, of those found, relation and years
        List<JsonObject> goldTargets = new ArrayList<>();
        g.getJsonArray("targets").forEach(v -> goldTargets.add(v.asJsonObject()));
        Set<String> gt = new HashSet<>();
        Map<String, JsonObject> byKey = new LinkedHashMap<>();
        for (JsonObject t : goldTargets) {
            String key = t.getString("indicator") + " " + figure(t);
            gt.add(key);
            byKey.put(key, t);
        }
        Set<String> pt = new HashSet<>();
        int relationOk = 0;
        int yearsOk = 0;
        int matched = 0;
        for (PlanProposal.Target t : p.targets) {
            String key = t.indicatorCode + " " + figure(t.value, t.changePercent);
            pt.add(key);
            JsonObject gold1 = byKey.get(key);
            if (gold1 != null) {
                matched++;
                relationOk += gold1.getString("relation").equals(t.relation) ? 1 : 0;
                Integer by = gold1.isNull("baselineYear") ? null : gold1.getInt("baselineYear");
                yearsOk += java.util.Objects.equals(by, t.baselineYear) && gold1.getInt("targetYear") == (t.targetYear == null ? -1 : t.targetYear) ? 1 : 0;
            }
        }
        out.put("targets (indicator, figure)", score(pt, gt));
        out.put("targets' relation", new Score(relationOk, matched, matched));
        out.put("targets' baseline and target year", new Score(yearsOk, matched, matched));
        return out;
    }

    /**
     * "IMPLEMENTING 410800 EACH_CITY" names every city and county under 410800: the same as naming them one by
     * one, so both are compared as the list of those the registry has.
     */
    static List<String> expand(String unit, Registry registry) {
        if (!unit.endsWith(" EACH_CITY")) {
            return List.of(unit);
        }
        String[] w = unit.split(" ");
        String area = w[2];
        List<String> out = new ArrayList<>();
        for (Registry.Org o : registry.organisations()) {
            if (("CITY".equals(o.kind()) || "COUNTY".equals(o.kind())) && !o.code().equals(area)
                    && registry.selfAndAncestors(o).stream().anyMatch(a -> a.code().equals(area))) {
                out.add(w[0] + " " + w[1] + " " + o.code());
            }
        }
        return out.isEmpty() ? List.of(unit) : out;
    }

    private static String figure(JsonObject t) {
        BigDecimal v = t.isNull("targetValue") ? null : ((JsonNumber) t.get("targetValue")).bigDecimalValue();
        BigDecimal c = t.isNull("relativeChangePercent") ? null : ((JsonNumber) t.get("relativeChangePercent")).bigDecimalValue();
        return figure(v, c);
    }

    private static String figure(BigDecimal value, BigDecimal change) {
        return (value == null ? "-" : value.stripTrailingZeros().toPlainString()) + "/" + (change == null ? "-" : change.stripTrailingZeros().toPlainString());
    }

    private static Score score(Set<String> predicted, Set<String> expected) {
        Set<String> tp = new HashSet<>(predicted);
        tp.retainAll(expected);
        if (Boolean.getBoolean("import.explain")) {
            Set<String> missing = new java.util.TreeSet<>(expected);
            missing.removeAll(predicted);
            Set<String> extra = new java.util.TreeSet<>(predicted);
            extra.removeAll(expected);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                System.out.println("  missing " + missing + "\n  extra   " + extra);
            }
        }
        return new Score(tp.size(), predicted.size(), expected.size());
    }

    /** What a measure missed and added, for the reader of the scores (at most five of each). */
    static void differences(String what, Set<String> proposed, Set<String> gold) {
        Set<String> missed = new java.util.TreeSet<>(gold);
        missed.removeAll(proposed);
        Set<String> extra = new java.util.TreeSet<>(proposed);
        extra.removeAll(gold);
        if (!missed.isEmpty() || !extra.isEmpty()) {
            System.out.println("  " + what + " missed " + missed.stream().limit(5).toList() + ", added " + extra.stream().limit(5).toList());
        }
    }

    static void print(String title, Map<String, Score> scores) {
        System.out.println("== " + title);
        scores.forEach((k, v) -> System.out.printf("  %-36s %s%n", k, v));
    }

    static void explain(String gold, Registry registry) {
        JsonObject g = ImportFixtures.json("import/" + gold);
        PlanProposal p = new PlanTextParser(registry).parse(ImportFixtures.document("import/" + g.getString("seed")));
        System.out.println("title: " + p.title + " | scope " + p.scopeCode + " | issued " + p.issueDate + " | period " + p.periodStart + ".." + p.periodEnd
                + " | numbers " + p.documentNumbers + " | cited " + p.referencedDocuments);
        for (PlanProposal.Task t : p.tasks) {
            StringBuilder u = new StringBuilder();
            t.units.forEach(x -> u.append(x.role).append(' ').append(x.code == null ? "?" + x.text : x.code).append(' ')
                    .append("SELF".equals(x.coverage) ? "" : x.coverage + " ").append(x.score).append("; "));
            System.out.println(t.path + " " + t.kind + " [" + t.deadline + " " + t.deadlineSource + "] " + t.title.substring(0, Math.min(50, t.title.length())) + " :: " + u);
        }
        for (PlanProposal.Target t : p.targets) {
            System.out.println("target " + t.indicatorCode + " " + t.relation + " " + t.value + " " + t.unit + " " + t.changePercent + " " + t.baselineYear + "→"
                    + t.targetYear + " @" + t.taskPath + " «" + t.indicatorPhrase + "»");
        }
        p.flags.forEach(f -> System.out.println("flag " + f));
    }

    @Test
    void seedsAreReadAsTheGoldFilesSay() {
        Registry registry = ImportFixtures.registry();
        List<String> below = new ArrayList<>();
        for (String gold : List.of("gold-000.json", "gold-004.json", "gold-unseen-zh.json", "gold-unseen-en.json")) {
            if (Boolean.getBoolean("import.explain")) {
                explain(gold, registry);
            }
            Map<String, Score> s = measure(gold, registry);
            print(gold + " (registry with aliases)", s);
            print(gold + " (names only, aliases removed)", measure(gold, registry.withoutAliases()));
            s.forEach((field, score) -> {
                if (score.precision() < TARGET || score.recall() < TARGET) {
                    below.add(gold + " " + field + ": " + score);
                }
            });
        }
        assertTrue(below.isEmpty(), "below " + (int) (TARGET * 100) + " %: " + below);
    }
}
