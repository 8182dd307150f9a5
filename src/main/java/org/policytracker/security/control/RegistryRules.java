package org.policytracker.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policytracker.organisations.control.RegistryGuard;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.platform.rest.AccessDeniedException;

/**
 * The registry's rules (docs/security.md): everyone signed in reads it, the administrator keeps it; a plan office may
 * register a body its plan names within its own area (the importer's "register as a new organisation").
 */
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

    @Override
    public void requireMayRegisterUnder(Organisation parent) {
        if (access.user().has(Role.ADMINISTRATOR)) {
            return;
        }
        boolean place = parent != null && (parent.getKind() == OrganisationKind.PROVINCE || parent.getKind() == OrganisationKind.CITY
                || parent.getKind() == OrganisationKind.COUNTY);
        if (!access.user().has(Role.PLAN_OFFICE) || !place || !access.within(parent)) {
            throw new AccessDeniedException("access.organisations.registerInOwnArea");
        }
    }
}
