package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults under write load (issue 9), 8 clients saving and sending report forms of 60 answers. The database
 * killed and restarted: every report the API acknowledged is there afterwards, complete; no form is half
 * written; while the database is away every refusal is a 503 problem+json saying so; the application takes
 * reports again once the database is back, without being restarted itself. The application killed
 * (a second Payara Micro, {@link Node}, kill -9) in the middle of requests: no form half written.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    static final String DB_PORT = System.getProperty("it.db.port", "13306");
    static final String DB_DIR = System.getProperty("it.db.dir");
    static final Path SLOT_FILE = Path.of("target", "faults-slots.txt");
    static final Path KILL_FILE = Path.of("target", "faults-kill-slots.txt");
    static final int CLIENTS = 8;

    @Inject
    WriteSlots writeSlots;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void emptyForms() throws Exception {
        WriteSlots.build(writeSlots, "FAULTS", 1200, SLOT_FILE);
        WriteSlots.build(writeSlots, "FAULTS-KILL", 600, KILL_FILE);
    }

    /**
     * {@link #CLIENTS} threads, each taking the next empty form, saving its 60 answers and sending it, until
     * stopped or out of forms; what the API answered, counted.
     */
    static final class Writers {
        final Set<Long> tried = ConcurrentHashMap.newKeySet();
        final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger noAnswer = new AtomicInteger();
        final AtomicLong countFrom = new AtomicLong(Long.MAX_VALUE);
        final AtomicInteger acknowledgedSince = new AtomicInteger();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final List<Thread> threads = new ArrayList<>();

        Writers(Http user, ConcurrentLinkedQueue<Long> forms, String answers) {
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    Long id;
                    while (!stop.get() && (id = forms.poll()) != null) {
                        tried.add(id);
                        try {
                            Http.Reply saved = user.put("/api/submissions/" + id + "/draft", "{\"version\":0,\"taskReports\":" + answers + "}");
                            count(saved);
                            if (saved.status() != 200) {
                                continue;
                            }
                            long version = saved.object().getJsonNumber("version").longValue();
                            Http.Reply sent = user.post("/api/submissions/" + id + "/submit", "{\"version\":" + version
                                    + ",\"latenessReason\":\"压力测试：逾期报送\"}");
                            count(sent);
                            if (sent.status() == 200) {
                                acknowledged.add(id);
                                if (System.nanoTime() > countFrom.get()) {
                                    acknowledgedSince.incrementAndGet();
                                }
                            }
                        } catch (RuntimeException e) {
                            noAnswer.incrementAndGet();
                            pause();
                        }
                    }
                });
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
        }

        private void count(Http.Reply r) {
            statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
            if (r.status() != 200) {
                judge(r, wrong);
                pause();
            }
        }

        /** Counts the reports acknowledged from now on, and waits until {@code n} are or a minute has passed. */
        void awaitAcknowledged(int n, ConcurrentLinkedQueue<Long> forms) throws InterruptedException {
            countFrom.set(System.nanoTime());
            for (int i = 0; i < 120 && acknowledgedSince.get() < n && !forms.isEmpty(); i++) {
                Thread.sleep(500);
            }
        }

        void stop() throws InterruptedException {
            stop.set(true);
            for (Thread t : threads) {
                t.join(60_000);
            }
        }

        @Override
        public String toString() {
            return "statuses " + new TreeMap<>(statuses) + ", " + noAnswer + " without an answer, acknowledged " + acknowledged.size()
                    + " (" + acknowledgedSince + " after the fault)";
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDatabaseRestartsUnderWriteLoad() throws Exception {
        ConcurrentLinkedQueue<Long> forms = WriteSlots.read(SLOT_FILE);
        Http xian = Http.as(base, "xian.bureau", "zh");
        Writers w = new Writers(xian, forms, WriteSlots.answers(WriteSlots.taskIds(xian, forms.peek())).toString());
        Thread.sleep(4000);
        int before = w.acknowledged.size();
        long pid = Long.parseLong(Files.readString(Path.of(DB_DIR, "mysqld.pid")).trim());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // kill -9: a crash, not a shutdown
        long away = System.currentTimeMillis();
        // a load balancer's readiness probe sees the node not ready while the database is away
        String readyWhileAway = ready();
        Thread.sleep(Math.max(0, 5000 - (System.currentTimeMillis() - away)));
        ProcessBuilder db = new ProcessBuilder("bash", "scripts/db.sh", "start").redirectErrorStream(true)
                .redirectOutput(Path.of("target", "faults-db-start.log").toFile());
        db.environment().put("DB_DIR", DB_DIR);
        db.environment().put("DB_PORT", DB_PORT);
        Process start = db.start();
        assertEquals(0, start.waitFor(), () -> "restarting the database: " + read(Path.of("target", "faults-db-start.log")));
        w.awaitAcknowledged(20, forms);
        w.stop();
        String readyAfter = ready();
        String summary = w + "; " + before + " before the crash; /health/ready while away: " + readyWhileAway + ", after: " + readyAfter;
        System.out.println("FaultsIT, database restarted: " + summary);
        assertTrue(before > 0, summary);
        assertTrue(w.statuses.containsKey(503), "the crash was felt by some request: " + summary);
        assertEquals(0, w.noAnswer.get(), summary);
        assertEquals(List.of(), w.wrong, "while the database is away every refusal is a 503 problem+json saying so; " + summary);
        assertTrue(w.acknowledgedSince.get() >= 20, "the application takes reports again without a restart: " + summary);
        assertTrue(readyWhileAway.startsWith("503") && readyWhileAway.contains("DOWN"), summary);
        assertTrue(readyAfter.startsWith("200") && readyAfter.contains("UP"), summary);
        checkForms(w);
    }

    /** The node's readiness as a probe sees it: status and body. */
    private String ready() throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + base.getPort() + "/health/ready"))
                .timeout(java.time.Duration.ofSeconds(10)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    @Test
    @Order(3)
    @RunAsClient
    void theApplicationKilledMidRequest() throws Exception {
        ConcurrentLinkedQueue<Long> forms = WriteSlots.read(KILL_FILE);
        Writers w;
        try (Node node = Node.start(18081, List.of("--nocluster", "--nohazelcast"))) {
            System.out.printf("FaultsIT: a second node on 18081 ready %.1f s after its java command%n", node.readySeconds);
            Http xian = Http.as(node.base(), "xian.bureau", "zh");
            w = new Writers(xian, forms, WriteSlots.answers(WriteSlots.taskIds(xian, forms.peek())).toString());
            Thread.sleep(5000);
            node.kill();
            Thread.sleep(2000);
            w.stop();
        }
        String summary = w.toString();
        System.out.println("FaultsIT, application killed: " + summary);
        assertTrue(w.acknowledged.size() > 0, summary);
        assertTrue(w.noAnswer.get() > 0, "some requests were cut off by the kill: " + summary);
        assertEquals(List.of(), w.wrong, summary);
        checkForms(w);
    }

    @Test
    @Order(4)
    @RunAsClient
    void aCommitCutOffIsA503() {
        Http.Reply r = Http.as(base, "xian.bureau", "en").post("/api/test/failing-commit", "{}");
        List<String> wrong = new ArrayList<>();
        judge(r, wrong);
        assertEquals(List.of(), wrong, "a transaction that failed at its commit is refused as the database being away, not an HTML page");
    }

    /**
     * In the database: every acknowledged report sent, with its 60 answers and one version; every other form
     * tried either untouched, a complete draft, or sent complete (its answer lost on the way) — never half written.
     */
    private static void checkForms(Writers w) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + DB_PORT + "/policytracker?sslMode=DISABLED",
                "policytracker", "policytracker"); Statement s = c.createStatement()) {
            String ids = w.tried.stream().map(String::valueOf).collect(Collectors.joining(","));
            int checked = 0;
            try (ResultSet r = s.executeQuery("SELECT s.id, s.status, (SELECT count(*) FROM submission_version v WHERE v.submission_id = s.id),"
                    + " (SELECT count(*) FROM task_report t WHERE t.submission_id = s.id AND t.narrative IS NOT NULL),"
                    + " (SELECT count(*) FROM task_report t WHERE t.submission_id = s.id) FROM submission s WHERE s.id IN (" + ids + ")")) {
                while (r.next()) {
                    checked++;
                    long id = r.getLong(1);
                    String status = r.getString(2);
                    int versions = r.getInt(3);
                    int answered = r.getInt(4);
                    String what = "report form " + id + ": " + status + ", " + versions + " versions, " + answered + " of " + r.getInt(5) + " answered";
                    assertEquals(WriteSlots.TASKS, r.getInt(5), what);
                    if (w.acknowledged.contains(id)) {
                        assertEquals("SUBMITTED", status, what);
                    }
                    assertEquals("SUBMITTED".equals(status) ? 1 : 0, versions, what);
                    assertTrue(answered == 0 || answered == WriteSlots.TASKS, what);
                    assertTrue(!"SUBMITTED".equals(status) || answered == WriteSlots.TASKS, what);
                }
            }
            assertEquals(w.tried.size(), checked);
        }
    }

    /** A refusal while the database is away must be a 503 problem+json that says so. */
    private static void judge(Http.Reply r, List<String> wrong) {
        boolean ok;
        try {
            ok = r.status() == 503 && String.valueOf(r.contentType()).startsWith("application/problem+json")
                    && r.object().getString("type", "").endsWith("database-unavailable") && !r.object().getString("detail", "").isBlank();
        } catch (RuntimeException notJson) {
            ok = false;
        }
        if (!ok) {
            String text = r.toString();
            wrong.add(text.length() > 400 ? text.substring(0, 400) : text);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
