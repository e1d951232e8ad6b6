package org.alshub.platform.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.alshub.platform.problem.ProblemException;

public final class Zones {

    private Zones() {
    }

    /** A time-zone id from user input ("Europe/London"), or a 400 naming the field. */
    public static ZoneId parse(String field, String id, ZoneId fallback) {
        if (id == null || id.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw ProblemException.invalid(field, "is not a time zone such as Europe/London");
        }
    }
}
