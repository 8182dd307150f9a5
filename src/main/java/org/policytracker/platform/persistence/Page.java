package org.policytracker.platform.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the 0-based page number, the page size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
