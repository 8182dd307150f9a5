package org.policytracker.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.UnitRole;

/**
 * Who may see and change what, by role <b>and</b> organisation. The one place the rules live
 * (documented in {@code docs/security.md}); the services ask it before every read and write and
 * add its {@link Scope} to every list query, so a record outside the user's reach is neither
 * listed nor served by id (404) nor changed (403).
 *
 * <ul>
 * <li>Administrator and auditor see everything; the auditor changes nothing; the administrator
 *     manages organisations and the reference documents (plans without an owning office).</li>
 * <li>Everyone signed in reads the organisation registry, the indicators, and the published
 *     reference documents (plans without an owner, e.g. the national notices).</li>
 * <li>A plan office sees and changes the plans its organisation owns, with their tasks and targets.</li>
 * <li>A provincial department sees the tasks it leads, shares or cooperates on, with the sections
 *     above them and the sub-tasks below, and the plans they belong to.</li>
 * <li>A city bureau or county sees the tasks assigned to it, to its city, or to "the relevant
 *     departments of each city" of a province or city above it; a park committee those assigned to
 *     its park or to "park management agencies" above it.</li>
 * <li>A national-agency reader sees the documents addressed to the national level.</li>
 * </ul>
 */
@ApplicationScoped
public class AccessPolicy {

    private static final Set<UnitRole> DEPARTMENT_ROLES =
            EnumSet.of(UnitRole.LEAD, UnitRole.CO_RESPONSIBLE, UnitRole.COOPERATING);

    @Inject
    CurrentUser user;

    /** A JPQL condition and its parameters, to be and-ed into a query. */
    public record Scope(String jpql, Map<String, Object> params) {
        static Scope all() {
            return new Scope("1 = 1", Map.of());
        }

        /** The condition, with only the parameters it uses (JPA refuses unknown ones). */
        static Scope of(List<String> alternatives, Map<String, Object> params) {
            String jpql = String.join(" or ", alternatives);
            Map<String, Object> used = new HashMap<>();
            params.forEach((k, v) -> {
                if (jpql.matches("(?s).*:" + k + "\\b.*")) {
                    used.put(k, v);
                }
            });
            return new Scope(jpql, used);
        }
    }

    public CurrentUser user() {
        return user;
    }

    public boolean seesEverything() {
        return user.isSystem() || user.hasAny(Role.AUDITOR, Role.ADMINISTRATOR);
    }

    /** Every signed-in user with a role of this application. */
    public void requireSignedIn() {
        if (!user.isSystem() && user.roles().isEmpty()) {
            throw new AccessDeniedException("access.noRole");
        }
    }

