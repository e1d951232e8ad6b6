package org.alshub.calendar.control;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.StringJoiner;
import org.alshub.workshop.entity.MonthlyRule;
import org.alshub.workshop.entity.WorkshopSeries;

/** A series' monthly rule as an RFC 5545 RRULE, with the same dates the app stores. */
public final class Recurrences {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Recurrences() {
    }

    public static String rrule(WorkshopSeries series) {
        StringJoiner parts = new StringJoiner(";");
        parts.add("FREQ=MONTHLY");
        if (series.endsBefore() != null) {
            // UNTIL is inclusive and, with a zoned DTSTART, must be UTC: the last second before the end date
            parts.add("UNTIL=" + UTC.format(series.endsBefore().atStartOfDay(series.zone()).toInstant().minusSeconds(1)));
        }
        parts.add(byRule(series.rule()));
        return parts.toString();
    }

    /**
     * "fourth Wednesday" is BYDAY=4WE and "last Thursday" BYDAY=-1TH. "The 30th" falls on the last
     * day of a shorter month, which BYMONTHDAY=30 alone would skip: the last of the days 28 to 30
     * that the month has (BYSETPOS=-1) is exactly that. "The 31st" is simply the month's last day.
     */
    static String byRule(MonthlyRule rule) {
        if (rule.dayOfWeek() != null) {
            return "BYDAY=" + rule.ordinal() + code(rule.dayOfWeek());
        }
        int day = rule.dayOfMonth();
        if (day <= 28) {
            return "BYMONTHDAY=" + day;
        }
        if (day == 31) {
            return "BYMONTHDAY=-1";
        }
        StringJoiner days = new StringJoiner(",");
        for (int d = 28; d <= day; d++) {
            days.add(Integer.toString(d));
        }
        return "BYMONTHDAY=" + days + ";BYSETPOS=-1";
    }

    static String code(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).substring(0, 2).toUpperCase(Locale.ROOT);
    }
}
