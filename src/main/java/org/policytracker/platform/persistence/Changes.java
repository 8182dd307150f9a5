package org.policytracker.platform.persistence;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often entities of a class were written on this node: what an in-memory answer that rests on them compares to
 * know it is out of date here (for other nodes it must expire by itself). An entity class takes part by naming
 * this class in {@code @EntityListeners}; the count moves when the change is flushed.
 */
public final class Changes {

    private static final ConcurrentHashMap<Class<?>, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    /** The number of writes of {@code type} seen on this node so far. */
    public static long of(Class<?> type) {
        AtomicLong n = COUNTS.get(type);
        return n == null ? 0 : n.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        COUNTS.computeIfAbsent(entity.getClass(), k -> new AtomicLong()).incrementAndGet();
    }
}
