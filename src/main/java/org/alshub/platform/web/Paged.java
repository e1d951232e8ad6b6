package org.alshub.platform.web;

/**
 * GOV.UK pagination for one page of a longer list: page {@code page} (from 0) of {@code total}
 * items, {@code size} a page. {@code base} is the list's address ending in ? or &.
 */
public record Paged(String base, int page, int size, long total) {

    public boolean previous() {
        return page > 0;
    }

    public boolean next() {
        return (long) (page + 1) * size < total;
    }

    public String href(int number) {
        return base + "page=" + number;
    }
}
