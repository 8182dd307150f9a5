package org.policytracker.reporting.control;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.plans.entity.Plan_;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.reporting.entity.Participant;
import org.policytracker.reporting.entity.Participant_;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.ReportingCycle_;
import org.policytracker.reporting.entity.Submission;
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

    /** Which reporting cycles the user sees: those of plans their organisation owns, reviews or takes part in. */
    public Scope<ReportingCycle> cycleScope() {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me == null) {
            return Scope.none();
        }
        Long id = me.getId();
        return (cb, query, cycle) -> {
            Subquery<Long> taking = query.subquery(Long.class);
            Root<Participant> p = taking.from(Participant.class);
            taking.select(p.get(Participant_.id)).where(cb.equal(p.get(Participant_.cycle), cycle),
                    cb.equal(p.get(Participant_.organisation).get(Organisation_.id), id));
            return cb.or(cb.equal(cycle.get(ReportingCycle_.plan).get(Plan_.owner).get(Organisation_.id), id),
                    cb.equal(cycle.get(ReportingCycle_.reviewer).get(Organisation_.id), id),
                    cb.equal(cycle.get(ReportingCycle_.alternateReviewer).get(Organisation_.id), id),
                    cb.exists(taking));
        };
    }

    /**
     * Which submissions the user sees: their organisation's own, those it reviews, those of plans it owns, and those an
     * alternate reviewer stands in for (the reviewer's own).
     */
    public Scope<Submission> submissionScope() {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me == null) {
            return Scope.none();
        }
        Long id = me.getId();
        return (cb, query, s) -> {
            Path<ReportingCycle> cycle = s.get(Submission_.cycle);
            Path<Long> own = s.get(Submission_.organisation).get(Organisation_.id);
            Path<Long> reviewer = cycle.get(ReportingCycle_.reviewer).get(Organisation_.id);
            return cb.or(cb.equal(own, id), cb.equal(reviewer, id),
                    cb.equal(cycle.get(ReportingCycle_.plan).get(Plan_.owner).get(Organisation_.id), id),
                    cb.and(cb.equal(cycle.get(ReportingCycle_.alternateReviewer).get(Organisation_.id), id), cb.equal(own, reviewer)));
        };
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
