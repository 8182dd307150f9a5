package org.policytracker.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import org.policytracker.security.control.IdentityProvider;
import org.policytracker.security.control.Role;

/**
 * The web pages are for signed-in people with a role of this application. A page opened without a
 * session starts the sign-in through Keycloak ({@code request.authenticate}, handled by
 * {@link WebSignIn}); a signed-in person without a role gets 403. (Not web.xml security
 * constraints: Payara's MP-JWT deployer refuses those next to {@code @LoginConfig}.)
 *
 * <p>Back from the login page, Jakarta Security (Soteria) replays the page first asked for with a
 * stand-in request whose parameters are missing when that page had none, so reading any parameter
 * fails (eclipse-ee4j/soteria#333) — and Faces reads parameters on every request. Such a request is
 * sent once more to the same address: a plain request of the now signed-in session.
 *
 * <p>While Keycloak does not answer, a browser without a session gets {@link SignInUnavailablePage}
 * (503, Chinese and English) instead of being sent to a login page that cannot load; sessions already
 * signed in need no Keycloak and go on.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/"})
public class PageSignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IdentityProvider identityProvider;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        req.setCharacterEncoding("UTF-8"); // before anything reads a parameter
        if (req.getUserPrincipal() == null) {
            if (!identityProvider.reachable()) {
                SignInUnavailablePage.send(req, resp, false);
                return;
            }
            boolean signedIn;
            try {
                signedIn = req.authenticate(resp);
            } catch (ServletException | RuntimeException e) {
                // Keycloak went away between the probe and this sign-in (its metadata or token endpoint failed)
                if (!resp.isCommitted() && !identityProvider.probe()) {
                    SignInUnavailablePage.send(req, resp, false);
                    return;
                }
                throw e;
            }
            if (!signedIn || req.getUserPrincipal() == null) {
                return; // on the way to the login page
            }
        }
        if ("GET".equals(req.getMethod()) && replayed(req)) {
            resp.sendRedirect(req.getRequestURI());
            return;
        }
        // by the container's roles: CurrentUser is left to the page's own transaction
        if (java.util.Arrays.stream(Role.ALL).noneMatch(req::isUserInRole)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(req, resp);
    }

    private static boolean replayed(HttpServletRequest req) {
        try {
            if (req.getParameterMap() == null) {
                return true;
            }
            req.getParameter("jakarta.faces.ViewState");
            return false;
        } catch (NullPointerException e) {
            return true;
        }
    }
}
