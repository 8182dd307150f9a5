package org.policytracker.platform.rest;

import org.policytracker.platform.json.Jsons;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.web.Html;

/**
 * Refusals the web container gives before the application sees the request (a path that leaves the
 * application with "..%2F", a forbidden or missing resource, a request too large): problem+json for the
 * API like every other refusal, and a short page in both languages for a person — never the server's
 * own error page. (A request the HTTP server itself cannot take — a NUL or a backslash in the path, a
 * DELETE with a body — is refused with an empty 400 before it reaches any application; docs/security.md.)
 */
@WebServlet("/problem/container")
public class ContainerProblem extends HttpServlet {

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        if (status == 501) {
            // a method no part of the application takes (PATCH on a path that left it): a refusal, not a server fault
            status = 405;
        }
        String uri = String.valueOf(req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Locale locale = req.getHeader("Accept-Language") == null ? Messages.CHINESE
                : Messages.fromAcceptLanguage(Collections.list(req.getLocales()));
        String title = Messages.get(locale, "problem.http." + status);
        if (title.startsWith("problem.http.")) {
            title = "HTTP " + status;
        }
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        if (uri.startsWith(req.getContextPath() + "/api")) {
            resp.setContentType(Problem.MEDIA_TYPE);
            resp.getWriter().write(Jsons.PROVIDER.createObjectBuilder()
                    .add("type", "urn:policytracker:problem:http-" + status)
                    .add("title", title)
                    .add("status", status)
                    .add("detail", Messages.get(locale, "problem.container.detail"))
                    .build().toString());
            return;
        }
        resp.setContentType("text/html");
        String zh = Messages.get(Messages.CHINESE, "problem.http." + status);
        String en = Messages.get(Locale.ENGLISH, "problem.http." + status);
        resp.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + status
                + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>" + status + " " + Html.escape(zh) + "</h1><p>"
                + Html.escape(en) + "</p><p><a href=\"" + Html.escape(req.getContextPath()) + "/\">首页 / Home</a></p></body></html>");
    }
}
