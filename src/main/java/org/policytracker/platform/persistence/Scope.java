package org.policytracker.platform.persistence;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.List;

/**
 * What a user may see of a kind of record, as a Criteria condition over a query's root (or any path to that kind of
 * record: a target's plan), to be and-ed into every query of that kind. Each capability states its own
 * ({@code PlanAccess.planScope}, {@code ReportingAccess.submissionScope} …) from its entities' typed metamodel
 * attributes, so a renamed field fails the build, not security; no query text is glued together.
 *
 * @param <X> the kind of record
 */
@FunctionalInterface
public interface Scope<X> {

    /** The condition over {@code record} within {@code query} (which subqueries hang on). */
    Predicate on(CriteriaBuilder cb, AbstractQuery<?> query, Path<X> record);

    static <X> Scope<X> all() {
        return (cb, query, record) -> cb.conjunction();
    }

    static <X> Scope<X> none() {
        return (cb, query, record) -> cb.disjunction();
    }

    /** Any of the conditions; none at all is false (nothing is seen), whatever the provider makes of an empty "or". */
    static Predicate anyOf(CriteriaBuilder cb, List<Predicate> alternatives) {
        return alternatives.isEmpty() ? cb.disjunction() : cb.or(alternatives.toArray(Predicate[]::new));
    }
}
