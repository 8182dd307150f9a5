package org.policytracker.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The browser sign-in's settings, for the expressions of {@link WebSignIn}. */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "policytracker.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/policy-tracker")
    String providerUri;

    @Inject
    @ConfigProperty(name = "policytracker.oidc.client-id", defaultValue = "policy-tracker-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "policytracker.oidc.client-secret", defaultValue = "policy-tracker-web-dev-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