    public void requireOrganisationAdmin() {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.organisations.adminOnly");
        }
    }

    /** Synthetic data (a province for trying the system at size): the administrator. */
    public void requireSyntheticDataMaker() {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.synthetic.adminOnly");
        }
    }

    /** The audit trail: the auditor and the administrator. */
    public void requireAuditReader() {
        if (!user.hasAny(Role.AUDITOR, Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.audit.readers");
        }
    }

    /** Who works for which organisation: the administrator changes it, the auditor reads it too. */
    public void requirePeopleReader() {
        if (!user.hasAny(Role.AUDITOR, Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.people.admin");
        }
    }

    /**
     * Registering or changing a park: the administrator, or a plan office of the province the park
     * lies in (a provincial department of industry keeps its province's list).
     */
    public void requireParkRegistrar(Organisation province) {
        if (user.isSystem() || user.has(Role.ADMINISTRATOR)) {
            return;
        }
        boolean inProvince = user.organisation().map(o -> o.selfAndAncestors().stream()
                .anyMatch(a -> a.getId().equals(province.getId()))).orElse(false);
        if (!user.has(Role.PLAN_OFFICE) || !inProvince) {
            throw new AccessDeniedException("access.parks.registrar");
        }
    }

    /**
     * Which park filings the user sees (alias over {@code ParkFiling}): the park's committee its own;
     * a plan office of the park's province all of the province's once submitted; a national-agency reader the
     * approved ones; auditor and administrator all.
     */
    public Scope filingScope(String alias) {
        if (seesEverything()) {
            return Scope.all();
        }
        Organisation me = user.organisation().orElse(null);
        if (me == null) {
            return new Scope("1 = 0", Map.of());
        }
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        params.put("acc_me", me.getId());
        any.add(alias + ".park.committee.id = :acc_me");
        if (user.has(Role.PLAN_OFFICE)) {
            // the province sees what was sent to it, not the park's drafts
            any.add("(" + alias + ".park.province.id in :acc_chain and " + alias + ".status <> :acc_draft)");
            params.put("acc_chain", me.selfAndAncestors().stream().map(Organisation::getId).toList());
            params.put("acc_draft", org.policytracker.parks.entity.FilingStatus.DRAFT);
        }
        if (user.has(Role.NATIONAL_READER)) {
            any.add(alias + ".status = :acc_approved");
            params.put("acc_approved", org.policytracker.parks.entity.FilingStatus.APPROVED);
        }
        return Scope.of(any, params);
    }

    /** Drafting and submitting a park's plan and reports: its management committee. */
    public void requireCanFile(Organisation committee) {
        if (user.isSystem()) {
            return;
        }
        boolean mine = user.organisation().map(o -> o.getId().equals(committee.getId())).orElse(false);
        if (!mine || !user.has(Role.PARK_COMMITTEE)) {
            throw new AccessDeniedException("access.parkFilings.file");
        }
    }

    /**
     * Approving, returning and evaluating: a plan office of the park's province — never the park
     * committee itself.
     */
    public void requireCanApprove(Organisation province, Organisation committee) {
        if (user.isSystem()) {
            return;
        }
        Organisation me = user.organisation().orElse(null);
        if (me != null && me.getId().equals(committee.getId())) {
            throw new AccessDeniedException("access.parkFilings.ownPark");
        }
        boolean inProvince = me != null && me.selfAndAncestors().stream().anyMatch(o -> o.getId().equals(province.getId()));
        if (!inProvince || !user.has(Role.PLAN_OFFICE)) {
            throw new AccessDeniedException("access.parkFilings.approve");
        }
    }

    /** Whether a check passes for a real user (the views' hints; the services still check). */
    private boolean allows(Runnable check) {
        try {
            check.run();
            return !user.isSystem();
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public boolean canFile(Organisation committee) {
        return allows(() -> requireCanFile(committee));
    }

    public boolean canApprove(Organisation province, Organisation committee) {
        return allows(() -> requireCanApprove(province, committee));
    }

    /**
     * Which provincial park lists the user sees (alias over {@code ParkList}): the province's plan
     * offices all of theirs; national-agency readers the submitted ones; auditor and administrator all.
     */
    public Scope parkListScope(String alias) {
        if (seesEverything()) {
            return Scope.all();
        }
        Organisation me = user.organisation().orElse(null);
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        any.add("1 = 0");
        if (me != null && user.has(Role.PLAN_OFFICE)) {
            any.add(alias + ".province.id in :acc_chain");
            params.put("acc_chain", me.selfAndAncestors().stream().map(Organisation::getId).toList());
        }
        if (user.has(Role.NATIONAL_READER)) {
            any.add(alias + ".status = :acc_sent");
            params.put("acc_sent", org.policytracker.parks.entity.ParkList.Status.SUBMITTED);
        }
        return Scope.of(any, params);
    }

    /** Preparing and sending a province's park list: a plan office of that province. */
    public void requireParkListMaker(Organisation province) {
        if (user.isSystem()) {
            return;
        }
        boolean inProvince = user.organisation().map(o -> o.selfAndAncestors().stream()
                .anyMatch(a -> a.getId().equals(province.getId()))).orElse(false);
        if (!inProvince || !user.has(Role.PLAN_OFFICE)) {
            throw new AccessDeniedException("access.parkLists.maker");
        }
    }

    /**
     * The provincial summary of the parks' transformation: a plan office of that province (or, with no
     * province, one that sees everything), a national-agency reader, the auditor and the administrator.
     */
    public void requireParkSummaryReader(Organisation province) {
        if (seesEverything() || user.has(Role.NATIONAL_READER)) {
            return;
        }
        boolean inProvince = province != null && user.organisation().map(o -> o.selfAndAncestors().stream()
                .anyMatch(a -> a.getId().equals(province.getId()))).orElse(false);
        if (!inProvince || !user.has(Role.PLAN_OFFICE)) {
            throw new AccessDeniedException("access.parks.summary");
        }
    }

    /**
     * One park's report: its own management committee, a plan office of its province, a national-agency
     * reader, the auditor and the administrator; for anyone else the park's report does not exist.
     */
    public boolean mayReadParkReport(Organisation province, Organisation committee) {
        if (seesEverything() || user.has(Role.NATIONAL_READER)) {
            return true;
        }
        Organisation me = user.organisation().orElse(null);
        if (me == null) {
            return false;
        }
        return me.getId().equals(committee.getId()) || (user.has(Role.PLAN_OFFICE)
                && me.selfAndAncestors().stream().anyMatch(a -> a.getId().equals(province.getId())));
    }

    /** Importing lists of typical cases: a plan office or the administrator. */
    /** Whether the user keeps the typical-case catalogue (plan office, administrator). */
    public boolean canEditCases() {
        return user.hasAny(Role.PLAN_OFFICE, Role.ADMINISTRATOR);
    }

    public void requireCaseEditor() {
        if (!canEditCases()) {
            throw new AccessDeniedException("access.cases.editors");
        }
    }

    public void requireIndicatorEditor() {
        if (!user.hasAny(Role.PLAN_OFFICE, Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("access.indicators.editors");
        }
    }

    /**
     * Creating a plan: a plan office creates it for its own organisation (owner), the administrator
     * creates reference documents or plans for any office.
     *
     * @return the owner the plan must have
     */
    public Organisation ownerForNewPlan(Organisation requestedOwner) {
        if (user.isSystem() || user.has(Role.ADMINISTRATOR)) {
            return requestedOwner;
        }
        if (user.has(Role.PLAN_OFFICE)) {
            Organisation mine = user.organisation().orElseThrow(() -> new AccessDeniedException("access.noOrganisation"));
            if (requestedOwner != null && !requestedOwner.getId().equals(mine.getId())) {
                throw new AccessDeniedException("access.plans.otherOwner");
            }
            return mine;
        }
        throw new AccessDeniedException("access.plans.create");
    }

    /** Changing a plan, its tasks or targets: its own plan office; the administrator for reference documents. */
    public void requireCanChange(Plan plan) {
        if (user.isSystem()) {
            return;
        }
        Organisation owner = plan.getOwner();
        if (owner == null && user.has(Role.ADMINISTRATOR)) {
            return;
        }
        if (owner != null && user.has(Role.PLAN_OFFICE)
                && user.organisation().map(o -> o.getId().equals(owner.getId())).orElse(false)) {
            return;
        }
        throw new AccessDeniedException("access.plans.change");
    }

    /** Whether the record {@code id} of {@code entity} ("Plan", "Task") lies within {@code scope} (built for alias {@code x}). */
    public boolean within(jakarta.persistence.EntityManager em, String entity, Long id, Scope scope) {
        if (seesEverything()) {
            return true;
        }
        jakarta.persistence.TypedQuery<Long> q = em.createQuery("select count(x) from " + entity + " x where x.id = :acc_id and ("
                + scope.jpql() + ")", Long.class).setParameter("acc_id", id);
        scope.params().forEach(q::setParameter);
        return q.getSingleResult() > 0;
    }

    /** Which plans the user may see, for a query over {@code Plan alias}. */
    public Scope planScope(String alias) {
        if (seesEverything()) {
            return Scope.all();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        any.add(alias + ".owner is null");
        Organisation me = user.organisation().orElse(null);
        if (me != null) {
            params.put("acc_me", me.getId());
            if (user.has(Role.PLAN_OFFICE)) {
                any.add(alias + ".owner.id = :acc_me");
                any.add("exists (select 1 from Plan acc_p join acc_p.issuers acc_i where acc_p = " + alias
                        + " and acc_i.id = :acc_me)");
            }
            String match = assignmentMatch("acc_a", me, params);
            if (match != null) {
                any.add("exists (select 1 from UnitAssignment acc_a where acc_a.task.plan = " + alias
                        + " and (" + match + "))");
            }
        }
        return Scope.of(any, params);
    }

    /** Which tasks the user may see, for a query over {@code Task alias}. */
    public Scope taskScope(String alias) {
        if (seesEverything()) {
            return Scope.all();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        any.add(alias + ".plan.owner is null");
        Organisation me = user.organisation().orElse(null);
        if (me != null) {
            params.put("acc_me", me.getId());
            if (user.has(Role.PLAN_OFFICE)) {
                any.add(alias + ".plan.owner.id = :acc_me");
            }
            String match = assignmentMatch("acc_a", me, params);
            if (match != null) {
                // the assigned task itself, the sections above it and the sub-tasks below it
                any.add("exists (select 1 from UnitAssignment acc_a join acc_a.task acc_m where acc_m.plan = "
                        + alias + ".plan and (" + match + ") and (acc_m.sortPath = " + alias + ".sortPath"
                        + " or acc_m.sortPath like concat(" + alias + ".sortPath, '.%')"
                        + " or " + alias + ".sortPath like concat(acc_m.sortPath, '.%')))");
            }
        }
        return Scope.of(any, params);
    }

    // ------------------------------------------------------------------ progress reporting

    /**
     * Which reporting cycles the user sees (alias over {@code ReportingCycle}): the plan's office,
     * the reviewing organisation and every obliged organisation; auditor and administrator all.
     */
    public Scope cycleScope(String alias) {
        if (seesEverything()) {
            return Scope.all();
        }
        Organisation me = user.organisation().orElse(null);
        if (me == null) {
            return new Scope("1 = 0", Map.of());
        }
        return new Scope(alias + ".plan.owner.id = :acc_me or " + alias + ".reviewer.id = :acc_me or "
                + alias + ".alternateReviewer.id = :acc_me"
                + " or exists (select 1 from Participant acc_p where acc_p.cycle = " + alias
                + " and acc_p.organisation.id = :acc_me)", Map.of("acc_me", me.getId()));
    }

    /**
     * Which submissions the user sees (alias over {@code Submission}): its own organisation's, and
     * all of a cycle it reviews or whose plan its office owns; auditor and administrator all.
     */
    public Scope submissionScope(String alias) {
        if (seesEverything()) {
            return Scope.all();
        }
        Organisation me = user.organisation().orElse(null);
        if (me == null) {
            return new Scope("1 = 0", Map.of());
        }
        return new Scope(alias + ".organisation.id = :acc_me or " + alias + ".cycle.reviewer.id = :acc_me or "
                + alias + ".cycle.plan.owner.id = :acc_me or (" + alias + ".cycle.alternateReviewer.id = :acc_me and "
                + alias + ".organisation.id = " + alias + ".cycle.reviewer.id)", Map.of("acc_me", me.getId()));
    }

    /** Filling in and submitting: people of the reporting organisation itself, in a working role. */
    public void requireCanFill(Organisation reporting) {
        if (user.isSystem()) {
            return;
        }
        boolean mine = user.organisation().map(o -> o.getId().equals(reporting.getId())).orElse(false);
        if (!mine || !user.hasAny(Role.PLAN_OFFICE, Role.PROVINCIAL_DEPARTMENT, Role.CITY_BUREAU, Role.COUNTY,
                Role.PARK_COMMITTEE)) {
            throw new AccessDeniedException("access.submissions.fill");
        }
    }

    /**
     * Returning or accepting: a plan office or department of the cycle's reviewing organisation —
     * and nobody approves what their own organisation filed.
     */
    public void requireCanReview(Organisation reviewer, Organisation reporting) {
        if (user.isSystem()) {
            return;
        }
        Organisation me = user.organisation().orElse(null);
        if (me != null && me.getId().equals(reporting.getId())) {
            throw new AccessDeniedException("access.submissions.ownOrganisation");
        }
        if (me == null || !me.getId().equals(reviewer.getId()) || !user.hasAny(Role.PLAN_OFFICE, Role.PROVINCIAL_DEPARTMENT)) {
            throw new AccessDeniedException("access.submissions.review");
        }
    }

    /** Whether the user could review (for the views' hints; the services still check). */
    public boolean canReview(Organisation reviewer, Organisation reporting) {
        return allows(() -> requireCanReview(reviewer, reporting));
    }

    public boolean canFill(Organisation reporting) {
        return allows(() -> requireCanFill(reporting));
    }

    /** The condition under which an assignment (alias {@code a}) names the user's organisation, or null. */
    private String assignmentMatch(String a, Organisation me, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        List<Long> ancestors = me.selfAndAncestors().stream().skip(1).map(Organisation::getId).toList();
        if (user.hasAny(Role.PROVINCIAL_DEPARTMENT, Role.PLAN_OFFICE)) {
            any.add("(" + a + ".organisation.id = :acc_me and " + a + ".role in :acc_deptRoles)");
            params.put("acc_deptRoles", DEPARTMENT_ROLES);
        }
        if (user.hasAny(Role.CITY_BUREAU, Role.COUNTY)) {
            any.add(a + ".organisation.id = :acc_me");
            if (me.getKind() == OrganisationKind.CITY_BUREAU && me.getParent() != null
                    && me.getParent().getKind() == OrganisationKind.CITY) {
                any.add(a + ".organisation.id = :acc_city");
                params.put("acc_city", me.getParent().getId());
            }
            if (!ancestors.isEmpty()) {
                any.add("(" + a + ".coverage = :acc_eachCity and " + a + ".organisation.id in :acc_ancestors)");
                params.put("acc_eachCity", Coverage.EACH_CITY);
                params.put("acc_ancestors", ancestors);
            }
        }
        if (user.has(Role.PARK_COMMITTEE)) {
            any.add(a + ".organisation.id = :acc_me");
            if (!ancestors.isEmpty()) {
                any.add("(" + a + ".coverage = :acc_eachPark and " + a + ".organisation.id in :acc_ancestors)");
                params.put("acc_eachPark", Coverage.EACH_PARK);
                params.put("acc_ancestors", ancestors);
            }
        }
        return any.isEmpty() ? null : String.join(" or ", any);
    }
}
