package org.policytracker.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.policytracker.platform.i18n.Messages;

/** The language of the person behind a request: {@code ?lang=}, else Accept-Language, else Chinese. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Messages.CHINESE;
        }
        try {
            return Messages.fromAcceptLanguage(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            // a malformed Accept-Language header must not turn a clear refusal into a 500
            return Messages.CHINESE;
        }
    }
}
