package org.policytracker.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;

/** One page of {@code select alias from Entity alias <where> order by …}, with the total count of the same filter. */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * @param from    e.g. {@code "Task t"}
     * @param fetch   joins to fetch with the items (not counted), e.g. {@code " join fetch t.indicator"}, or ""
     * @param where   starting with {@code " where "}, or ""
     * @param orderBy e.g. {@code "t.plan.id, t.sortPath"}
     */
    public static <T> Page<T> page(EntityManager em, Class<T> type, String from, String fetch, String where,
                                   Map<String, Object> params, String orderBy, int page, int size) {
        String alias = from.substring(from.lastIndexOf(' ') + 1);
        TypedQuery<T> items = em.createQuery("select " + alias + " from " + from + fetch + where + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
