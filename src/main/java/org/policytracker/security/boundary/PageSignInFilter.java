package org.policytracker.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.policytracker.platform.web.PendingForms;
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
 * <p>A form sent after the session ended (cookie gone, session expired) is not passed to the sign-in: its fields are
 * kept ({@link PendingForms}) and the page is asked for again, which signs the person in and shows the form with what
 * was typed and a message.
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
            if ("POST".equals(req.getMethod())) {
                // a form sent after the session ended: what was typed is kept, the page is asked for again (which
                // signs the person in) and shows it back; the post itself is never replayed through the sign-in
                resp.sendRedirect(PendingForms.keep(req));
                return;
            }
            if (!identityProvider.reachable()) {
                SignInUnavailablePage.send(req, resp, false);
                return;
            }
            if ("GET".equals(req.getMethod())) {
                // where to come back to: Soteria's replay after the login arrives with the callback's parameters
                req.getSession(true).setAttribute(SIGN_IN_FROM, req.getRequestURI() + query(req));
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
            resp.sendRedirect(signedInFrom(req)); // the page first asked for, with its own parameters (a report's ?id=44)
            return;
        }
        // by the container's roles: CurrentUser is left to the page's own transaction
        if (java.util.Arrays.stream(Role.ALL).noneMatch(req::isUserInRole)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(req, resp);
    }

    private static final String SIGN_IN_FROM = PageSignInFilter.class.getName() + ".from";

    /** The address the sign-in began at, when it is this page; else this page without parameters. */
    private static String signedInFrom(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        Object from = session == null ? null : session.getAttribute(SIGN_IN_FROM);
        if (from instanceof String address && (address.equals(req.getRequestURI()) || address.startsWith(req.getRequestURI() + "?"))) {
            session.removeAttribute(SIGN_IN_FROM);
            return address;
        }
        return req.getRequestURI();
    }

    /** The query string of a (possibly stand-in) request, with its '?', or nothing. */
    private static String query(HttpServletRequest req) {
        try {
            String q = req.getQueryString();
            return q == null || q.isEmpty() ? "" : "?" + q;
        } catch (RuntimeException standInWithout) {
            return "";
        }
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
