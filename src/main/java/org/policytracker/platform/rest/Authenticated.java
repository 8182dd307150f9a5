package org.policytracker.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.policytracker.platform.i18n.Messages;

/**
 * No REST call without a signed-in user: a request whose token is missing (or was not accepted)
 * gets 401 problem+json before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class Authenticated implements ContainerRequestFilter {

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null) {
            Locale locale = RequestLocale.of(headers);
            request.abortWith(Problem.of(401, "unauthorized", Messages.get(locale, "problem.unauthorized.title"))
                    .detail(Messages.get(locale, "problem.unauthorized.detail"))
                    .toResponse());
        }
    }
}
