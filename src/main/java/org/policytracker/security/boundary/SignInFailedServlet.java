package org.policytracker.security.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where a sign-in that came back unusable ends (a callback with an unknown, used or forged {@code state} or
 * {@code code}; {@code DualAuthenticationMechanism} sends the browser here): a page in Chinese and English saying the
 * sign-in did not complete, nothing was lost, and a link to sign in again — never the container's error page.
 */
@WebServlet("/signin-failed")
public class SignInFailedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SignInUnavailablePage.sendFailed(req, resp);
    }
}
