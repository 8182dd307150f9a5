package org.policytracker.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;

/**
 * ClusterIT's look into a browser's session (in that test's WAR only): every attribute serialized as the data
 * grid would, and what cannot be, with the class that stops it. Plain text.
 */
@WebServlet("/test/session-check")
public class SessionCheckServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        HttpSession session = req.getSession(false);
        StringBuilder out = new StringBuilder();
        if (session == null) {
            out.append("no session\n");
        } else {
            for (String name : Collections.list(session.getAttributeNames())) {
                try (ObjectOutputStream o = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                    o.writeObject(session.getAttribute(name));
                    out.append("ok ").append(name).append('\n');
                } catch (Exception e) {
                    out.append("NOT SERIALIZABLE ").append(name).append(": ").append(e).append('\n');
                }
            }
        }
        resp.getWriter().print(out);
    }
}
