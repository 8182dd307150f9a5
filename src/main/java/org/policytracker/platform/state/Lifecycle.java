package org.policytracker.platform.state;

import java.util.Set;

/**
 * A status with its transition table: the statuses it may become. The entity that holds it changes it only through
 * {@link #require}, so an illegal change is refused wherever it is asked for, whatever path asks.
 *
 * @param <E> the status enum
 */
public interface Lifecycle<E extends Enum<E> & Lifecycle<E>> {

    /** The statuses this one may become. */
    Set<E> next();

    /** Whether this status may become {@code next}. */
    default boolean canBecome(E next) {
        return next().contains(next);
    }

    /** {@code next} when {@code current} may become it; else an {@link IllegalTransitionException} naming {@code what}. */
    static <E extends Enum<E> & Lifecycle<E>> E require(String what, E current, E next) {
        if (!current.canBecome(next)) {
            throw new IllegalTransitionException(what, current, next);
        }
        return next;
    }
}
