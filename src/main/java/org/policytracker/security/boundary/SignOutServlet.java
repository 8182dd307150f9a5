package org.policytracker.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signing out: ends the application's session and Keycloak's (its end-session endpoint), then comes
 * back to the start page, which asks for a login again.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    OidcConfig oidc;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        HttpSession session = req.getSession(false);
        req.logout();
        if (session != null) {
            session.invalidate();
        }
        String back = req.getRequestURL().toString().replaceAll("/logout$", "/");
        resp.sendRedirect(oidc.getProviderUri() + "/protocol/openid-connect/logout?client_id="
                + URLEncoder.encode(oidc.getClientId(), StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
}
