package org.policytracker.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data at start when {@code policytracker.demo.enabled} is true (the embedded
 * default; production sets {@code POLICYTRACKER_DEMO_ENABLED=false}). Runs after the migrations.
 */
@Singleton
@Startup
@DependsOn({"Database", "NationalBodies"})
public class DemoData {

    @Inject
    @ConfigProperty(name = "policytracker.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoLoader loader;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadAtStart() {
        if (enabled) {
            loader.load();
        }
    }
}
