package org.policytracker.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} says whether a person can sign in here: Keycloak answers this instance (with a client that is
 * replaced after any failure, so an instance whose connection died recovers). By default readiness turns DOWN while
 * it does not (`policytracker.health.sign-in=readiness`); where the platform would then take every instance out of
 * service — and so end the work of people already signed in, which goes on without Keycloak — an operator sets
 * `report`: readiness stays UP and says {@code signIn: unavailable} (docs/operations.md).
 */
@Readiness
@ApplicationScoped
public class SignInReadiness implements HealthCheck {

    @Inject
    IdentityProvider identityProvider;

    @Inject
    @ConfigProperty(name = "policytracker.health.sign-in", defaultValue = "readiness")
    String mode;

    @Override
    public HealthCheckResponse call() {
        boolean up = identityProvider.reachable();
        boolean decides = !"report".equalsIgnoreCase(mode.strip());
        return HealthCheckResponse.named("sign-in").status(up || !decides)
                .withData("signIn", up ? "available" : "unavailable")
                .build();
    }
}
