package org.policytracker.security.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One WAR, two ways in: the REST API ({@code /api/*}, or any request carrying a bearer token) is
 * authenticated by Payara's MicroProfile JWT mechanism, the browser pages by Jakarta Security's
 * OpenID Connect mechanism against the same Keycloak realm. Jakarta Security 3 allows one
 * mechanism per module, so this alternative is the one the container sees, and it hands each
 * request to the right one. A browser that has signed in is known by its session's {@link WebIdentity}
 * from then on, on whichever node the session is.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class DualAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(DualAuthenticationMechanism.class.getName());

    @Inject
    BeanManager beans;

    private volatile HttpAuthenticationMechanism jwt;
    private volatile HttpAuthenticationMechanism openId;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        HttpAuthenticationMechanism m = pick(request);
        if (m == jwt) {
            return jwt.validateRequest(request, response, context);
        }
        // a browser session that signed in before (on this node or another): its identity, from the session
        WebIdentity signedIn = WebIdentity.of(request);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.name(), new HashSet<>(signedIn.groups()));
        }
        boolean callback = request.getRequestURI().equals(request.getContextPath() + "/callback");
        AuthenticationStatus status;
        try {
            status = openId.validateRequest(request, response, context);
        } catch (RuntimeException | AuthenticationException e) {
            if (!callback) {
                throw e;
            }
            LOG.log(Level.INFO, "a sign-in came back unusable: {0}", String.valueOf(e));
            status = AuthenticationStatus.SEND_FAILURE;
        }
        if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
            keep(request, context);
        } else if (callback && status == AuthenticationStatus.SEND_FAILURE) {
            // an unknown, used or forged state or code: the application's own page, not the container's error
            try {
                response.reset();
                response.sendRedirect(request.getContextPath() + "/signin-failed");
            } catch (java.io.IOException | IllegalStateException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE; // the response is on its way

        }
        return status;
    }

    /**
     * Keeps what the sign-in said as a {@link WebIdentity} in the session, and drops Soteria's context from
     * it: its tokens cannot be serialized (Payara would warn on every request and could not hand the session to
     * another node), and once the identity is kept nothing reads them.
     */
    private void keep(HttpServletRequest request, HttpMessageContext context) {
        String org = null;
        String idToken = null;
        if (openIdContext.isResolvable()) {
            org = openIdContext.get().getIdentityToken().getJwtClaims().getStringClaim("org").orElse(null);
            idToken = openIdContext.get().getIdentityToken().getToken();
        }
        new WebIdentity(context.getCallerPrincipal().getName(), org,
                context.getGroups() == null ? List.of() : List.copyOf(context.getGroups()), idToken).keepIn(request);
        HttpSession session = request.getSession(false);
        for (String name : Collections.list(session.getAttributeNames())) {
            if (name.contains("OpenIdContextImpl")) {
                session.removeAttribute(name);
            }
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return pick(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        pick(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism pick(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7));
        if (jwt == null || openId == null) {
            locate();
        }
        return api ? jwt : openId;
    }

    private synchronized void locate() {
        for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
            if (bean.getBeanClass() == DualAuthenticationMechanism.class) {
                continue;
            }
            // the container's mechanisms are registered by producers: their types tell which is which
            String type = bean.getBeanClass().getName() + " " + bean.getTypes();
            HttpAuthenticationMechanism m = (HttpAuthenticationMechanism) beans.getReference(bean,
                    HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            if (type.contains("JWTAuthenticationMechanism")) {
                jwt = m;
            } else {
                // Soteria's extension registers the OpenID Connect mechanism under the interface only
                openId = m;
            }
        }
        if (jwt == null || openId == null) {
            StringBuilder seen = new StringBuilder();
            beans.getBeans(HttpAuthenticationMechanism.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)
                    .forEach(b -> seen.append(b.getBeanClass().getName()).append(' ').append(b.getTypes()).append("; "));
            throw new IllegalStateException("authentication mechanisms not found: jwt=" + jwt + ", openId=" + openId
                    + "; beans: " + seen);
        }
    }
}
