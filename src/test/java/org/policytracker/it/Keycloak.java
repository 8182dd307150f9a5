package org.policytracker.it;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The test Keycloak's admin side: its bootstrap administrator (admin/admin, master realm). */
final class Keycloak {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /** A genuine token of the same server's master realm: right server, wrong issuer and key. */
    static String masterAdminToken() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(
                        URI.create(Http.keycloak() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=admin-cli&grant_type=password&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("master token: " + r.statusCode() + " " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
    }

    static void setAccessTokenLifespan(String adminToken, int seconds) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.keycloak() + "/admin/realms/policy-tracker"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\":" + seconds + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204) {
            throw new IllegalStateException("realm update: " + r.statusCode() + " " + r.body());
        }
    }
}
