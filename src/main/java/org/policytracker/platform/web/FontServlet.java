package org.policytracker.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Serves the application's CJK font (Noto Sans SC, the one the PDF reports embed) to the pages, so
 * Chinese reads the same on a desk without Chinese fonts and in the test browser. Cached for a year.
 */
@WebServlet("/fonts/*")
public class FontServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FONTS = Set.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!FONTS.contains(name)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = FontServlet.class.getClassLoader().getResourceAsStream("fonts/noto-sans-sc/" + name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType("font/ttf");
            resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            in.transferTo(resp.getOutputStream());
        }
    }
}
