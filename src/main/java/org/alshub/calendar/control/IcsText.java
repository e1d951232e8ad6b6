package org.alshub.calendar.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Turns a calendar into the bytes we serve. iCal4j folds lines by characters, so a line of Bengali
 * or emoji reaches 84 octets where RFC 5545 allows 75: we let it write long lines and fold them
 * again here, by octets, never inside a character.
 */
public final class IcsText {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsText() {
    }

    /** Validates the calendar and writes it; an invalid calendar is a bug and is never served. */
    public static String write(Calendar calendar) {
        ValidationResult result;
        try {
            result = calendar.validate();
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar: " + e.getMessage(), e);
        }
        if (result.hasErrors()) {
            throw new IllegalStateException("invalid calendar: " + result);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(unfold(out.toString()));
    }

    /** RFC 5545 section 3.1: a CRLF followed by one space or tab is removed. */
    static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /** Folds every line so no physical line exceeds 75 octets of UTF-8 before its CRLF. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split(CRLF, -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int width = utf8Length(codePoint);
                if (octets + width > MAX_OCTETS) {
                    folded.append(CRLF).append(' ');
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += width;
                i += Character.charCount(codePoint);
            }
            folded.append(CRLF);
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    public static byte[] bytes(String ics) {
        return ics.getBytes(StandardCharsets.UTF_8);
    }
}
