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

    // HTTP/1.1 as browsers speak it to a plain-http server (no h2c upgrade, which Grizzly can leave hanging on a request with a body)
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The demo users of keycloak/policy-tracker-realm.json and their passwords (also in README.md). */
    static final java.util.Map<String, String> DEMO_USERS = java.util.Map.of(
            "shaanxi.office", "Demo-Office-2024",
            "shaanxi.water", "Demo-Water-2024",
            "xian.bureau", "Demo-Xian-2024",
            "jiaozuo.bureau", "Demo-Jiaozuo-2024",
            "wen.county", "Demo-Wen-2024",
            "xetdz.committee", "Demo-Park-2024", "xahtz.committee", "Demo-Park2-2024",
            "ndrc.reader", "Demo-Ndrc-2024",
            "inspector", "Demo-Audit-2024",
            "admin", "Demo-Admin-2024");

    /** user → {token, when fetched} */
    private static final java.util.Map<String, String[]> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String root;
    private final String language;
    private final String token;
    /** The {@code Prefer} header sent with every request (null: none). */
    private final String prefer;

    /** The same URL on localhost: Payara Micro reports the machine's network address, tests stay on loopback. */
    static URL local(URL url) {
        try {
            return new URI(url.getProtocol(), null, "localhost", url.getPort(), url.getPath(), null, null).toURL();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Anonymous: no Authorization header. */
    Http(URL base, String language) {
        this(base, language, null);
    }

    private Http(URL base, String language, String token) {
        this(base, language, token, null);
    }

    private Http(URL base, String language, String token, String prefer) {
        String s = local(base).toString();
        this.root = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        this.language = language;
        this.token = token;
        this.prefer = prefer;
    }

    /** Signed in as a demo user, with an access token from the real Keycloak the build started. */
    static Http as(URL base, String user, String language) {
        // an access token lives 5 minutes (keycloak/ realm): one older than 4 is fetched anew
        long now = System.currentTimeMillis();
        String[] held = TOKENS.compute(user, (u, t) -> t != null && now - Long.parseLong(t[1]) < 240_000 ? t
                : new String[] {tokenFor(u, DEMO_USERS.get(u), keycloak()), String.valueOf(now)});
        return new Http(base, language, held[0]);
    }

    /** The same requests, each sending {@code Prefer: return=minimal}. */
    Http minimal() {
        try {
            return new Http(URI.create(root).toURL(), language, token, "return=minimal");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same requests with another (possibly broken) token. */
    Http withToken(String rawToken) {
        try {
            return new Http(URI.create(root).toURL(), language, rawToken);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String keycloak() {
        return "http://localhost:" + System.getProperty("it.kc.port", "18180");
    }

    /** A token by the password grant of the public CLI client, from the given Keycloak base URL. */
    static String tokenFor(String user, String password, String keycloakBase) {
        try {
            String form = "client_id=policy-tracker-cli&grant_type=password&username=" + user + "&password=" + password;
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(
                            URI.create(keycloakBase + "/realms/policy-tracker/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
            }
            return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server itself, for Payara's /health, /openapi and /metrics. */
    String serverRoot() {
        URI u = URI.create(root);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    /** The scraper's account for /metrics (scripts/preboot.sh, pom.xml it.metrics.password). */
    static final String METRICS_USER = "metrics";

    /**
     * Payara's /metrics as a Prometheus scraper reads it: over HTTPS on the test server's SSL port (its
     * self-signed certificate trusted for this call only) with Basic credentials; {@code user} null sends none.
     */
    static Reply metrics(String query, String user, String password) {
        try {
            javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
            tls.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, null);
            URL url = URI.create("https://localhost:" + System.getProperty("it.ssl.port", "18443") + "/metrics" + query).toURL();
            javax.net.ssl.HttpsURLConnection c = (javax.net.ssl.HttpsURLConnection) url.openConnection();
            c.setSSLSocketFactory(tls.getSocketFactory());
            c.setHostnameVerifier((host, session) -> "localhost".equals(host));
            c.setConnectTimeout(5000);
            c.setReadTimeout(30000);
            c.setRequestProperty("Accept", "text/plain");
            if (user != null) {
                c.setRequestProperty("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            int status = c.getResponseCode();
            java.io.InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
            String body = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new Reply(status, c.getContentType() == null ? "" : c.getContentType(), body, null);
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** /metrics read by the scraper's account. */
    static Reply metrics(String query) {
        return metrics(query, METRICS_USER, System.getProperty("it.metrics.password", "It-Metrics-2026"));
    }

    /** An answer: status, content type, body, and the preference the server applied (Preference-Applied), if any. */
    record Reply(int status, String contentType, String body, String preferenceApplied) {
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

    Reply get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", accept));
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

    Reply upload(String path, String contentType, byte[] bytes) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    Reply uploadPut(String path, String contentType, byte[] bytes) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** Any method, any body, any content type (null: none), as a client that does not follow the rules would send it. */
    Reply raw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** The bytes of a download (status 200 expected; anything else fails). */
    byte[] download(String path) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("download " + path + ": " + r.statusCode() + " " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer as bytes (a workbook, a document), whatever its status. */
    record Raw(int status, String contentType, byte[] body) {
    }

    Raw fetch(String path, String accept) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120)).header("Accept", accept)
                    .header("Accept-Language", language).GET();
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(root + path);
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpRequest probe = b.copy().build();
            b.timeout(Duration.ofSeconds(60)).header("Accept-Language", language);
            if (prefer != null) {
                b.header("Prefer", prefer);
            }
            if (probe.headers().firstValue("Accept").isEmpty()) {
                b.header("Accept", "application/json, application/problem+json");
            }
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Preference-Applied").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v == JsonValue.NULL ? null : o.getString(key);
    }
}
