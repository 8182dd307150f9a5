package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Randomised and malformed requests against every operation the OpenAPI document lists: wrong types, huge
 * strings, impossible dates, SQL and script injection, unknown ids, broken JSON, wrong media types, wrong
 * methods, no token, a forged token — as every role. No answer may be a 5xx, and every refusal must be a
 * problem+json document whose status is the answer's. The run is reproducible from its seed.
 * <p>
 * {@code -Dfuzz.requests=} (default 3000 in the test run; {@code scripts/fuzz.sh} sends 100 000 against a
 * database of its own), {@code -Dfuzz.seed=}. Writes only ever aim at ids that do not exist, so that the
 * run leaves the demo data as it was for the other tests; reads also aim at real ones. The tally goes to
 * {@code target/benchmarks/fuzz.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    @ArquillianResource
    URL base;

    private static final String[] NASTY = {
        "' OR '1'='1", "1; DROP TABLE plan; --", "\" OR 1=1 --", "1' UNION SELECT password FROM mysql.user --",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://x/a}", "../../etc/passwd",
        "%00", "\u0000", "\uD840\uDF0E𠜎", "null", "undefined", "NaN", "-Infinity", "1e309", "0x1F", "true", "[]", "{}",
        "2025-02-30", "2025-13-01", "9999-99-99", "0000-00-00", "2025/12/31", "yesterday", "-1", "0", "99999999999999999999",
        "1.5", "  ", "", "陕西省", "😀", "A".repeat(300), "2019-H3", "2024-Q5", "DRAFT", "draft", "LEAD", "EACH_CITY"};
    private static final String[] USERS = {"shaanxi.office", "shaanxi.water", "xian.bureau", "jiaozuo.bureau", "wen.county",
        "xetdz.committee", "ndrc.reader", "inspector", "admin"};
    private static final String[] TYPES = {"application/json", "application/json", "application/json", "text/plain",
        "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
        "application/json; charset=ISO-8859-1", null};

    record Operation(String method, String path, List<String> query, boolean body) {
    }

    // ---------------------------------------------------------------- hostile input

    /** A zip archive of one small part and one that inflates to {@code bytes} (a zip bomb: about a thousandth of it on disk). */
    static byte[] bomb(String bigPart, String smallPart, long bytes) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry(smallPart));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry(bigPart));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long n = 0; n < bytes; n += spaces.length) {
                zip.write(spaces);
            }
        }
        return out.toByteArray();
    }

    /** The status line and body of a request whose body is announced (or streamed) but hardly sent. */
    record Raw(int status, String contentType, String body, long millis) {
    }

    /**
     * Sends the headers of a {@code megabytes} body, then the body slowly, until the server answers; with
     * {@code chunked} the body has no length and is streamed until then (at most that many megabytes).
     */
    private Raw hugeBody(String user, String method, String path, String contentType, int megabytes, boolean chunked) throws Exception {
        URL app = Http.local(base);
        String token = Http.tokenFor(user, Http.DEMO_USERS.get(user), Http.keycloak());
        long started = System.nanoTime();
        try (var socket = new java.net.Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            var in = socket.getInputStream();
            String head = method + " " + app.getPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: " + app.getHost() + ":"
                    + app.getPort() + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + contentType
                    + "\r\nAccept: application/json\r\nAccept-Language: en\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + (long) megabytes * 1024 * 1024 + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            long sent = 0;
            try {
                while (in.available() == 0 && sent < (long) megabytes * 1024 * 1024) {
                    if (chunked) {
                        out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(block);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += block.length;
                }
            } catch (java.io.IOException closedByTheServer) {
                // the server answered and closed: read what it said
            }
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            String status = reader.readLine();
            String type = "";
            int length = -1;
            for (String line; (line = reader.readLine()) != null && !line.isEmpty();) {
                if (line.toLowerCase().startsWith("content-type:")) {
                    type = line.substring(13).trim();
                } else if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            char[] body = new char[Math.max(0, Math.min(length, 10_000))];
            int got = 0;
            while (got < body.length) {
                int n = reader.read(body, got, body.length - got);
                if (n < 0) {
                    break;
                }
                got += n;
            }
            return new Raw(Integer.parseInt(status.split(" ")[1]), type, new String(body, 0, got), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * What an attacker with an ordinary login sends is refused quickly, with problem+json, while other people are served:
     * an .xlsx and a .docx that inflate to a gigabyte on every operation that reads one, a 200 MB body on every upload
     * (announced, or streamed without a length), JSON nested 100 000 deep, and names holding control characters, a
     * hidden reversal of the writing direction or a lone surrogate. Afterwards the server is ready and its heap within
     * its limit.
     */
    @Test
    void hostileUploadsAreRefusedQuicklyWhileOthersAreServed() throws Exception {
        Http xian = Http.as(base, "xian.bureau", "en");
        Http office = Http.as(base, "shaanxi.office", "en");
        int draft = WebIT.preparedSlot(base); // a draft of its own: the test does not lean on what others left
        // somebody else works meanwhile: every one of their requests is answered
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> othersFailed = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger othersServed = new AtomicInteger();
        Thread colleague = new Thread(() -> {
            Http water = Http.as(base, "shaanxi.water", "en");
            while (!done.get()) {
                Http.Reply r = water.get("/api/tasks?size=50");
                if (r.status() == 200) {
                    othersServed.incrementAndGet();
                } else {
                    othersFailed.add(r.toString());
                }
            }
        });
        colleague.start();
        List<String> wrong = new ArrayList<>();
        try {
            byte[] xlsx = bomb("xl/worksheets/sheet1.xml", "xl/workbook.xml", 1L << 30);
            byte[] docx = bomb("word/document.xml", "word/styles.xml", 1L << 30);
            assertTrue(xlsx.length < 2_000_000 && docx.length < 2_000_000, xlsx.length + " / " + docx.length + " bytes");
            String x = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            String d = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            Map<String, Http.Reply> bombs = new java.util.LinkedHashMap<>();
            long t0 = System.nanoTime();
            bombs.put("PUT sheet", xian.uploadPut("/api/submissions/" + draft + "/sheet", x, xlsx));
            bombs.put("POST attachment .xlsx", xian.upload("/api/submissions/" + draft + "/attachments?name=bomb.xlsx", x, xlsx));
            bombs.put("POST attachment .docx", xian.upload("/api/submissions/" + draft + "/attachments?name=bomb.docx", d, docx));
            bombs.put("POST cases workbook", office.upload("/api/cases/workbook", x, xlsx));
            bombs.put("POST plan-imports sheet", office.upload("/api/plan-imports/sheet", x, xlsx));
            bombs.put("POST plan-imports docx", office.upload("/api/plan-imports", d, docx));
            long perBomb = (System.nanoTime() - t0) / 1_000_000 / bombs.size();
            bombs.forEach((what, r) -> {
                if (r.status() != 400 || !r.contentType().startsWith("application/problem+json")) {
                    wrong.add(what + ": " + r);
                }
            });
            assertTrue(bombs.get("PUT sheet").toString().contains("unpacks to more than"), bombs.get("PUT sheet")::toString);
            assertTrue(perBomb < 2000, perBomb + " ms a bomb");

            // 200 MB on every upload: announced (refused before a byte is read) and streamed without a length
            String[][] uploads = {{"PUT", "/api/submissions/" + draft + "/sheet", x}, {"POST", "/api/submissions/" + draft
                    + "/attachments?name=big.pdf", "application/pdf"}, {"POST", "/api/cases/workbook", x},
                {"POST", "/api/cases/lists", "application/json"}, {"POST", "/api/plan-imports", "text/plain"},
                {"POST", "/api/plan-imports/sheet", x}, {"POST", "/api/plan-imports/accepted", "application/json"},
                {"PUT", "/api/submissions/" + draft + "/draft", "application/json"}};
            for (String[] u : uploads) {
                String user = u[1].startsWith("/api/submissions") ? "xian.bureau" : "shaanxi.office";
                for (boolean chunked : new boolean[] {false, true}) {
                    Raw r = hugeBody(user, u[0], u[1], u[2], 200, chunked);
                    if (r.status() != 413 && !(chunked && r.status() == 400) || !r.contentType().startsWith("application/problem+json")
                            || r.millis() > 2000) {
                        wrong.add(u[0] + " " + u[1] + (chunked ? " (chunked)" : "") + ": " + r);
                    }
                }
            }
            // a county may not import: refused before its (streamed) document is read
            Raw county = hugeBody("wen.county", "POST", "/api/plan-imports", "text/plain", 200, true);
            if (county.status() != 403 || county.millis() > 2000) {
                wrong.add("county importing 200 MB: " + county);
            }

            // JSON nested 100 000 deep
            Http.Reply deep = xian.put("/api/submissions/" + draft + "/draft", "[".repeat(100_000) + "]".repeat(100_000));
            if (deep.status() != 400 || !deep.contentType().startsWith("application/problem+json")) {
                wrong.add("deep JSON: " + deep);
            }
            // names with a control character, a hidden reversal and a lone surrogate (JSON escapes): refused, naming the field
            Http admin = Http.as(base, "admin", "en");
            int shaanxi = admin.get("/api/organisations?q=610000&size=5").object().getJsonArray("items").getJsonObject(0).getInt("id");
            for (String name : new String[] {"测试\\u0000单位", "测试\\u202E单位", "测试\\uD800单位", "测试\\u001B[31m单位"}) {
                Http.Reply r = admin.post("/api/organisations", "{\"code\":\"IT-HOSTILE-" + System.nanoTime() + "\",\"kind\":\"ENTERPRISE\","
                        + "\"nameZh\":\"" + name + "\",\"nameEn\":\"Hostile\",\"parentId\":" + shaanxi + "}");
                if (r.status() != 400 || !r.toString().contains("nameZh")) {
                    wrong.add("organisation named " + name + ": " + r);
                }
            }
            Http.Reply rtl = xian.upload("/api/submissions/" + draft + "/attachments?name=" + enc("\u202Egpj.exe.pdf"), "application/pdf",
                    "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII));
            if (rtl.status() != 400 || !rtl.toString().contains("\"name\"")) {
                wrong.add("a file named with a hidden reversal: " + rtl);
            }
        } finally {
            done.set(true);
            colleague.join();
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertTrue(othersFailed.isEmpty() && othersServed.get() > 0, othersServed + " served, failed: " + othersFailed);
        Http.Reply ready = new Http(base, "en").getAbsolute(new Http(base, "en").serverRoot() + "/health/ready", "application/json");
        assertEquals(200, ready.status(), ready::toString);
        String metrics = Http.metrics("?scope=base").body();
        double used = metric(metrics, "memory_usedHeap_bytes");
        double max = metric(metrics, "memory_maxHeap_bytes");
        assertTrue(used > 0 && used < max, used + " of " + max + " bytes of heap in use");
    }

    private static double metric(String prometheus, String name) {
        return prometheus.lines().filter(l -> l.startsWith(name)).map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .mapToDouble(Double::parseDouble).findFirst().orElse(-1);
    }

    @Test
    void malformedAndRandomRequestsAreRefusedClearlyNeverWithA500() throws Exception {
        int requests = Integer.getInteger("fuzz.requests", 3000);
        long seed = Long.getLong("fuzz.seed", 20261128L);
        boolean realWrites = Boolean.getBoolean("fuzz.realWrites");
        Http admin = Http.as(base, "admin", "en");
        JsonObject doc = admin.getAbsolute(admin.serverRoot() + "/openapi?format=JSON", "application/json").object();
        List<Operation> operations = new ArrayList<>();
        doc.getJsonObject("paths").forEach((path, ops) -> ops.asJsonObject().forEach((method, op) -> {
            List<String> query = new ArrayList<>();
            JsonObject o = op.asJsonObject();
            if (o.containsKey("parameters")) {
                o.getJsonArray("parameters").getValuesAs(JsonObject.class).stream().filter(p -> "query".equals(p.getString("in", "")))
                        .forEach(p -> query.add(p.getString("name")));
            }
            operations.add(new Operation(method.toUpperCase(), path, query, o.containsKey("requestBody")));
        }));
        assertTrue(operations.size() > 80, "the API's operations: " + operations.size());

        Map<String, Http> clients = new ConcurrentHashMap<>();
        clients.put("anonymous", new Http(base, "en"));
        clients.put("forged", new Http(base, "en").withToken("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."));

        AtomicInteger sent = new AtomicInteger();
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byServer = new ConcurrentHashMap<>();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < 4; w++) {
            Random random = new Random(seed + w);
            running.add(pool.submit(() -> {
                while (sent.incrementAndGet() <= requests) {
                    Operation op = operations.get(random.nextInt(operations.size()));
                    String method = random.nextInt(20) == 0 ? new String[] {"GET", "POST", "PUT", "DELETE", "PATCH"}[random.nextInt(5)] : op.method();
                    boolean write = !method.equals("GET");
                    String path = fill(op.path(), random, write && !realWrites);
                    StringBuilder q = new StringBuilder();
                    for (String name : op.query()) {
                        if (random.nextBoolean()) {
                            q.append(q.length() == 0 ? '?' : '&').append(name).append('=').append(enc(value(random, 2000)));
                        }
                    }
                    if (random.nextInt(10) == 0) {
                        q.append(q.length() == 0 ? '?' : '&').append(enc(value(random, 50))).append('=').append(enc(value(random, 50)));
                    }
                    String type = TYPES[random.nextInt(TYPES.length)];
                    byte[] body = write ? body(random) : null;
                    String who = random.nextInt(12) == 0 ? (random.nextBoolean() ? "anonymous" : "forged") : USERS[random.nextInt(USERS.length)];
                    String line = method + " " + path + q + " as " + who;
                    Http.Reply reply;
                    try {
                        // a demo user's token is fetched anew when it gets old (a long run outlives it)
                        Http client = clients.containsKey(who) ? clients.get(who) : Http.as(base, who, random.nextBoolean() ? "zh" : "en");
                        reply = client.raw(method, path + q, body == null ? null : type, body);
                    } catch (RuntimeException e) {
                        if (method.equals("DELETE") && body != null) {
                            // Grizzly refuses a DELETE with a body and closes the connection; now and then before answering
                            byServer.computeIfAbsent("DELETE with a body, connection closed without an answer",
                                    k -> new AtomicInteger()).incrementAndGet();
                        } else {
                            wrong.add(line + " → no answer: " + e);
                        }
                        continue;
                    }
                    byStatus.computeIfAbsent(reply.status(), k -> new AtomicInteger()).incrementAndGet();
                    if (refusedByTheHttpServer(reply)) {
                        byServer.computeIfAbsent(method + (body == null ? "" : " with a body") + ", "
                                + (path.contains("%00") ? "NUL in the path" : path.contains("%5C") ? "backslash in the path" : "other"),
                                k -> new AtomicInteger()).incrementAndGet();
                        continue;
                    }
                    String problem = judge(reply);
                    if (problem != null) {
                        wrong.add(line + " → " + reply.status() + " " + problem + ": " + cut(reply.body()));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        Path out = Path.of("target", "benchmarks", "fuzz.txt");
        Files.createDirectories(out.getParent());
        StringBuilder tally = new StringBuilder(String.format("%d requests (seed %d, %d operations, writes at %s ids) in %.0f s%n",
                requests, seed, operations.size(), realWrites ? "real and unknown" : "unknown", seconds));
        new TreeMap<>(byStatus).forEach((status, n) -> tally.append(String.format("  %d × %d%n", n.get(), status)));
        tally.append("refused by the HTTP server before the application (empty 400, Grizzly):\n");
        new TreeMap<>(byServer).forEach((what, n) -> tally.append(String.format("  %d × %s%n", n.get(), what)));
        tally.append(wrong.size()).append(" wrong\n");
        wrong.stream().limit(200).forEach(w -> tally.append("  ").append(w).append('\n'));
        Files.writeString(out, tally);
        assertEquals(List.of(), wrong.stream().limit(30).toList(), tally.toString());
    }

    /**
     * An empty 400 without a media type: Grizzly, Payara's HTTP server, refuses requests it cannot parse (a NUL or a
     * backslash in the path, a DELETE with a body) before any application sees them. The application itself never
     * answers without a body (every refusal of ours is problem+json), so such an answer is the server's.
     */
    private static boolean refusedByTheHttpServer(Http.Reply r) {
        return r.status() == 400 && r.contentType().isEmpty() && r.body().isEmpty();
    }

    /** Why the answer is wrong, or null: a 5xx, or a refusal that is not problem+json with its own status. */
    private static String judge(Http.Reply r) {
        if (r.status() >= 500) {
            return "server error";
        }
        if (r.status() < 400) {
            return null;
        }
        if (!r.contentType().startsWith("application/problem+json")) {
            return "refusal as " + r.contentType();
        }
        try {
            JsonObject p = Json.createReader(new StringReader(r.body())).readObject();
            if (p.getInt("status", -1) != r.status() || p.getString("title", "").isBlank()) {
                return "problem without its status or title";
            }
        } catch (RuntimeException e) {
            return "problem+json that is not JSON";
        }
        return null;
    }

    /** The path with each {parameter} replaced: an id that exists now and then (reads), else none that could. */
    private static String fill(String template, Random random, boolean unknownOnly) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(template);
        int last = 0;
        while (m.find()) {
            b.append(template, last, m.start());
            String v;
            int pick = random.nextInt(10);
            if (pick < 4 && !unknownOnly) {
                v = String.valueOf(1 + random.nextInt(60));
            } else if (pick < 7) {
                v = String.valueOf(1_000_000 + random.nextInt(1_000_000_000));
            } else {
                v = value(random, 300);
            }
            b.append(enc(v));
            last = m.end();
        }
        return b.append(template.substring(last)).toString();
    }

    private static String value(Random random, int longest) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> NASTY[random.nextInt(NASTY.length)];
            case 2 -> String.valueOf(random.nextInt(5) == 0 ? random.nextLong() : random.nextInt(100));
            case 3 -> "x".repeat(random.nextInt(longest) + 1);
            case 4 -> randomText(random, 1 + random.nextInt(Math.min(longest, 64)));
            default -> random.nextBoolean() ? "2025-06-30" : "SEMI_ANNUAL";
        };
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            b.appendCodePoint(kind == 0 ? 0x4E00 + random.nextInt(0x5000) : kind == 1 ? 0x20 + random.nextInt(0x5F)
                    : kind == 2 ? 0x80 + random.nextInt(0x700) : 0x1F600 + random.nextInt(0x40));
        }
        return b.toString();
    }

    private static final String[] FIELDS = {"version", "code", "titleZh", "titleEn", "nameZh", "planId", "parentId", "kind", "number",
        "deadline", "status", "percentDone", "taskReports", "indicatorValues", "taskId", "indicatorId", "value", "comment",
        "organisationId", "role", "coverage", "assignments", "milestones", "dueDate", "frequency", "firstPeriodStart",
        "participants", "reviewerId", "year", "parkId", "content", "projects", "tasks", "targets", "units", "text", "level",
        "relation", "targetYear", "baselineYear", "scopeId", "recognition", "provinceId", "parks", "email", "roles"};

    private static byte[] body(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> new byte[0];
            case 1 -> "{\"version\": 0, ".getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                byte[] b = new byte[random.nextInt(2000)];
                random.nextBytes(b);
                yield b;
            }
            case 3 -> ("<a>" + NASTY[random.nextInt(NASTY.length)] + "</a>").getBytes(StandardCharsets.UTF_8);
            case 4 -> ("\"" + "y".repeat(random.nextInt(300_000)) + "\"").getBytes(StandardCharsets.UTF_8);
            default -> object(random, 0).toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    private static JsonObject object(Random random, int depth) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            o.add(FIELDS[random.nextInt(FIELDS.length)], json(random, depth));
        }
        return o.build();
    }

    private static JsonValue json(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> JsonValue.NULL;
            case 1 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 2 -> Json.createValue(random.nextInt(7) == 0 ? Long.MAX_VALUE : random.nextInt(200) - 50);
            case 3 -> Json.createValue(random.nextDouble() * 1e12);
            case 4, 5 -> Json.createValue(value(random, 30_000));
            case 6 -> {
                JsonArrayBuilder a = Json.createArrayBuilder();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(random.nextBoolean() ? object(random, depth + 1) : json(random, depth + 1));
                }
                yield a.build();
            }
            default -> object(random, depth + 1);
        };
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
