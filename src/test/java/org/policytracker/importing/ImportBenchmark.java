package org.policytracker.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policytracker.importing.control.PlanDocument;
import org.policytracker.importing.control.PlanProposal;
import org.policytracker.importing.control.PlanTextParser;

/**
 * How long the importer takes to propose a plan from a long document (docs/benchmarks.md), in process: the seven
 * plans of the development corpus as one document (≈ 41 000 Chinese characters, about 66 pages of an official
 * document at 22 × 28 characters a page) and seed 004 as the web page holds it (≈ 118 000 characters, its text
 * three times). 5 runs to warm up, then the median and the slowest of 20. Not part of the tests: run by
 * {@code scripts/benchmark.sh import}; writes target/benchmarks/import.txt.
 */
class ImportBenchmark {

    @Test
    void proposeLongDocuments() throws Exception {
        PlanTextParser parser = new PlanTextParser(ImportFixtures.registry());
        StringBuilder corpus = new StringBuilder();
        Path dir = Path.of(System.getProperty("import.corpus", "../shared/import-corpus"));
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    corpus.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        String seed004 = new String(ImportFixtures.class.getClassLoader().getResourceAsStream("import/seed-004.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String[] doc : new String[][] {{"development corpus as one document", corpus.toString()}, {"seed 004 (web page)", seed004}}) {
            if (doc[1].isBlank()) {
                continue;
            }
            long[] ms = new long[20];
            PlanProposal p = null;
            for (int i = 0; i < 25; i++) {
                long t0 = System.nanoTime();
                p = parser.parse(PlanDocument.ofText(doc[1]));
                if (i >= 5) {
                    ms[i - 5] = (System.nanoTime() - t0) / 1_000_000;
                }
            }
            Arrays.sort(ms);
            lines.add(String.format("%s: %d characters, %d tasks proposed — median %d ms, slowest %d ms (20 runs)", doc[0], doc[1].length(),
                    p.tasks.size(), ms[10], ms[19]));
        }
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "import.txt"), String.join("\n", lines) + "\n");
        lines.forEach(System.out::println);
    }
}
