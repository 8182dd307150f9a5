package org.policytracker.it;

import org.policytracker.platform.time.Shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup script (scripts/backup.sh, docs/operations.md) against the tests' database while the application
 * runs: a piece of evidence is uploaded, the database is dumped, the dump is restored into an empty database,
 * and that database holds every table with the same rows and every attachment's bytes unchanged; a restore
 * into a database that is not empty is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupIT {

    @ArquillianResource
    URL base;

    private static final String PORT = System.getProperty("it.db.port", "13306");

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithEveryRowAndEveryAttachment() throws Exception {
        String sha256 = evidenceUploaded();
        Path dir = Path.of("target", "backup-it");
        Files.createDirectories(dir);
        Path file = dir.resolve("backup-" + System.nanoTime() + ".sql.gz");
        Result backup = script(Map.of(), "backup", file.toString());
        assertEquals(0, backup.exit(), backup.output());
        assertTrue(Files.size(file) > 0 && Files.exists(Path.of(file + ".manifest")), backup.output());

        String restored = "restored_" + System.nanoTime() % 1_000_000;
        Result created = run(List.of("bash", "scripts/db.sh", "client", "-e", "CREATE DATABASE " + restored
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL ON " + restored + ".* TO 'policytracker'@'127.0.0.1';"
                + " GRANT ALL ON " + restored + ".* TO 'policytracker'@'localhost';"), Map.of());
        assertEquals(0, created.exit(), created.output());
        try {
            Result restore = script(Map.of("DB_NAME", restored), "restore", file.toString());
            assertEquals(0, restore.exit(), restore.output());
            assertTrue(restore.output().contains("matches"), "the script's own check: " + restore.output());

            // checked apart from the script: every table, row for row in number; the evidence's bytes by their SHA-256
            try (Connection live = connect("policytracker"); Connection copy = connect(restored)) {
                Map<String, Long> before = counts(live);
                Map<String, Long> after = counts(copy);
                assertTrue(before.size() >= 30, before::toString);
                assertEquals(before, after);
                try (Statement s = copy.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM attachment a "
                        + "JOIN attachment_content c ON c.attachment_id = a.id WHERE SHA2(c.content, 256) = a.sha256 AND a.sha256 = '"
                        + sha256 + "'")) {
                    r.next();
                    assertEquals(1, r.getInt(1), "the uploaded evidence, byte for byte");
                }
                try (Statement s = copy.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history WHERE success = 1")) {
                    r.next();
                    assertTrue(r.getInt(1) >= 10, "the schema version travels with the data");
                }
            }

            // a database that is not empty is not overwritten
            Result again = script(Map.of("DB_NAME", restored), "restore", file.toString());
            assertNotEquals(0, again.exit());
            assertTrue(again.output().contains("not empty"), again.output());
        } finally {
            run(List.of("bash", "scripts/db.sh", "client", "-e", "DROP DATABASE IF EXISTS " + restored), Map.of());
        }
    }

    /** Uploads a PDF to Xi'an's report in a new cycle; its SHA-256. */
    private String evidenceUploaded() {
        Http office = Http.as(base, "shaanxi.office", "en");
        LocalDate today = LocalDate.now(Shanghai.ZONE);
        String start = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1).toString();
        String code = "BACKUP-" + System.nanoTime() % 1_000_000;
        Http.Reply cycle = office.post("/api/cycles", Json.createObjectBuilder().add("code", code)
                .add("planId", id(office, "/api/plans?q=SN-2024-IWR", "SN-2024-IWR"))
                .add("nameZh", "备份测试周期 " + code).add("frequency", "SEMI_ANNUAL").add("dueDaysAfterPeriod", 10)
                .add("reviewerId", id(office, "/api/organisations?size=500&q=610000.IIT", "610000.IIT")).add("firstPeriodStart", start)
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("organisationId", id(office, "/api/organisations?size=500&q=610100.IIT", "610100.IIT"))))
                .build().toString());
        assertEquals(201, cycle.status(), cycle::toString);
        Http xian = Http.as(base, "xian.bureau", "en");
        JsonObject slot = xian.get("/api/submissions?cycle=" + cycle.object().getInt("id")).object().getJsonArray("items").getJsonObject(0);
        byte[] pdf = ("%PDF-1.4\n% 备份测试 " + code + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        Http.Reply up = xian.upload("/api/submissions/" + slot.getInt("id") + "/attachments?name=backup-test.pdf", "application/pdf", pdf);
        assertEquals(201, up.status(), up::toString);
        return up.object().getString("sha256");
    }

    private static int id(Http http, String query, String code) {
        return http.get(query).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    private static Connection connect(String database) throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + PORT + "/" + database
                + "?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", "policytracker", "policytracker");
    }

    private static Map<String, Long> counts(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + t + "`")) {
                r.next();
                out.put(t, r.getLong(1));
            }
        }
        return out;
    }

    record Result(int exit, String output) {
    }

    private static Result script(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/backup.sh"));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DB_PORT", PORT);
        pb.environment().put("DB_DIR", System.getProperty("it.db.dir", "target/it-db"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
