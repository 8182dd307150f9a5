package org.policytracker.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.web.Html;

/**
 * What a browser gets instead of Keycloak's login page while Keycloak does not answer: a 503 page in
 * Chinese and English (the person is not signed in, so no language was chosen yet) that says what is
 * wrong, that nothing was lost, and offers to try again. Signed-in people keep working meanwhile.
 */
final class SignInUnavailablePage {

    private SignInUnavailablePage() {
    }

    /** @param signedOut the person has just signed out here (Keycloak's own sign-out could not be reached) */
    static void send(HttpServletRequest req, HttpServletResponse resp, boolean signedOut) throws IOException {
        send(req, resp, signedOut, "signin.unavailable", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /**
     * The answer to a sign-in that came back unusable (the callback with an unknown, used or forged {@code state} or
     * {@code code}): 400 and the same page, saying the sign-in did not complete, with a link to start again.
     */
    static void sendFailed(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        send(req, resp, false, "signin.failed", HttpServletResponse.SC_BAD_REQUEST);
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, boolean signedOut, String key, int status)
            throws IOException {
        resp.reset();
        resp.setStatus(status);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            resp.setHeader("Retry-After", "30");
        }
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("text/html;charset=UTF-8");
        String again = req.getContextPath() + "/";
        if (!signedOut && "GET".equals(req.getMethod()) && status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            again = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        }
        PrintWriter out = resp.getWriter();
        out.print("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
        out.print(Html.escape(text(Messages.CHINESE, key + ".title")) + " · " + Html.escape(text(Locale.ENGLISH, key + ".title")));
        out.print("</title><link rel=\"stylesheet\" href=\"" + Html.escape(req.getContextPath()) + "/resources/css/app.css\"></head>"
                + "<body><main id=\"" + key.replace('.', '-') + "\" class=\"unavailable\" role=\"main\">");
        for (Locale l : Messages.SUPPORTED) {
            out.print("<section lang=\"" + (l == Locale.ENGLISH ? "en" : "zh-CN") + "\"><h1>" + Html.escape(text(l, key + ".title"))
                    + "</h1>");
            if (signedOut) {
                out.print("<p>" + Html.escape(text(l, "signin.unavailable.signedOut")) + "</p>");
            }
            out.print("<p>" + Html.escape(text(l, key + ".detail")) + "</p></section>");
        }
        out.print("<p><a id=\"try-again\" href=\"" + Html.escape(again) + "\">" + Html.escape(text(Messages.CHINESE, key + ".retry"))
                + " / " + Html.escape(text(Locale.ENGLISH, key + ".retry")) + "</a></p></main></body></html>");
    }

    private static String text(Locale l, String key) {
        return Messages.get(l, key);
    }
}
