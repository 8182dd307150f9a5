package org.policytracker.security.boundary;

import org.policytracker.platform.json.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.policytracker.security.control.CurrentUser;
import org.policytracker.security.control.Role;

/**
 * Who am I, for a signed-in browser: the first protected page. Opening it without a session sends
 * the browser to Keycloak's login page and back.
 */
@WebServlet("/me")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"plan-office", "provincial-department", "city-bureau", "county",
    "park-committee", "national-reader", "auditor", "administrator"}))
public class MeServlet extends HttpServlet {

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArrayBuilder roles = Jsons.PROVIDER.createArrayBuilder();
        user.roles().stream().map(Role::claim).sorted().forEach(roles::add);
        resp.setContentType("application/json;charset=UTF-8");
        resp.getWriter().write(Jsons.PROVIDER.createObjectBuilder()
                .add("user", String.valueOf(user.name()))
                .add("organisation", String.valueOf(user.organisationCode()))
                .add("roles", roles)
                .build().toString());
    }
}
