package org.alshub.platform;

import org.alshub.platform.problem.ProblemException;

/**
 * What a person's name may hold: any letters, marks and punctuation of any script, but no control
 * characters (a tab, a line break, an escape, a bidirectional override) that would break a CSV,
 * an email header or a calendar line, or make a name read otherwise than it is.
 */
public final class Names {

    private Names() {
    }

    /** The name, stripped, or a 400 naming the field when it holds a control character. */
    public static String plain(String field, String name) {
        if (name == null) {
            return null;
        }
        if (name.codePoints().anyMatch(Names::control)) {
            throw ProblemException.invalid(field, "must not contain control characters such as tabs or line breaks");
        }
        return name.strip();
    }

    static boolean control(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
