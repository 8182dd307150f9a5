package org.policytracker.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One more Payara Micro running the application, started by a test beside the Arquillian one: the same WAR,
 * database, Keycloak and mail server as the tests' (the same options as arquillian.xml), its own port and log.
 * For the fault tests (killed mid-request) and the two-node tests.
 */
final class Node implements AutoCloseable {

    private final Process process;
    private final int port;
    final Path log;
    /** Seconds from the java command to /health/ready UP. */
    double readySeconds;

    private Node(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node of the build's WAR on {@code port} and waits until /health/ready says UP (at most 5 minutes). */
    static Node start(int port, List<String> microOptions) throws Exception {
        return start(port, System.getProperty("it.war"), microOptions);
    }

    /** Starts a node of {@code war} on {@code port} and waits until /health/ready says UP (at most 5 minutes). */
    static Node start(int port, String war, List<String> microOptions) throws Exception {
        String kc = System.getProperty("it.kc.port", "18180");
        String realm = "http://localhost:" + kc + "/realms/policy-tracker";
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                // a test node lives a minute or two: the quick compiler alone boots it sooner on two busy cores
                "-XX:TieredStopAtLevel=1",
                // the run's temporary directory (pom.xml, it.tmp): a node killed with -9 leaves its unpacked runtime there
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl",
                "-Djakarta.persistence.database-product-name=MariaDB", "-Djakarta.persistence.database-major-version=11",
                "-Djakarta.persistence.database-minor-version=4", "-Dpolicytracker.demo.enabled=false", "-Dpolicytracker.embedded=true",
                "-Dmp.jwt.verify.publickey.location=" + realm + "/protocol/openid-connect/certs", "-Dmp.jwt.verify.issuer=" + realm,
                "-Dpolicytracker.oidc.provider-uri=" + realm, "-Dpolicytracker.mail.host=127.0.0.1",
                "-Dpolicytracker.mail.port=" + System.getProperty("it.smtp.port", "13025"), "-Dpolicytracker.reporting.job.enabled=false",
                "-Dpolicytracker.db.url=jdbc:mysql://127.0.0.1:" + System.getProperty("it.db.port", "13306")
                        + "/policytracker?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8",
                "-jar", System.getProperty("payara.microJar"), "--deploy", war, "--contextroot", "policy-tracker",
                "--prebootcommandfile", System.getProperty("it.preboot"),
                "--port", String.valueOf(port)));
        cmd.addAll(microOptions);
        Path log = Path.of("target", "node-" + port + ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Node node = new Node(p, port, log);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new IllegalStateException("node on " + port + " ended: " + tail(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    node.readySeconds = (System.nanoTime() - t0) / 1e9;
                    return node;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        node.kill();
        throw new IllegalStateException("node on " + port + " not ready in 5 minutes: " + tail(log));
    }

    URL base() throws Exception {
        return URI.create("http://localhost:" + port + "/policy-tracker/").toURL();
    }

    /** kill -9: no shutdown hook, no transaction finished. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (Exception e) {
            return e.toString();
        }
    }
}
