package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.demo.SyntheticGenerator;
import org.policytracker.demo.SyntheticProvince;
import org.policytracker.reports.control.ParkReports;
import org.policytracker.reports.control.PlanSummaryReport;
import org.policytracker.reports.control.ReportEngine;
import org.policytracker.reports.control.ReportService;
import org.policytracker.security.control.CurrentUser;

/**
 * The reports benchmark (docs/benchmarks.md), not part of the test run: {@code scripts/benchmark.sh}
 * runs it in a real Payara Micro against the embedded MariaDB. It builds the synthetic province
 * (12 cities, 120 counties, 300 parks, 10 plans × 60 tasks, five years) once, then produces the
 * provincial park summary and a plan's annual summary several times and writes the times to
 * {@code target/benchmarks/reports.txt}. It reports times; it does not judge them.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsBenchmark {

    static final int RUNS = 5;

    @Inject
    SyntheticGenerator generator;

    @Inject
    ParkReports parks;

    @Inject
    PlanSummaryReport planSummary;

    @Inject
    CurrentUser currentUser;

    @jakarta.annotation.Resource(lookup = "java:comp/UserTransaction")
    jakarta.transaction.UserTransaction tx;

    @Test
    void provincialSummaryOnASyntheticProvince() throws Exception {
        List<String> out = new ArrayList<>();
        if (generator.exists()) {
            throw new IllegalStateException("the benchmark expects a fresh database (scripts/benchmark.sh starts one)");
        }
        SyntheticProvince.Size size = SyntheticProvince.Size.DEFAULT;
        SyntheticGenerator.Built built = generator.build(size);
        long provinceId = built.provinceId();
        List<Long> plans = built.planIds();
        out.add(String.format("synthetic province built in %.1f s: %d cities, %d counties, %d parks (8 projects, 5 results, %d annual"
                        + " reports each), %d plans x %d tasks, %d submissions (%d task answers)", built.seconds(), built.cities(),
                built.counties(), built.parks(), size.years(), built.plans(), built.tasks(), built.submissions(), built.taskReports()));
        int year = size.lastYear();
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        measure(out, "provincial park summary " + year + ", PDF", () -> parks.provincialSummary(provinceId, year, zh, null,
                ReportEngine.Format.PDF, Instant.now()));
        measure(out, "provincial park summary " + year + ", Excel", () -> parks.provincialSummary(provinceId, year, zh, null,
                ReportEngine.Format.XLSX, Instant.now()));
        // the report covers the whole synthetic province: 300 parks listed, all with approved plans
        String sheet = sheet(run(() -> parks.provincialSummary(provinceId, year, zh, null, ReportEngine.Format.XLSX, Instant.now())).content());
        assertTrue(java.util.regex.Pattern.compile("<v>300(\\.0)?</v>").matcher(sheet).results().count() >= 2,
                "300 parks listed and approved: " + sheet.substring(0, Math.min(4000, sheet.length())));
        measure(out, "plan summary " + year + " (60 tasks x 12 cities), PDF", () -> planSummary.produce(plans.get(0),
                String.valueOf(year), zh, null, ReportEngine.Format.PDF, Instant.now()));
        Runtime rt = Runtime.getRuntime();
        out.add(String.format("heap after: %d MB used of %d MB", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20));
        out.forEach(System.out::println);
        Path file = Path.of(System.getProperty("benchmark.out", "target/benchmarks/reports.txt"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }

    private static String sheet(byte[] xlsx) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet");
    }

    /** One report in a transaction, as the REST resource makes it. */
    private ReportService.Produced run(Supplier<ReportService.Produced> report) throws Exception {
        tx.begin();
        try {
            return currentUser.asSystem("benchmark", report);
        } finally {
            tx.commit();
        }
    }

    /** One warm-up run, then {@link #RUNS} timed runs: min, median, max. */
    private void measure(List<String> out, String what, Supplier<ReportService.Produced> report) throws Exception {
        long cold = System.nanoTime();
        ReportService.Produced first = run(report);
        double firstMs = (System.nanoTime() - cold) / 1e6;
        assertTrue(first.content().length > 1000, what + " produced");
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            run(report);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(null);
        out.add(String.format("%-50s first %6.0f ms  then min %5.0f  median %5.0f  max %5.0f ms  (%d KB)", what, firstMs,
                ms.get(0), ms.get(RUNS / 2), ms.get(RUNS - 1), first.content().length / 1024));
    }
}
