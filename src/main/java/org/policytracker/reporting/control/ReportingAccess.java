package org.policytracker.reporting.control;

import static org.policytracker.platform.persistence.Scope.entity;
import static org.policytracker.platform.persistence.Scope.path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.plans.entity.Plan_;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.reporting.entity.Participant;
import org.policytracker.reporting.entity.Participant_;
import org.policytracker.reporting.entity.ReportingCycle_;
import org.policytracker.reporting.entity.Submission_;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.security.control.Role;

/**
 * Who sees and does what in progress reporting (docs/security.md): the reporting capability's own rules, stated over
 * its entities' metamodel names.
 *
 * <ul>
 * <li>A reporting cycle is seen by its plan's office, its reviewing organisation (and alternate) and its participants.</li>
 * <li>A submission is seen by its own organisation, and — all of the cycle's — by the reviewing organisation and the
 *     plan's office; the alternate reviewer sees the reviewer's own reports; auditor and administrator see all.</li>
 * <li>Filling in and sending: people of the reporting organisation itself, in a working role.</li>
 * <li>Returning and accepting: a plan office or department of the reviewing organisation — never one's own report.</li>
 * </ul>
 */
@ApplicationScoped
public class ReportingAccess {

    @Inject
    AccessPolicy access;

    /** Which reporting cycles the user sees, for a query over {@code ReportingCycle alias}. */
    public Scope cycleScope(String alias) {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me == null) {
            return Scope.none();
        }
        return new Scope(path(alias, ReportingCycle_.PLAN, Plan_.OWNER, Organisation_.ID) + " = :acc_me or "
                + path(alias, ReportingCycle_.REVIEWER, Organisation_.ID) + " = :acc_me or "
                + path(alias, ReportingCycle_.ALTERNATE_REVIEWER, Organisation_.ID) + " = :acc_me"
                + " or exists (select 1 from " + entity(Participant.class) + " acc_p where " + path("acc_p", Participant_.CYCLE)
                + " = " + alias + " and " + path("acc_p", Participant_.ORGANISATION, Organisation_.ID) + " = :acc_me)",
                Map.of("acc_me", me.getId()));
    }

    /** Which submissions the user sees, for a query over {@code Submission alias}. */
    public Scope submissionScope(String alias) {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me == null) {
            return Scope.none();
        }
        String own = path(alias, Submission_.ORGANISATION, Organisation_.ID);
        String reviewer = path(alias, Submission_.CYCLE, ReportingCycle_.REVIEWER, Organisation_.ID);
        return new Scope(own + " = :acc_me or " + reviewer + " = :acc_me or "
                + path(alias, Submission_.CYCLE, ReportingCycle_.PLAN, Plan_.OWNER, Organisation_.ID) + " = :acc_me or ("
                + path(alias, Submission_.CYCLE, ReportingCycle_.ALTERNATE_REVIEWER, Organisation_.ID) + " = :acc_me and "
                + own + " = " + reviewer + ")", Map.of("acc_me", me.getId()));
    }

    /** Filling in and submitting: people of the reporting organisation itself, in a working role. */
    public void requireCanFill(Organisation reporting) {
        if (access.user().isSystem()) {
            return;
        }
        boolean mine = access.user().organisation().map(o -> o.getId().equals(reporting.getId())).orElse(false);
        if (!mine || !access.user().hasAny(Role.PLAN_OFFICE, Role.PROVINCIAL_DEPARTMENT, Role.CITY_BUREAU, Role.COUNTY,
                Role.PARK_COMMITTEE)) {
            throw new AccessDeniedException("access.submissions.fill");
        }
    }

    /**
     * Returning or accepting: a plan office or department of the cycle's reviewing organisation — and nobody approves
     * what their own organisation filed.
     */
    public void requireCanReview(Organisation reviewer, Organisation reporting) {
        if (access.user().isSystem()) {
            return;
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me != null && me.getId().equals(reporting.getId())) {
            throw new AccessDeniedException("access.submissions.ownOrganisation");
        }
        if (me == null || !me.getId().equals(reviewer.getId())
                || !access.user().hasAny(Role.PLAN_OFFICE, Role.PROVINCIAL_DEPARTMENT)) {
            throw new AccessDeniedException("access.submissions.review");
        }
    }

    /** Whether the user could review (for the views' hints; the services still check). */
    public boolean canReview(Organisation reviewer, Organisation reporting) {
        return access.allows(() -> requireCanReview(reviewer, reporting));
    }

    public boolean canFill(Organisation reporting) {
        return access.allows(() -> requireCanFill(reporting));
    }
}
