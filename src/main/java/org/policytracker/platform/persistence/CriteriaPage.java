package org.policytracker.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A filtered list as Criteria queries over the JPA static metamodel ({@code Organisation_.kind}): the filter's
 * conditions are built once for the items and once for their count, from typed attributes, so a renamed field fails
 * the build and no query text is glued together.
 */
public final class CriteriaPage {

    /** The conditions of a filter over the root of one query (with the query, for subqueries); and-ed. */
    @FunctionalInterface
    public interface Where<T> {
        List<Predicate> of(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query);
    }

    /** The order of the items. */
    @FunctionalInterface
    public interface OrderBy<T> {
        List<Order> of(CriteriaBuilder cb, Root<T> root);
    }

    private CriteriaPage() {
    }

    /** One page of the items, with the total count of the same filter. */
    public static <T> Page<T> page(EntityManager em, Class<T> type, Where<T> where, OrderBy<T> orderBy, int page, int size) {
        return page(em, type, where, orderBy, root -> { }, page, size);
    }

    /** One page of the items, each with the associations {@code fetch} joins (not counted), and the total count. */
    public static <T> Page<T> page(EntityManager em, Class<T> type, Where<T> where, OrderBy<T> orderBy, Consumer<Root<T>> fetch,
                                   int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(type);
        count.select(cb.count(counted)).where(where.of(cb, counted, count).toArray(Predicate[]::new));
        List<T> items = em.createQuery(items(cb, type, where, orderBy, fetch)).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        return new Page<>(items, page, size, em.createQuery(count).getSingleResult());
    }

    /** Every item of the filter, in order (an export). */
    public static <T> List<T> all(EntityManager em, Class<T> type, Where<T> where, OrderBy<T> orderBy) {
        return em.createQuery(items(em.getCriteriaBuilder(), type, where, orderBy, root -> { })).getResultList();
    }

    private static <T> CriteriaQuery<T> items(CriteriaBuilder cb, Class<T> type, Where<T> where, OrderBy<T> orderBy,
                                              Consumer<Root<T>> fetch) {
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> root = q.from(type);
        fetch.accept(root);
        return q.select(root).where(where.of(cb, root, q).toArray(Predicate[]::new)).orderBy(orderBy.of(cb, root));
    }

    /** "contains, whatever the case": the text stripped and lowered, as a like pattern for {@link #containing}. */
    public static String pattern(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    /** Any of the fields contains the pattern (lower-cased). */
    @SafeVarargs
    public static Predicate containing(CriteriaBuilder cb, String pattern, Expression<String>... fields) {
        Predicate[] any = new Predicate[fields.length];
        for (int i = 0; i < fields.length; i++) {
            any[i] = cb.like(cb.lower(fields[i]), pattern);
        }
        return cb.or(any);
    }

    /** Whether a filter's text was given. */
    public static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
