package org.alshub.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times the way GOV.UK writes them ("Wednesday 24 February 2027", "10am", "2:30pm"),
 * and the one way dates people type are read: the three boxes of a date input, or one box typed
 * in a hurry at the console ("24/2/2027", "24 2 27", "24/2", "2027-02-24").
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})(?:\\D+(\\d{2}|\\d{4}))?");
    private static final String TYPED_EXAMPLE = "24/2/2027";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Dates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /** As the console's date box shows and takes it: 24/2/2027. */
    public static String typed(LocalDate date) {
        return TYPED.format(date);
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

    /** Why a typed date was not taken, in words to put after the field's name. */
    public static final class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The three boxes of a GOV.UK date input: day, month and a four-digit year. Empty when all
     * three are empty.
     */
    public static Optional<LocalDate> fromParts(String day, String month, String year) throws Unreadable {
        String d = strip(day);
        String m = strip(month);
        String y = strip(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return Optional.empty();
        }
        if (!NUMBER.matcher(d).matches() || !NUMBER.matcher(m).matches() || !NUMBER.matcher(y).matches()) {
            throw new Unreadable("must be a real date, like 27 3 2027");
        }
        if (y.length() != 4) {
            throw new Unreadable("must have a four-digit year, like 2027");
        }
        return Optional.of(of(Integer.parseInt(d), Integer.parseInt(m), Integer.parseInt(y), "27 3 2027"));
    }

    /**
     * A GOV.UK date input with only its month and year boxes (a month of a trial, say): the
     * month as a number and a four-digit year. Empty when both are empty.
     */
    public static Optional<YearMonth> monthFromParts(String month, String year) throws Unreadable {
        String m = strip(month);
        String y = strip(year);
        if (m.isEmpty() && y.isEmpty()) {
            return Optional.empty();
        }
        if (!NUMBER.matcher(m).matches() || !NUMBER.matcher(y).matches()) {
            throw new Unreadable("must be a real month and year, like 1 2027");
        }
        if (y.length() != 4) {
            throw new Unreadable("must have a four-digit year, like 2027");
        }
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(y), Integer.parseInt(m)));
        } catch (DateTimeException e) {
            throw new Unreadable("must be a real month and year, like 1 2027");
        }
    }

    /**
     * One box, as typed at the console: day and month with any separator and an optional year
     * (two digits mean this century); without a year, the next such day from today.
     */
    public static Optional<LocalDate> fromText(String text, LocalDate today) throws Unreadable {
        String typed = strip(text);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(typed);
        if (iso.matches()) {
            return Optional.of(of(Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(1)), TYPED_EXAMPLE));
        }
        Matcher m = DAY_MONTH_YEAR.matcher(typed);
        if (!m.matches()) {
            throw new Unreadable("must be a real date, like " + TYPED_EXAMPLE);
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            LocalDate date = of(day, month, today.getYear(), TYPED_EXAMPLE);
            return Optional.of(date.isBefore(today) ? of(day, month, today.getYear() + 1, TYPED_EXAMPLE) : date);
        }
        int year = Integer.parseInt(m.group(3));
        return Optional.of(of(day, month, m.group(3).length() == 2 ? 2000 + year : year, TYPED_EXAMPLE));
    }

    private static LocalDate of(int day, int month, int year, String example) throws Unreadable {
        if (!org.alshub.platform.Years.plausible(year)) {
            throw new Unreadable(org.alshub.platform.Years.RULE);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new Unreadable("must be a real date, like " + example);
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
