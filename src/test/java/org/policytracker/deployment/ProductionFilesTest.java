package org.policytracker.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What production is given holds no demo: the realm it imports (keycloak/production) has no demo user, no localhost
 * address, no published secret, no password grant, and the hardening the demo realm leaves out; the compose file takes
 * every secret from the environment and runs Keycloak in production mode over TLS.
 */
class ProductionFilesTest {

    static final List<String> DEMO_USERS = List.of("shaanxi.office", "shaanxi.water", "xian.bureau", "jiaozuo.bureau",
            "wen.county", "xetdz.committee", "xahtz.committee", "ndrc.reader", "inspector");

    @Test
    void theProductionRealmHasNoDemoUserNoLocalAddressNoKnownSecretAndIsHardened() throws Exception {
        String text = Files.readString(Path.of("keycloak/production/policy-tracker-realm.json"));
        JsonObject realm = Json.createReader(new StringReader(text)).readObject();
        for (String demo : DEMO_USERS) {
            assertFalse(text.contains("\"" + demo + "\""), demo);
        }
        assertFalse(text.contains("Demo-"), "a demo password");
        assertFalse(text.contains("localhost") || text.contains("127.0.0.1"), "a local address");
        assertFalse(text.contains("dev-secret"), "the published client secret");
        // one user: the administrator, from the environment, with a password to change at first sign-in
        assertEquals(1, realm.getJsonArray("users").size());
        JsonObject admin = realm.getJsonArray("users").getJsonObject(0);
        assertEquals("${POLICYTRACKER_ADMIN_USERNAME}", admin.getString("username"));
        assertTrue(admin.getJsonArray("credentials").getJsonObject(0).getBoolean("temporary"));
        // clients: the web client only, its secret and addresses from the environment, no password grant
        assertEquals(1, realm.getJsonArray("clients").size());
        JsonObject web = realm.getJsonArray("clients").getJsonObject(0);
        assertEquals("policy-tracker-web", web.getString("clientId"));
        assertEquals("${POLICYTRACKER_OIDC_CLIENT_SECRET}", web.getString("secret"));
        assertFalse(web.getBoolean("directAccessGrantsEnabled"));
        assertFalse(web.getBoolean("publicClient"));
        web.getJsonArray("redirectUris").getValuesAs(jakarta.json.JsonString.class)
                .forEach(u -> assertTrue(u.getString().startsWith("${POLICYTRACKER_URL}"), u.getString()));
        // hardening: password policy, brute-force detection, login events
        String policy = realm.getString("passwordPolicy");
        assertTrue(policy.contains("length(12)") && policy.contains("notUsername") && policy.contains("passwordHistory"), policy);
        assertTrue(realm.getBoolean("bruteForceProtected"));
        assertTrue(realm.getInt("failureFactor") <= 5);
        assertTrue(realm.getBoolean("eventsEnabled") && realm.getBoolean("adminEventsEnabled"));
        assertEquals("external", realm.getString("sslRequired"));
        // the same roles, mappers and user profile as the demo realm: only users, clients and hardening differ
        JsonObject demo = Json.createReader(new StringReader(Files.readString(Path.of("keycloak/policy-tracker-realm.json")))).readObject();
        assertEquals(demo.get("roles"), realm.get("roles"));
        assertEquals(demo.get("components"), realm.get("components"));
    }

    @Test
    void theComposeFileTakesEverySecretFromTheEnvironmentAndRunsKeycloakInProductionMode() throws Exception {
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        assertFalse(compose.contains("change-me") || compose.contains("Demo-") || compose.contains("dev-secret"), "a default secret");
        for (String secret : List.of("POLICYTRACKER_DB_PASSWORD", "MYSQL_ROOT_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD",
                "POLICYTRACKER_OIDC_CLIENT_SECRET", "POLICYTRACKER_ADMIN_PASSWORD", "POLICYTRACKER_METRICS_PASSWORD")) {
            assertTrue(compose.contains("${" + secret + ":?"), secret + " required from the environment");
        }
        assertTrue(compose.contains("\"start\"") && !compose.contains("start-dev"), "Keycloak in production mode");
        assertTrue(compose.contains("--https-certificate-file") && compose.contains("--http-enabled=false"), "Keycloak over TLS only");
        assertTrue(compose.contains("../keycloak/production:/opt/keycloak/data/import"), "the production realm");
        assertTrue(compose.contains("sslMode=REQUIRED") && compose.contains("--require-secure-transport=ON"), "MySQL over TLS");
        assertTrue(compose.contains("restart: unless-stopped"));
        String preboot = Files.readString(Path.of("src/main/payara/pre-boot.asadmin"));
        assertTrue(preboot.contains("microprofile-metrics-configuration.security-enabled=true")
                && preboot.contains("microprofile-metrics-configuration.roles=metrics-scraper"), "/metrics only to the scraper");
        String image = Files.readString(Path.of("docker/Dockerfile"));
        assertTrue(image.contains("preboot.sh") && image.contains("\"--sslport\", \"8443\""), "the image's /metrics over HTTPS");
    }
}
