package org.policytracker.reports.control;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.reports.entity.IssuedReport;
import org.policytracker.reports.entity.IssuedReportKind;
import org.policytracker.reports.entity.IssuedReport_;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.security.control.Role;

/**
 * Who issues and who reads issued reports (docs/security.md, "Issued reports"): the reports capability's own rules,
 * over its entities' metamodel names.
 */
@ApplicationScoped
public class IssuedReportAccess {

    /** How many levels above the issuer an addressee's plan office may stand (province → city → county → unit). */
    private static final int LEVELS_ABOVE = 3;

    @Inject
    AccessPolicy access;

    /**
     * Issuing: a plan office of the organisation the report names as its issuer (发文机关) — the reviewing office of a
     * cycle for its summary and ranking, the plan's owner for its indicators, the office speaking for a province for
     * its park summary. Nobody issues in another organisation's name, the administrator neither.
     */
    public void requireIssuer(Organisation issuer) {
        Organisation me = access.user().organisation().orElse(null);
        if (!access.user().has(Role.PLAN_OFFICE) || me == null || issuer == null || !me.getId().equals(issuer.getId())) {
            throw new AccessDeniedException("access.reports.issue");
        }
    }

    /**
     * Which issued reports the user reads (alias over {@code IssuedReport}): everyone of the issuing organisation; a
     * plan office of an organisation above it (those it reports to); national-agency readers the provincial park
     * summaries, which are addressed to them; the auditor and the administrator all.
     */
    public Scope<IssuedReport> scope() {
        if (access.seesEverything()) {
            return Scope.all();
        }
        boolean national = access.user().has(Role.NATIONAL_READER);
        boolean office = access.user().has(Role.PLAN_OFFICE);
        Organisation me = access.user().organisation().orElse(null);
        return (cb, query, r) -> {
            List<Predicate> any = new ArrayList<>();
            if (national) {
                any.add(cb.equal(r.get(IssuedReport_.kind), IssuedReportKind.PARK_SUMMARY));
            }
            if (me != null) {
                Path<Long> issuer = r.get(IssuedReport_.issuer).get(Organisation_.id);
                any.add(cb.equal(issuer, me.getId()));
                if (office) {
                    // one subquery per level: a path through parents that do not exist must not drop the other alternatives
                    for (int level = 1; level <= LEVELS_ABOVE; level++) {
                        Subquery<Long> below = query.subquery(Long.class);
                        Root<Organisation> o = below.from(Organisation.class);
                        Path<Organisation> up = o.get(Organisation_.parent);
                        for (int i = 1; i < level; i++) {
                            up = up.get(Organisation_.parent);
                        }
                        any.add(issuer.in(below.select(o.get(Organisation_.id)).where(cb.equal(up.get(Organisation_.id), me.getId()))));
                    }
                }
            }
            return Scope.anyOf(cb, any);
        };
    }

    /** The same rule for one report already loaded. */
    public boolean mayRead(IssuedReport r) {
        if (access.seesEverything() || access.user().has(Role.NATIONAL_READER) && r.getKind() == IssuedReportKind.PARK_SUMMARY) {
            return true;
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me == null) {
            return false;
        }
        if (me.getId().equals(r.getIssuer().getId())) {
            return true;
        }
        return access.user().has(Role.PLAN_OFFICE) && r.getIssuer().selfAndAncestors().stream().skip(1).limit(LEVELS_ABOVE)
                .anyMatch(a -> a.getId().equals(me.getId()));
    }
}
