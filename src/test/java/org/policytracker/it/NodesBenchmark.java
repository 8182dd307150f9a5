package org.policytracker.it;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.demo.SyntheticGenerator;
import org.policytracker.demo.SyntheticProvince;

/**
 * Do reads scale with a second node? (issue 9; {@code scripts/benchmark.sh nodes}, docs/benchmarks.md.) Two
 * clustered Payara Micro nodes as {@link ClusterIT} starts them, on the synthetic province: the same reads as
 * {@link LoadBenchmark} by 50 and 200 client threads, first all against node A, then each thread going to A and
 * B in turn (a round-robin balancer). The figure is the two nodes' throughput as a multiple of the one's, in
 * the same run, for the bare endpoint (the servers' ceiling) and for the application's reads.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodesBenchmark {

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
    void readsOnOneNodeAndOnTwo() throws Exception {
        Path war = Path.of("target", "nodes-benchmark.war");
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war"))).addClass(BareResource.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        try (Node a = Node.start(18081, war.toString(), ClusterIT.clustered("node-a", 15900));
             Node b = Node.start(18082, war.toString(), ClusterIT.clustered("node-b", 15901))) {
            Map<String, String> reads = LoadBenchmark.reads(Http.as(a.base(), "admin", "zh"));
            LoadBenchmark.reads(Http.as(b.base(), "admin", "zh"));
            List<String> out = new ArrayList<>();
            out.add(String.format("%d cores shared by both nodes, the database and the client threads; %d s per run after %d s warm-up",
                    Runtime.getRuntime().availableProcessors(), LoadBenchmark.SECONDS, LoadBenchmark.WARM_UP_SECONDS));
            for (int clients : new int[] {50, 200}) {
                for (Map.Entry<String, String> read : reads.entrySet()) {
                    Load.Result one = load(List.of(a.base()), read.getKey(), read.getValue(), clients);
                    Load.Result two = load(List.of(a.base(), b.base()), read.getKey(), read.getValue(), clients);
                    out.add(String.format("%3d clients  %-32s one node %6.0f/s p95 %6.1f ms   two nodes %6.0f/s p95 %6.1f ms   x%.2f  (%d + %d errors)",
                            clients, read.getKey(), one.perSecond(), one.p95(), two.perSecond(), two.p95(), two.perSecond() / one.perSecond(),
                            one.errors(), two.errors()));
                    System.out.println(out.get(out.size() - 1));
                }
            }
            Path file = Path.of("target", "benchmarks", "nodes.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Each client thread sends its requests to the given nodes in turn. */
    private static Load.Result load(List<URL> nodes, String what, String path, int clients) throws Exception {
        List<Http> admins = new ArrayList<>();
        for (URL n : nodes) {
            admins.add(Http.as(n, "admin", "zh"));
        }
        AtomicInteger next = new AtomicInteger();
        return Load.run(what, clients, LoadBenchmark.WARM_UP_SECONDS, LoadBenchmark.SECONDS,
                () -> admins.get(Math.floorMod(next.getAndIncrement(), admins.size())).get(path).status() == 200, () -> { });
    }
}
