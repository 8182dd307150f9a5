package org.policytracker.organisations.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;

/**
 * The national bodies national plans assign tasks to — the State Council, its ministries, commissions and
 * agencies, the central organs and mass organisations — with the short names documents use (发展改革委, 人力资源社会保障部,
 * 税务总局 …), from {@code reference/national-bodies.json}. Registered at every start, in every mode, so that a
 * plan read from a national document finds them (docs/import.md); a body already registered (by code) is left as
 * it is. Runs after the migrations and before the demo data.
 */
@Singleton
@Startup
@DependsOn("Database")
public class NationalBodies {

    static final String FILE = "reference/national-bodies.json";
    private static final Logger LOG = Logger.getLogger(NationalBodies.class.getName());

    /** The file's shape. */
    public record Body(String code, String kind, String nameZh, String nameEn, List<String> aliases) {
    }

    /** The file's shape. */
    public record Bodies(String note, List<Body> organisations) {
    }

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void registerAtStart() {
        List<Body> bodies = read();
        java.util.Set<String> registered = new java.util.HashSet<>(em.createQuery("select o.code from Organisation o where o.code in :codes",
                String.class).setParameter("codes", bodies.stream().map(Body::code).toList()).getResultList());
        int added = 0;
        for (Body b : bodies) {
            if (!registered.contains(b.code())) {
                Organisation o = new Organisation(b.code(), OrganisationKind.valueOf(b.kind()), b.nameZh(), b.nameEn());
                o.replaceAliases(b.aliases());
                em.persist(o);
                added++;
            }
        }
        if (added > 0) {
            LOG.info("national bodies registered: " + added);
        }
    }

    /** The bodies of the reference file. */
    public static List<Body> read() {
        try (InputStream in = NationalBodies.class.getClassLoader().getResourceAsStream(FILE); Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException(FILE + " missing");
            }
            return jsonb.fromJson(in, Bodies.class).organisations();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(FILE, e);
        }
    }
}
