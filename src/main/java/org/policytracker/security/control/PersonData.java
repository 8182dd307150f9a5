package org.policytracker.security.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Which organisation a person (Keycloak user name) works for, as the administrator sends it. */
public final class PersonData {

    @NotBlank(message = "{person.username.required}") @Size(max = 255, message = "{field.tooLong}")
    private String username;
    @Size(max = 200, message = "{field.tooLong}")
    private String displayName;
    @NotNull(message = "{field.required}")
    private Long organisationId;
    private Boolean active;
    private Long version;

    /** For JSON-B. */
    public PersonData() {
    }

    public PersonData(String username, String displayName, Long organisationId, Boolean active, Long version) {
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.active = active;
        this.version = version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Boolean active() {
        return active;
    }

    public Long version() {
        return version;
    }
}
