package org.policytracker.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Changes;
import org.policytracker.security.entity.Person;

/**
 * What the registry says of a signed-in name, kept for a few seconds: every request asks who its caller is (the
 * administrator's mapping of the name to an organisation, whether the person is switched off, else the organisation
 * the token's {@code org} claim names), and a busy desk sends many requests a second. An answer is dropped at once
 * when a person or an organisation is written on this node ({@link Changes}), and after {@value #KEPT_MILLIS} ms
 * anyway — the longest a change made on another node takes to reach this one.
 */
@ApplicationScoped
public class KnownIdentities {

    static final long KEPT_MILLIS = 5_000;
    private static final int SIZE = 10_000;

    @Inject
    PersonService people;

    @Inject
    OrganisationService organisations;

    /** Who the name is here: switched off (no rights), and the organisation it acts for (null: none known). */
    public record Identity(boolean switchedOff, Long organisationId) {
    }

    private record Kept(Identity identity, long changes, long at) {
    }

    private final Cache<String, Kept> kept = Caffeine.newBuilder().maximumSize(SIZE)
            .expireAfterWrite(java.time.Duration.ofMillis(KEPT_MILLIS)).build();

    /** The identity of {@code userName} whose token names {@code orgClaim} (may be null). */
    public Identity of(String userName, String orgClaim) {
        String key = userName + '\u0000' + orgClaim;
        long changes = Changes.of(Person.class) + Changes.of(Organisation.class);
        long now = System.currentTimeMillis();
        Kept k = kept.getIfPresent(key);
        if (k != null && k.changes() == changes && now - k.at() < KEPT_MILLIS) {
            return k.identity();
        }
        Identity identity = lookUp(userName, orgClaim);
        kept.put(key, new Kept(identity, changes, now));
        return identity;
    }

    private Identity lookUp(String userName, String orgClaim) {
        var person = userName == null ? java.util.Optional.<Person>empty() : people.byUsername(userName);
        if (person.isPresent()) {
            if (!person.get().isActive()) {
                return new Identity(true, null);
            }
            return new Identity(false, person.get().getOrganisation() == null ? null : person.get().getOrganisation().getId());
        }
        return new Identity(false, orgClaim == null ? null : organisations.findByCode(orgClaim).map(Organisation::getId).orElse(null));
    }
}
