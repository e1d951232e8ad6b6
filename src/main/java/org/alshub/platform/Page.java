package org.alshub.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list. Every list in the API is paged. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> view) {
        return new Page<>(items.stream().map(view).toList(), page, size, total);
    }
}
