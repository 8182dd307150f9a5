package org.policytracker.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.policytracker.organisations.entity.Organisation;

/**
 * Who is acting in this request: the user name and roles from the Keycloak token (MicroProfile
 * JWT: {@code upn}/{@code preferred_username}, {@code groups}) and the organisation the
 * administrator mapped the user to ({@link PersonService}), else the one its {@code org} claim names
 * ({@link KnownIdentities}: kept a few seconds). Work the application does by itself (loading the demo data at start) runs
 * {@link #asSystem(Supplier) as the system}; a request without a valid token has no roles.
 */
@RequestScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    Instance<JsonWebToken> token;

    @Inject
    Instance<jakarta.servlet.http.HttpServletRequest> request;

    @Inject
    Instance<jakarta.security.enterprise.SecurityContext> security;

    @Inject
    KnownIdentities known;

    private boolean system;
    private boolean resolved;
    private String name;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    /** By id: a page's request runs several transactions, and each must see its own managed copy. */
    private Long organisationId;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    private String systemName = SYSTEM;

    /** Runs {@code work} with the system's rights (no organisation, every role's rights). */
    public <T> T asSystem(Supplier<T> work) {
        return asSystem(SYSTEM, work);
    }

    /**
     * The same, recording {@code name} as the actor (the demo loader replays what named people did,
     * so that its history reads like theirs).
     */
    public <T> T asSystem(String name, Supplier<T> work) {
        boolean before = system;
        String nameBefore = systemName;
        system = true;
        systemName = name;
        try {
            return work.get();
        } finally {
            system = before;
            systemName = nameBefore;
        }
    }

    public boolean isSystem() {
        return system;
    }

    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        JsonWebToken jwt = token.isResolvable() ? token.get() : null;
        if (jwt != null && jwt.getRawToken() != null) {
            Object org = jwt.getClaim("org");
            adopt(jwt.getName(), org == null ? null : org.toString().replace("\"", ""),
                    jwt.getGroups() == null ? java.util.List.of() : jwt.getGroups());
        } else if (security.isResolvable() && security.get().getCallerPrincipal() != null && request.isResolvable()) {
            // a browser signed in through OpenID Connect: the same claims, from the ID token, kept in its session
            WebIdentity web = WebIdentity.of(request.get());
            if (web != null) {
                adopt(web.name(), web.organisationCode(), web.groups());
            }
        }
    }

    /**
     * Takes the identity from the token's claims; the administrator's mapping of the user name to an
     * organisation wins over the {@code org} claim, and an inactive person gets no rights at all.
     */
    private void adopt(String userName, String orgClaim, java.util.Collection<String> groups) {
        name = userName;
        KnownIdentities.Identity identity = known.of(userName, orgClaim);
        if (identity.switchedOff()) {
            return;
        }
        organisationId = identity.organisationId();
        groups.forEach(g -> Role.ofClaim(g).ifPresent(roles::add));
    }

    /** The user name, {@code system} for the application's own work, or {@code null} when anonymous. */
    public String name() {
        if (system) {
            return systemName;
        }
        resolve();
        return name;
    }

    public boolean has(Role role) {
        if (system) {
            return true;
        }
        resolve();
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (has(r)) {
                return true;
            }
        }
        return false;
    }

    public Set<Role> roles() {
        resolve();
        return system ? EnumSet.allOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The user's organisation; empty for the system, or when the token names none the registry knows. */
    public Optional<Organisation> organisation() {
        if (system) {
            return Optional.empty();
        }
        resolve();
        // within a transaction the same managed instance every time (the persistence context caches it)
        return organisationId == null ? Optional.empty() : Optional.ofNullable(em.find(Organisation.class, organisationId));
    }

    public String organisationCode() {
        return organisation().map(Organisation::getCode).orElse(null);
    }
}
