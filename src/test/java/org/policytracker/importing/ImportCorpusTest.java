package org.policytracker.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policytracker.importing.control.PlanDocument;
import org.policytracker.importing.control.PlanProposal;
import org.policytracker.importing.control.PlanTextParser;

/**
 * Scores the importer on the development corpus of real plans the importer was not built from
 * ({@code ../shared/import-corpus}, or {@code -Dimport.corpus=}): per document, the gold tasks found as tasks (a proposal
 * node of kind TASK with the gold title) and the F1 of the units as (name as written, role) pairs over the found tasks.
 * Prints the table docs/import.md shows and fails when a document scores below the figures recorded there
 * ({@link #RECORDED}); skipped where the corpus is absent.
 */
class ImportCorpusTest {

    /** Tasks found (per mille) and unit F1 (per mille) as recorded in docs/import.md: a floor, not a target. */
    static final Map<String, int[]> RECORDED = new LinkedHashMap<>();

    static {
        RECORDED.put("01", new int[] {0, 0});
        RECORDED.put("02", new int[] {0, 0});
        RECORDED.put("03", new int[] {666, 200});
        RECORDED.put("04", new int[] {0, 0});
        RECORDED.put("05", new int[] {0, 0});
        RECORDED.put("06", new int[] {0, 0});
        RECORDED.put("07", new int[] {977, 400});
    }

    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\s。；;，,：:、]", "");
    }

    @Test
    void theCorpusScoresAtLeastWhatIsRecorded() throws Exception {
        Path corpus = Path.of(System.getProperty("import.corpus", "../shared/import-corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        PlanTextParser parser = new PlanTextParser(ImportFixtures.registry());
        List<String> table = new ArrayList<>();
        List<String> below = new ArrayList<>();
        table.add("| document | tasks as TASK | unit (name, role) F1 |");
        table.add("| --- | --- | --- |");
        List<Path> golds;
        try (Stream<Path> files = Files.list(corpus)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path gold : golds) {
            String name = gold.getFileName().toString().replace(".gold.json", "");
            JsonObject g = Json.createReader(new StringReader(Files.readString(gold, StandardCharsets.UTF_8))).readObject();
            PlanProposal p = parser.parse(PlanDocument.ofText(Files.readString(corpus.resolve(name + ".txt"), StandardCharsets.UTF_8)));
            Map<String, PlanProposal.Task> byTitle = new LinkedHashMap<>();
            for (PlanProposal.Task t : p.tasks) {
                if ("TASK".equals(t.kind) && t.title != null) {
                    byTitle.putIfAbsent(clean(t.title), t);
                }
            }
            int tasks = 0;
            int found = 0;
            int tp = 0;
            int predicted = 0;
            int expected = 0;
            for (JsonObject t : g.getJsonArray("tasks").getValuesAs(JsonObject.class)) {
                tasks++;
                PlanProposal.Task match = byTitle.get(clean(t.getString("title", "")));
                Set<String> goldUnits = new HashSet<>();
                for (String role : List.of("lead", "responsible", "cooperating", "implementing")) {
                    if (t.containsKey(role)) {
                        t.getJsonArray(role).getValuesAs(JsonString.class).forEach(u -> goldUnits.add(clean(u.getString()) + "/" + role));
                    }
                }
                expected += goldUnits.size();
                if (match == null) {
                    continue;
                }
                found++;
                Set<String> proposed = new HashSet<>();
                for (PlanProposal.Unit u : match.units) {
                    String role = switch (u.role == null ? "" : u.role) {
                        case "LEAD" -> "lead";
                        case "CO_RESPONSIBLE" -> "responsible";
                        case "COOPERATING" -> "cooperating";
                        default -> "implementing";
                    };
                    proposed.add(clean(u.text) + "/" + role);
                }
                predicted += proposed.size();
                proposed.retainAll(goldUnits);
                tp += proposed.size();
            }
            int taskShare = tasks == 0 ? 1000 : 1000 * found / tasks;
            int f1 = predicted + expected == 0 ? 1000 : 2000 * tp / (predicted + expected);
            table.add(String.format("| %s | %d/%d | %.2f |", name, found, tasks, f1 / 1000.0));
            int[] floor = RECORDED.getOrDefault(name.substring(0, 2), new int[] {0, 0});
            if (taskShare < floor[0] || f1 < floor[1]) {
                below.add(name + ": " + taskShare + "‰ tasks, F1 " + f1 + "‰ below " + floor[0] + "‰ / " + floor[1] + "‰");
            }
        }
        System.out.println(String.join("\n", table));
        assertTrue(below.isEmpty(), () -> String.join("\n", below));
    }
}
