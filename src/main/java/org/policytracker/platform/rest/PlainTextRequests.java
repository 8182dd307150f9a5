package org.policytracker.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.policytracker.platform.validation.PlainText;

/**
 * Every text a request carries — each field of a JSON body, each query parameter (a file's name) — is checked for
 * characters a person's text may not hold ({@link PlainText}) before any operation sees it: refused with 400 naming
 * the field and the character. One place for every operation, including any added later.
 */
@Provider
@PreMatching
public class PlainTextRequests implements ContainerRequestFilter, ReaderInterceptor {

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> p : request.getUriInfo().getQueryParameters(true).entrySet()) {
            for (String v : p.getValue()) {
                int i = PlainText.badIndex(v);
                if (i >= 0) {
                    throw new InvalidRequestException(p.getKey(), "text.badCharacter", PlainText.codePoint(v, i));
                }
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        PlainText.firstBad(body).ifPresent(bad -> {
            throw new InvalidRequestException(bad[0], "text.badCharacter", bad[1]);
        });
        return body;
    }
}
