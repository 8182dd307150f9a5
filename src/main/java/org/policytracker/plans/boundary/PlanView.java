package org.policytracker.plans.boundary;

import java.time.LocalDate;
import java.util.List;
import org.policytracker.organisations.boundary.OrganisationView.Ref;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.PlanLevel;
import org.policytracker.plans.entity.PlanStatus;

/** A plan as the API shows it. */
public record PlanView(Long id, String code, String titleZh, String titleEn, String documentNumber,
                       PlanLevel level, PlanStatus status, LocalDate issueDate, LocalDate periodStart,
                       LocalDate periodEnd, String overallGoalsZh, String overallGoalsEn, Ref owner,
                       List<Ref> issuers, List<PlanRef> implementsPlans, long version) {

    public static PlanView of(Plan p) {
        return new PlanView(p.getId(), p.getCode(), p.getTitleZh(), p.getTitleEn(), p.getDocumentNumber(),
                p.getLevel(), p.getStatus(), p.getIssueDate(), p.getPeriodStart(), p.getPeriodEnd(),
                p.getOverallGoalsZh(), p.getOverallGoalsEn(), Ref.of(p.getOwner()),
                p.getIssuers().stream().map(Ref::of).toList(),
                p.getImplementsPlans().stream().map(PlanRef::of).toList(), p.getVersion());
    }

    /** A short reference to a plan. */
    public record PlanRef(Long id, String code, String titleZh, String titleEn, String documentNumber) {
        public static PlanRef of(Plan p) {
            return new PlanRef(p.getId(), p.getCode(), p.getTitleZh(), p.getTitleEn(), p.getDocumentNumber());
        }
    }
}
