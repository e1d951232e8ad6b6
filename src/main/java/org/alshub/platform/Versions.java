package org.alshub.platform;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalInt;
import org.alshub.platform.problem.ProblemException;

/**
 * A record's JPA version, exposed as its ETag. An update that sends If-Match with an older tag
 * is refused with 409 instead of silently overwriting someone else's change.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The version named by an If-Match header, if one was sent. */
    public static OptionalInt expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalInt.empty();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw ProblemException.stale();
        }
    }

    public static void check(OptionalInt expected, int actual) {
        if (expected.isPresent() && expected.getAsInt() != actual) {
            throw ProblemException.stale();
        }
    }
}
