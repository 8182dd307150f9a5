package org.policytracker.parks.control;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.parks.entity.FilingStatus;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ParkFiling_;
import org.policytracker.parks.entity.ParkList;
import org.policytracker.parks.entity.ParkList_;
import org.policytracker.parks.entity.Park_;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.security.control.Role;

/**
 * Who sees and does what with parks, their filings and the provincial lists (docs/security.md, docs/parks.md): the
 * parks capability's own rules, stated over its entities' metamodel names.
 */
@ApplicationScoped
public class ParkAccess {

    @Inject
    AccessPolicy access;

    /**
     * Registering or changing a park: the administrator, or a plan office of the province the park lies in (a
     * provincial department of industry keeps its province's list).
     */
    public void requireParkRegistrar(Organisation province) {
        if (access.user().isSystem() || access.user().has(Role.ADMINISTRATOR)) {
            return;
        }
        if (!access.user().has(Role.PLAN_OFFICE) || !access.within(province)) {
            throw new AccessDeniedException("access.parks.registrar");
        }
    }

    /**
     * Which park filings the user sees (alias over {@code ParkFiling}): the park's committee its own; a plan office of
     * the park's province all of the province's once submitted; a national-agency reader the approved ones; auditor
     * and administrator all.
     */
    public Scope<ParkFiling> filingScope() {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me == null) {
            return Scope.none();
        }
        boolean office = access.user().has(Role.PLAN_OFFICE);
        boolean national = access.user().has(Role.NATIONAL_READER);
        List<Long> chain = me.selfAndAncestors().stream().map(Organisation::getId).toList();
        return (cb, query, f) -> {
            List<Predicate> any = new ArrayList<>();
            any.add(cb.equal(f.get(ParkFiling_.park).get(Park_.committee).get(Organisation_.id), me.getId()));
            if (office) {
                // the province sees what was sent to it, not the park's drafts
                any.add(cb.and(f.get(ParkFiling_.park).get(Park_.province).get(Organisation_.id).in(chain),
                        cb.notEqual(f.get(ParkFiling_.status), FilingStatus.DRAFT)));
            }
            if (national) {
                any.add(cb.equal(f.get(ParkFiling_.status), FilingStatus.APPROVED));
            }
            return Scope.anyOf(cb, any);
        };
    }

    /** Drafting and submitting a park's plan and reports: its management committee. */
    public void requireCanFile(Organisation committee) {
        if (access.user().isSystem()) {
            return;
        }
        boolean mine = access.user().organisation().map(o -> o.getId().equals(committee.getId())).orElse(false);
        if (!mine || !access.user().has(Role.PARK_COMMITTEE)) {
            throw new AccessDeniedException("access.parkFilings.file");
        }
    }

    /** Approving, returning and evaluating: a plan office of the park's province — never the park committee itself. */
    public void requireCanApprove(Organisation province, Organisation committee) {
        if (access.user().isSystem()) {
            return;
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me != null && me.getId().equals(committee.getId())) {
            throw new AccessDeniedException("access.parkFilings.ownPark");
        }
        if (!access.within(province) || !access.user().has(Role.PLAN_OFFICE)) {
            throw new AccessDeniedException("access.parkFilings.approve");
        }
    }

    public boolean canFile(Organisation committee) {
        return access.allows(() -> requireCanFile(committee));
    }

    public boolean canApprove(Organisation province, Organisation committee) {
        return access.allows(() -> requireCanApprove(province, committee));
    }

    /**
     * Which provincial park lists the user sees (alias over {@code ParkList}): the province's plan offices (a city's
     * inside it too) all of theirs; national-agency readers the submitted ones; auditor and administrator all.
     */
    public Scope<ParkList> parkListScope() {
        if (access.seesEverything()) {
            return Scope.all();
        }
        Organisation me = access.user().organisation().orElse(null);
        List<Long> chain = me != null && access.user().has(Role.PLAN_OFFICE)
                ? me.selfAndAncestors().stream().map(Organisation::getId).toList() : List.of();
        boolean national = access.user().has(Role.NATIONAL_READER);
        return (cb, query, l) -> {
            List<Predicate> any = new ArrayList<>();
            if (!chain.isEmpty()) {
                any.add(l.get(ParkList_.province).get(Organisation_.id).in(chain));
            }
            if (national) {
                any.add(cb.equal(l.get(ParkList_.status), ParkList.Status.SUBMITTED));
            }
            return Scope.anyOf(cb, any);
        };
    }

    /** Preparing and sending a province's park list: a plan office that speaks for that province (not a city's inside it). */
    public void requireParkListMaker(Organisation province) {
        if (access.user().isSystem()) {
            return;
        }
        if (!access.speaksForProvince(province)) {
            throw new AccessDeniedException("access.parkLists.maker");
        }
    }

    /**
     * The provincial summary of the parks' transformation, addressed to NDRC and MIIT, produced from live data: a plan
     * office that speaks for that province (not a city's office inside it; or, with no province, one that sees
     * everything), the auditor and the administrator. The national agencies read the copies the province issued
     * (reports.control.IssuedReportAccess), never a live one.
     */
    public void requireParkSummaryReader(Organisation province) {
        if (access.seesEverything()) {
            return;
        }
        if (!access.speaksForProvince(province)) {
            throw new AccessDeniedException("access.parks.summary");
        }
    }

    /**
     * One park's report: its own management committee, a plan office of its province, a national-agency reader, the
     * auditor and the administrator; for anyone else the park's report does not exist.
     */
    public boolean mayReadParkReport(Organisation province, Organisation committee) {
        if (access.seesEverything() || access.user().has(Role.NATIONAL_READER)) {
            return true;
        }
        Organisation me = access.user().organisation().orElse(null);
        if (me == null) {
            return false;
        }
        return me.getId().equals(committee.getId()) || (access.user().has(Role.PLAN_OFFICE) && access.within(province));
    }
}
