package org.policytracker.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.policytracker.security.control.WebIdentity;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.policytracker.security.control.IdentityProvider;

/**
 * Signing out: ends the application's session and Keycloak's (its end-session endpoint), then comes
 * back to the start page, which asks for a login again. While Keycloak does not answer, the session
 * here is ended all the same and the person is told so (not sent to an address that cannot load).
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    OidcConfig oidc;

    @Inject
    IdentityProvider identityProvider;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // the application's sign-in lives in the HTTP session (not request.logout(): the OpenID Connect
        // mechanism would answer that request itself, leaving no room for Keycloak's end-session redirect)
        HttpSession session = req.getSession(false);
        WebIdentity signedIn = WebIdentity.of(req);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // nothing left to end
            }
        }
        if (!identityProvider.reachable()) {
            SignInUnavailablePage.send(req, resp, true);
            return;
        }
        String back = req.getRequestURL().toString().replaceAll("/logout$", "/");
        // with the ID token as a hint Keycloak ends its session at once (RP-initiated logout), without asking
        String hint = signedIn == null || signedIn.idToken() == null ? ""
                : "&id_token_hint=" + URLEncoder.encode(signedIn.idToken(), StandardCharsets.UTF_8);
        resp.sendRedirect(oidc.getProviderUri() + "/protocol/openid-connect/logout?client_id="
                + URLEncoder.encode(oidc.getClientId(), StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(back, StandardCharsets.UTF_8) + hint);
    }
}
