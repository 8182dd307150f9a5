package org.policytracker.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Browser sign-in through Keycloak (OpenID Connect, authorization-code flow, confidential client
 * {@code policy-tracker-web}). Provider, client and secret come from MicroProfile Config
 * ({@code policytracker.oidc.*}). The application never sees a password.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class WebSignIn {
}
