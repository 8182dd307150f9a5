package org.policytracker.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.platform.json.Jsons;

/**
 * What a person typed into a form that could not be taken — the session had ended (the browser is sent through the
 * sign-in first) or the page's state was no longer known — kept in the (new) session and put back into the same page
 * when it is shown again, with a message to check and save once more. Nothing typed is lost to an expired session.
 * The page's template asks {@link #getJson()}; {@code resources/js/pending-form.js} fills the fields by name.
 */
@Named("pendingForm")
@RequestScoped
public class PendingForms {

    static final String ATTRIBUTE = PendingForms.class.getName();

    /** Longest form kept (characters over all fields): a form, not an upload. */
    static final int MOST_CHARACTERS = 1_000_000;

    @Inject
    HttpServletRequest request;

    @Inject
    Language language;

    private String json;
    private boolean taken;

    /** The fields of a page's form, for the page at {@code uri}. */
    record Pending(String uri, Map<String, List<String>> fields) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Keeps the fields of a form post for its page (everything but the Faces machinery: view state, the source of an
     * Ajax call); returns the address to show the page at again.
     */
    public static String keep(HttpServletRequest req) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int size = 0;
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().startsWith("jakarta.faces.") || e.getKey().startsWith("primefaces.")) {
                continue;
            }
            List<String> values = List.of(e.getValue());
            size += e.getKey().length() + values.stream().mapToInt(String::length).sum();
            if (size > MOST_CHARACTERS) {
                break;
            }
            fields.put(e.getKey(), values);
        }
        HttpSession session = req.getSession(true);
        session.setAttribute(ATTRIBUTE, new Pending(req.getRequestURI(), fields));
        return pageAddress(req);
    }

    /**
     * Where the form was shown: a Faces form posts to its page's path without the page's parameters (a report's
     * {@code ?id=44}), so the address the browser came from is taken when it is that same page of this server.
     */
    static String pageAddress(HttpServletRequest req) {
        String referer = req.getHeader("Referer");
        if (referer != null) {
            try {
                java.net.URI from = java.net.URI.create(referer);
                String host = req.getHeader("Host");
                if (from.getRawPath() != null && from.getRawPath().equals(req.getRequestURI())
                        && (host == null || host.equalsIgnoreCase(from.getRawAuthority()))) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall back to the form's own address
            }
        }
        return req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
    }

    /** Whether this page has a form to put back. */
    public boolean isPresent() {
        return getJson() != null;
    }

    /**
     * The kept fields as JSON, once (then they are dropped), when this page is the one they were typed into; safe to
     * write inside a script element.
     */
    public String getJson() {
        if (!taken) {
            taken = true;
            HttpSession session = request.getSession(false);
            Object kept = session == null ? null : session.getAttribute(ATTRIBUTE);
            if (kept instanceof Pending p && p.uri().equals(request.getRequestURI())) {
                session.removeAttribute(ATTRIBUTE);
                var b = Jsons.PROVIDER.createObjectBuilder();
                p.fields().forEach((k, v) -> b.add(k, Jsons.PROVIDER.createArrayBuilder(new ArrayList<Object>(v))));
                json = b.build().toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
            }
        }
        return json;
    }

    /** What the page says above the restored form, in its language. */
    public String getNotice() {
        return language.message("form.restored");
    }
}
