package org.policytracker.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.policytracker.security.boundary.OidcConfig;

/**
 * Whether Keycloak answers: asked before a browser is sent to its login page, so that a person gets a
 * clear page of ours while it is away instead of the browser's own connection error. The answer is kept
 * two seconds (a sign-in storm does not become a probe storm; a browser sent to a Keycloak that has just gone
 * away meets at most those two seconds); a probe waits at most two seconds.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final Logger LOG = Logger.getLogger(IdentityProvider.class.getName());
    private static final long KEEP_UP_MS = 2_000;
    private static final long KEEP_DOWN_MS = 2_000;

    @Inject
    OidcConfig oidc;

    /** Replaced after any failure: a client whose selector thread died (an OutOfMemoryError elsewhere) never answers again. */
    private volatile HttpClient client = newClient();

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }
    private volatile boolean up = true;
    private volatile long checkedAt;

    /** True when Keycloak's discovery document answered recently. */
    public boolean reachable() {
        long now = System.currentTimeMillis();
        if (now - checkedAt < (up ? KEEP_UP_MS : KEEP_DOWN_MS)) {
            return up;
        }
        return probe();
    }

    /** Asks Keycloak now (after a sign-in failed, say), not from what was kept. */
    public boolean probe() {
        boolean answer;
        HttpClient used = client;
        try {
            // the caller's own deadline: the client's timeout needs its selector thread, which may be gone
            HttpResponse<Void> r = used.sendAsync(HttpRequest.newBuilder(
                            URI.create(oidc.getProviderUri() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .get(3, java.util.concurrent.TimeUnit.SECONDS);
            answer = r.statusCode() == 200;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            answer = false;
            if (client == used) {
                client = newClient(); // a fresh client for the next probe
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = false;
        }
        if (answer != up) {
            boolean nowUp = answer;
            LOG.warning(() -> nowUp ? "Keycloak answers again: " + oidc.getProviderUri()
                    : "Keycloak does not answer: " + oidc.getProviderUri() + " (new sign-ins get the 'sign-in unavailable' page)");
        }
        up = answer;
        checkedAt = System.currentTimeMillis();
        return answer;
    }
}
