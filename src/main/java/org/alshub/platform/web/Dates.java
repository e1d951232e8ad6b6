package org.alshub.platform.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times the way GOV.UK writes them: "Wednesday 24 February 2027", "10am", "2:30pm". */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    public static String time(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    public static String times(LocalTime start, LocalTime end) {
        return time(start) + " to " + time(end);
    }

    /** For a form field: 10:00, 14:30. */
    public static String field(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
