package org.policytracker.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.platform.persistence.Changes;

/**
 * A person (a Keycloak user name) and the organisation they work for, as the administrator set it.
 * It overrides the organisation the token names; an inactive person has no rights.
 */
@Entity
@EntityListeners(Changes.class)
@Table(name = "person")
public class Person extends BaseEntity implements Auditable {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false)
    private boolean active = true;

    protected Person() {
    }

    public Person(String username) {
        this.username = username;
    }

    @Override
    public String auditType() {
        return "person";
    }


    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Organisation getOrganisation() { return organisation; }
    public void setOrganisation(Organisation organisation) { this.organisation = organisation; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
