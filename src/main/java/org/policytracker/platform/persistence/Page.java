package org.policytracker.platform.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the 0-based page number, the page size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The size to ask for when every item is wanted (then read them with {@link #all()}). */
    public static final int EVERY = Integer.MAX_VALUE;

    /**
     * Every item the filter matched — for a figure, a report or a choice list, where part of them would be a wrong
     * answer: refused loudly when this page does not hold them all, never a silent first page.
     */
    public List<T> all() {
        if (page != 0 || total > items.size()) {
            throw new IllegalStateException("asked for every item but got " + items.size() + " of " + total + " (page " + page + ")");
        }
        return items;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
