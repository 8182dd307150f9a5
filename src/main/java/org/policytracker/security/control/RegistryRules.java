package org.policytracker.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policytracker.organisations.control.RegistryGuard;

/** The registry's rules (docs/security.md): everyone signed in reads it, the administrator keeps it. */
@ApplicationScoped
public class RegistryRules implements RegistryGuard {

    @Inject
    AccessPolicy access;

    @Override
    public void requireSignedIn() {
        access.requireSignedIn();
    }

    @Override
    public void requireRegistryKeeper() {
        access.requireOrganisationAdmin();
    }
}
