package org.policytracker.platform.rest;

import org.policytracker.platform.json.Jsons;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.policytracker.platform.i18n.Messages;

/** The body of a 401 (no, expired, altered or foreign token): problem+json like every other refusal. */
@WebServlet("/problem/unauthorized")
public class UnauthorizedProblem extends HttpServlet {

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = Messages.fromAcceptLanguage(Collections.list(req.getLocales()));
        if (req.getHeader("Accept-Language") == null) {
            locale = Messages.CHINESE;
        }
        resp.setStatus(401);
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(Jsons.PROVIDER.createObjectBuilder()
                .add("type", "urn:policytracker:problem:unauthorized")
                .add("title", Messages.get(locale, "problem.unauthorized.title"))
                .add("status", 401)
                .add("detail", Messages.get(locale, "problem.unauthorized.detail"))
                .build().toString());
    }
}
