package org.alshub.platform;

import org.alshub.platform.problem.ProblemException;

/**
 * Checks page and size query parameters. Done here, not with @Min/@Max on the parameters:
 * Payara 6.2025.10's /openapi fails on Bean Validation annotations on anything but path parameters.
 */
public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
