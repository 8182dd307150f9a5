package org.policytracker.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for the integration tests (JDK HttpClient + JSON-P). */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String root;
    private final String language;

    Http(URL base, String language) {
        String s = base.toString();
        this.root = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        this.language = language;
    }

    /** The server itself, for Payara's /health, /openapi and /metrics. */
    String serverRoot() {
        URI u = URI.create(root);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    record Reply(int status, String contentType, String body) {
        JsonObject object() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply getAbsolute(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", accept));
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create(root + path);
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpRequest probe = b.copy().build();
            b.timeout(Duration.ofSeconds(60)).header("Accept-Language", language);
            if (probe.headers().firstValue("Accept").isEmpty()) {
                b.header("Accept", "application/json, application/problem+json");
            }
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v == JsonValue.NULL ? null : o.getString(key);
    }
}
