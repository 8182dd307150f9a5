package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submission writes under load (docs/benchmarks.md; scripts/benchmark.sh writes). A plan of 60 tasks and
 * {@link #SLOTS} empty report forms of the Xi'an bureau are built in the server ({@link WriteSlots}); then
 * 10 and 50 client threads each, as fast as answers come, take the next form and do what a bureau does:
 * save its 60 task answers as a draft (PUT …/draft) and send it (POST …/submit: the version with its 60
 * answers is frozen, the audit trail written) — once reading the whole report back after each step (what the API
 * answers by default), once asking for the new version and state only ({@code Prefer: return=minimal}), once filled
 * and sent in one request (POST …/submit carrying the answers); and, for scale, one request to an endpoint that does
 * nothing behind the same token check (the read benchmark's bare endpoint: what any API request costs before work). The ceiling, at the same concurrency, against the same
 * database: each thread on its own JDBC connection inserts a report row, its 60 task answers as one batch
 * ({@code rewriteBatchedStatements}) and the version's content, and commits — into copies of the tables
 * without their foreign keys. It reports; it does not judge.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WriteBenchmark {

    static final int WARM_UP_SECONDS = Integer.getInteger("load.warmup", 3);
    static final int SECONDS = Integer.getInteger("load.seconds", 10);
    static final int SLOTS = Integer.getInteger("load.slots", 8000);
    static final String DB_PORT = System.getProperty("it.db.port", "13306");

    @Inject
    WriteSlots writeSlots;

    @ArquillianResource
    URL base;

    /** The empty forms' ids, handed from the in-server step to the client step through a file. */
    static final Path SLOT_FILE = Path.of("target", "benchmarks", "write-slots.txt");

    @Test
    @Order(1)
    void emptyForms() throws Exception {
        long t0 = System.nanoTime();
        WriteSlots.build(writeSlots, "BM-WRITE", SLOTS, SLOT_FILE);
        System.out.printf("%d empty forms of %d tasks built in %.1f s%n", SLOTS, WriteSlots.TASKS, (System.nanoTime() - t0) / 1e9);
    }

    @Test
    @Order(2)
    @RunAsClient
    void writesAgainstRawJdbc() throws Exception {
        ConcurrentLinkedQueue<Long> slots = WriteSlots.read(SLOT_FILE);
        List<Long> taskIds = WriteSlots.taskIds(Http.as(base, "xian.bureau", "zh"), slots.peek());
        assertEquals(WriteSlots.TASKS, taskIds.size());
        String answers = WriteSlots.answers(taskIds).toString();

        List<String> out = new ArrayList<>();
        out.add(String.format("%d cores, %d s per run after %d s warm-up; client threads on the same machine; one submission = "
                + "a draft of %d task answers saved, then sent", Runtime.getRuntime().availableProcessors(), SECONDS, WARM_UP_SECONDS,
                WriteSlots.TASKS));
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_task_report");
            s.execute("DROP TABLE IF EXISTS bench_submission_version");
            s.execute("DROP TABLE IF EXISTS bench_submission");
            s.execute("CREATE TABLE bench_submission LIKE submission");
            s.execute("CREATE TABLE bench_task_report LIKE task_report");
            s.execute("CREATE TABLE bench_submission_version LIKE submission_version");
        }
        String content = "{\"taskReports\":" + answers + ",\"indicatorValues\":[],\"attachments\":[]}";
        Load.Heap heap = new Load.Heap();
        for (int clients : new int[] {10, 50}) {
            Load.Result ceiling = load("raw JDBC batch inserts (ceiling)", clients, () -> jdbc(taskIds, content));
            Http user = Http.as(base, "xian.bureau", "zh");
            Load.Result api = load("save draft + submit (REST API)", clients, () -> submit(user, slots, answers));
            Load.Result minimal = load("the same, Prefer: return=minimal", clients, () -> submit(user.minimal(), slots, answers));
            Load.Result one = load("filled and sent in one request, minimal", clients, () -> sendAtOnce(user.minimal(), slots, answers));
            Load.Result floor = load("one request doing nothing (floor)", clients, () -> user.get("/api/bench/bare").status() == 200);
            for (Load.Result r : List.of(ceiling, api, minimal, one, floor)) {
                out.add(String.format("%3d clients  %-34s %7.1f/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  %5.1f %% of the ceiling  (%d submissions, %d errors)",
                        clients, r.what(), r.perSecond(), r.p50(), r.p95(), r.p99(), 100 * r.perSecond() / ceiling.perSecond(), r.done(), r.errors()));
                System.out.println(out.get(out.size() - 1));
            }
        }
        heap.close();
        out.add(heap.toString());
        out.add(slots.isEmpty() ? "(ran out of empty forms: raise -Dload.slots)" : "(" + slots.size() + " empty forms left)");
        Path file = Path.of("target", "benchmarks", "writes.txt");
        Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }

    /** One submission through the API: the next empty form, its 60 answers saved, then sent. */
    private static boolean submit(Http user, ConcurrentLinkedQueue<Long> slots, String answers) {
        long id = next(slots);
        Http.Reply saved = user.put("/api/submissions/" + id + "/draft", "{\"version\":0,\"latenessReason\":\"基准测试\",\"taskReports\":" + answers + "}");
        if (saved.status() != 200) {
            System.out.println("draft: " + saved);
            return false;
        }
        long version = saved.object().getJsonNumber("version").longValue();
        Http.Reply sent = user.post("/api/submissions/" + id + "/submit", "{\"version\":" + version
                + ",\"latenessReason\":\"基准测试\"}");
        if (sent.status() != 200) {
            System.out.println("submit: " + sent);
            return false;
        }
        return true;
    }

    /** One submission in one request: the next empty form's 60 answers saved and sent at once (POST …/submit with them). */
    private static boolean sendAtOnce(Http user, ConcurrentLinkedQueue<Long> slots, String answers) {
        long id = next(slots);
        Http.Reply sent = user.post("/api/submissions/" + id + "/submit", "{\"version\":0,\"latenessReason\":\"基准测试\",\"taskReports\":" + answers + "}");
        if (sent.status() != 200) {
            System.out.println("send at once: " + sent);
            return false;
        }
        return true;
    }

    /** The next empty form; when none is left the thread ends (raise -Dload.slots). */
    private static long next(ConcurrentLinkedQueue<Long> slots) {
        Long id = slots.poll();
        if (id == null) {
            throw new IllegalStateException("no empty forms left");
        }
        return id;
    }

    private static final ThreadLocal<Connection> CONNECTION = new ThreadLocal<>();
    private static final AtomicInteger PERIOD = new AtomicInteger();

    /** The ceiling's submission: a report row, 60 answers in one batch, the version's content; one commit. */
    private static boolean jdbc(List<Long> taskIds, String content) {
        try {
            Connection c = CONNECTION.get();
            if (c == null) {
                c = connect();
                c.setAutoCommit(false);
                CONNECTION.set(c);
            }
            Timestamp now = Timestamp.from(Instant.now());
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bench_submission (cycle_id, organisation_id, period_code, period_start,"
                    + " period_end, due_date, status, draft_saved_by, draft_saved_at, version, created_at, updated_at)"
                    + " VALUES (1, 1, ?, '2026-01-01', '2026-03-31', '2026-04-15', 'SUBMITTED', 'xian.bureau', ?, 2, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, String.format("J%07d", PERIOD.incrementAndGet()));
                s.setTimestamp(2, now);
                s.setTimestamp(3, now);
                s.setTimestamp(4, now);
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bench_task_report (submission_id, position, task_id, status,"
                    + " percent_done, narrative, difficulties, next_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < taskIds.size(); i++) {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setLong(3, taskIds.get(i));
                    s.setString(4, "IN_PROGRESS");
                    s.setInt(5, 40 + i % 50);
                    s.setString(6, "西安市第" + (i + 1) + "项任务：建成再生水管网 12.6 公里，新增再生水利用量 380 万立方米，"
                            + "完成重点用水企业水效对标 23 家，园区再生水回用率提高到 41.5%，年度目标完成过半。");
                    s.setString(7, "部分管网建设涉及征地拆迁，进度慢于预期；企业改造资金筹措困难。");
                    s.setString(8, "下半年推进管网二期工程，组织水效领跑者遴选，争取中央预算内投资支持。");
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bench_submission_version (submission_id, number, submitted_at,"
                    + " submitted_by, content) VALUES (?, 1, ?, 'xian.bureau', ?)")) {
                s.setLong(1, id);
                s.setTimestamp(2, now);
                s.setString(3, content);
                s.executeUpdate();
            }
            c.commit();
            return true;
        } catch (Exception e) {
            System.out.println("jdbc: " + e);
            return false;
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + DB_PORT + "/policytracker?sslMode=DISABLED&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8&rewriteBatchedStatements=true", "policytracker", "policytracker");
    }

    private static Load.Result load(String what, int clients, java.util.function.BooleanSupplier one) throws Exception {
        return Load.run(what, clients, WARM_UP_SECONDS, SECONDS, one, WriteBenchmark::closeConnection);
    }

    private static void closeConnection() {
        Connection c = CONNECTION.get();
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing after the run
            }
            CONNECTION.remove();
        }
    }
}
