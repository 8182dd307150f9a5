package org.policytracker.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start with a secret everybody knows: the web client's secret and the database password of the embedded
 * default are in this repository, so outside the embedded mode ({@code policytracker.embedded=true}: the run command
 * and the tests) a deployment that still has them fails at start, naming what to set (docs/operations.md).
 */
@Singleton
@Startup
public class ProductionSecrets {

    private static final Logger LOG = Logger.getLogger(ProductionSecrets.class.getName());

    /** The embedded default's secrets, as the repository states them. */
    static final List<String[]> KNOWN = List.of(
            new String[] {"policytracker.oidc.client-secret", "policy-tracker-web-dev-secret", "POLICYTRACKER_OIDC_CLIENT_SECRET"},
            new String[] {"policytracker.db.password", "policytracker", "POLICYTRACKER_DB_PASSWORD"});

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue("policytracker.embedded", Boolean.class).orElse(false)) {
            return;
        }
        List<String> known = new ArrayList<>();
        for (String[] k : KNOWN) {
            String value = config.getOptionalValue(k[0], String.class).orElse(k[1]);
            if (value.equals(k[1])) {
                known.add(k[2]);
            }
        }
        if (!known.isEmpty()) {
            String why = "Refusing to start: " + String.join(", ", known) + " still "
                    + (known.size() == 1 ? "has its" : "have their") + " published default value. Set "
                    + (known.size() == 1 ? "it" : "them") + " (docs/operations.md, \"Production\"), or start with "
                    + "-Dpolicytracker.embedded=true for the embedded demo only.";
            LOG.severe(why);
            throw new IllegalStateException(why);
        }
    }
}
