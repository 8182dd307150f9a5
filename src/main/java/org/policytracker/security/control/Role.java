package org.policytracker.security.control;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Keycloak (the token's {@code groups} claim), one per kind of user. */
public enum Role {
    PLAN_OFFICE("plan-office"),
    PROVINCIAL_DEPARTMENT("provincial-department"),
    CITY_BUREAU("city-bureau"),
    COUNTY("county"),
    PARK_COMMITTEE("park-committee"),
    NATIONAL_READER("national-reader"),
    AUDITOR("auditor"),
    ADMINISTRATOR("administrator");

    /** Every role: for {@code @RolesAllowed} on resources any signed-in user may call. */
    public static final String[] ALL = {"plan-office", "provincial-department", "city-bureau", "county",
        "park-committee", "national-reader", "auditor", "administrator"};

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> ofClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(value)).findFirst();
    }
}
