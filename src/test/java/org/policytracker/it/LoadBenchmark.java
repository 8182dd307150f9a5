package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.demo.SyntheticGenerator;
import org.policytracker.demo.SyntheticProvince;

/**
 * Reads under load (docs/benchmarks.md; scripts/benchmark.sh reads): the default synthetic province is built
 * in the server, then 50 and then 200 client threads each read, as fast as answers come, for a fixed time —
 * a bare JAX-RS endpoint behind the same token check (the ceiling, {@link BareResource}), a plan's progress
 * (the lights of its 60 tasks from 12 cities' reports: what the start page and plan page show), a plan's
 * task list, one submission with its 50 answers. Throughput and latency percentiles per endpoint, and each
 * endpoint's throughput as a share of the ceiling's at the same concurrency. It reports; it does not judge.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBenchmark {

    static final int WARM_UP_SECONDS = Integer.getInteger("load.warmup", 3);
    static final int SECONDS = Integer.getInteger("load.seconds", 10);

    @Inject
    SyntheticGenerator generator;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aSyntheticProvince() {
        if (!generator.exists()) {
            generator.build(SyntheticProvince.Size.DEFAULT);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void readsUnderFiftyAndTwoHundredClients() throws Exception {
        Http admin = Http.as(base, "admin", "zh");
        Map<String, String> reads = reads(admin);
        List<String> out = new ArrayList<>();
        out.add(String.format("%d cores, %d s per run after %d s warm-up; client threads on the same machine",
                Runtime.getRuntime().availableProcessors(), SECONDS, WARM_UP_SECONDS));
        Load.Heap heap = new Load.Heap();
        for (int clients : new int[] {50, 200}) {
            double ceiling = 0;
            for (Map.Entry<String, String> read : reads.entrySet()) {
                Load.Result r = load(base, read.getKey(), read.getValue(), clients);
                if (ceiling == 0) {
                    ceiling = r.perSecond();
                }
                out.add(String.format("%3d clients  %-32s %7.0f/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  %5.1f %% of the ceiling  (%d requests, %d errors)",
                        clients, r.what(), r.perSecond(), r.p50(), r.p95(), r.p99(), 100 * r.perSecond() / ceiling, r.done(), r.errors()));
                System.out.println(out.get(out.size() - 1));
            }
        }
        heap.close();
        out.add(heap.toString());
        Path file = Path.of("target", "benchmarks", "reads.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * What is read, by name, on the synthetic province: the ceiling first (the bare endpoint of {@link BareResource}),
     * then a plan's progress, its task list and one submission. Each is read once here: all must answer 200.
     */
    static Map<String, String> reads(Http admin) {
        int plan = admin.get("/api/plans?q=BM-PLAN-1").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("BM-PLAN-1")).findFirst().orElseThrow().getInt("id");
        int submission = admin.get("/api/submissions?plan=" + plan + "&size=1").object().getJsonArray("items").getJsonObject(0).getInt("id");
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("bare JAX-RS endpoint (ceiling)", "/api/bench/bare");
        reads.put("plan progress (60 task lights)", "/api/plans/" + plan + "/progress");
        reads.put("task list of a plan (60)", "/api/tasks?plan=" + plan + "&size=60");
        reads.put("one submission (50 answers)", "/api/submissions/" + submission);
        for (String path : reads.values()) {
            assertEquals(200, admin.get(path).status(), path);
        }
        return reads;
    }

    /** {@code clients} threads read {@code path} for the warm-up, then for {@link #SECONDS}, timing each answer. */
    private static Load.Result load(URL base, String what, String path, int clients) throws Exception {
        Http admin = Http.as(base, "admin", "zh"); // one token for the run (fetched anew for each run: they live 5 minutes)
        return Load.run(what, clients, WARM_UP_SECONDS, SECONDS, () -> admin.get(path).status() == 200, () -> { });
    }
}
