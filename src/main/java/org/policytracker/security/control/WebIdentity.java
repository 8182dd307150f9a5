package org.policytracker.security.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;

/**
 * Who signed in on this browser session, as the ID token said (user name, {@code org} claim, {@code groups}):
 * what the application needs of a sign-in, kept in the HTTP session as plain, serializable data. With two
 * nodes the session travels through Payara's data grid, and Soteria's own OpenID Connect context (its
 * tokens) cannot be serialized; this can, so a browser stays signed in on the other node.
 */
public record WebIdentity(String name, String organisationCode, List<String> groups, String idToken) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = WebIdentity.class.getName();

    public WebIdentity {
        groups = List.copyOf(groups);
    }

    /** The identity of the request's session, if it has signed in. */
    public static WebIdentity of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof WebIdentity w ? w : null;
    }

    void keepIn(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }
}
