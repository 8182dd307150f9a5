package org.policytracker.security.boundary;

import org.policytracker.platform.i18n.Bilingual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.web.Language;
import org.policytracker.security.control.CurrentUser;
import org.policytracker.security.control.Role;

/** The signed-in person as the pages show them: name, organisation, and which menus are theirs. */
@Named("me")
@RequestScoped
public class Me {

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    public String getName() {
        return user.name();
    }

    public String getOrganisation() {
        return user.organisation().map(this::name).orElse("");
    }

    public Long getOrganisationId() {
        return user.organisation().map(Organisation::getId).orElse(null);
    }

    /** Whether the person has the role, by its claim ("plan-office", "city-bureau" …). */
    public boolean has(String claim) {
        return Role.ofClaim(claim).map(user::has).orElse(false);
    }

    /** A working role that files progress reports (everyone but national readers, auditors and administrators). */
    public boolean isFiler() {
        return user.hasAny(Role.PLAN_OFFICE, Role.PROVINCIAL_DEPARTMENT, Role.CITY_BUREAU, Role.COUNTY, Role.PARK_COMMITTEE);
    }

    private String name(Organisation o) {
        return Bilingual.pick(o.getNameZh(), o.getNameEn(), language.isEnglish(), null);
    }
}
