package org.policytracker.organisations.control;

/**
 * Who may read and change the organisation registry. The registry sits below security (which keeps who is acting
 * and the organisation chain), so it asks through this interface; security implements it.
 */
public interface RegistryGuard {

    /** Reading: everyone signed in with a role of this application. */
    void requireSignedIn();

    /** Registering and changing organisations: the administrator. */
    void requireRegistryKeeper();
}
