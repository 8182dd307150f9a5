package org.policytracker.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The client's {@code Prefer} header (RFC 7240). {@code Prefer: return=minimal} asks a write to answer with the
 * little a client needs to go on (the record's id, new version and state) instead of the whole record written back;
 * the answer then says {@code Preference-Applied: return=minimal}.
 */
public final class Preferences {

    public static final String APPLIED = "Preference-Applied";
    public static final String RETURN_MINIMAL = "return=minimal";

    private Preferences() {
    }

    /** Whether the request prefers a minimal answer. */
    public static boolean minimal(HttpHeaders headers) {
        List<String> values = headers == null ? null : headers.getRequestHeader("Prefer");
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String preference : value.split(",")) {
                // a preference may carry parameters after ';'; spaces around '=' are allowed
                String token = preference.split(";", 2)[0].replace(" ", "").replace("\"", "").toLowerCase(Locale.ROOT);
                if (token.equals(RETURN_MINIMAL)) {
                    return true;
                }
            }
        }
        return false;
    }
}
