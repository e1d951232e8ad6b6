package org.alshub.platform;

import org.alshub.platform.problem.ProblemException;

/**
 * Checks page and size query parameters. Done here, not with @Min/@Max on the parameters:
 * Payara 6.2025.10's /openapi fails on Bean Validation annotations on anything but path parameters.
 */
public final class Paging {

    public static final int MAX_SIZE = 100;
    /** No list holds more rows than this; asking to skip more is a mistake, not a page. */
    public static final long MAX_OFFSET = 10_000_000;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        // in long: page * size overflowed int and reached the database as a negative offset
        if ((long) page * size > MAX_OFFSET) {
            throw ProblemException.invalid("page", "must be at most " + MAX_OFFSET / size + " for pages of " + size);
        }
    }

    /** The rows to skip for a page that {@link #check} let through. */
    public static int offset(int page, int size) {
        check(page, size);
        return page * size;
    }
}
