package org.alshub.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The years a date may fall in: 1900 to 2200. A set records its past and plans its future; a
 * date outside that is a slip of the keyboard, and far-off years break calendars and databases.
 */
public final class Years {

    public static final int FIRST = 1900;
    public static final int LAST = 2200;
    public static final String RULE = "must be in a year from " + FIRST + " to " + LAST;

    private Years() {
    }

    public static boolean plausible(int year) {
        return year >= FIRST && year <= LAST;
    }

    public static boolean plausible(LocalDate date) {
        return date == null || plausible(date.getYear());
    }

    public static boolean plausible(LocalDateTime time) {
        return time == null || plausible(time.getYear());
    }
}
