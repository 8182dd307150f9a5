package org.policytracker.organisations.control;

import org.policytracker.organisations.entity.Organisation;

/**
 * Who may read and change the organisation registry. The registry sits below security (which keeps who is acting
 * and the organisation chain), so it asks through this interface; security implements it.
 */
public interface RegistryGuard {

    /** Reading: everyone signed in with a role of this application. */
    void requireSignedIn();

    /** Registering and changing organisations: the administrator. */
    void requireRegistryKeeper();

    /**
     * Registering a body a plan names, under {@code parent} (null: a national body): the administrator; a plan office
     * only under a place (province, city, county) its own organisation lies within.
     */
    void requireMayRegisterUnder(Organisation parent);
}
