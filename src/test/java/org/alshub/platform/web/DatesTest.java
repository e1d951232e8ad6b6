package org.alshub.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one reading of dates people type: the date input's three boxes and the console's one box. */
class DatesTest {

    static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    /** The seed of the todays paired with typed days: fixed, so a failure comes back the same. */
    static final long SEED = 20270224L;

    /** Todays at the edges of years and of February, in leap years (2000, 2028) and common ones. */
    static final List<LocalDate> EDGE_TODAYS = Stream.of("2000-01-01", "2000-02-28", "2000-02-29", "2000-03-01",
            "2000-12-31", "2027-01-01", "2027-02-28", "2027-03-01", "2027-12-31", "2028-02-28", "2028-02-29",
            "2028-12-31", "2099-01-01", "2099-02-28", "2099-03-01", "2099-12-31").map(LocalDate::parse).toList();

    /** Every day from 1 January 2000 to 31 December 2099. */
    static List<LocalDate> days() {
        return FIRST.datesUntil(LAST.plusDays(1)).toList();
    }

    /** Every month from January 2000 to December 2099. */
    static List<YearMonth> months() {
        return Stream.iterate(YearMonth.from(FIRST), month -> !month.isAfter(YearMonth.from(LAST)),
                month -> month.plusMonths(1)).toList();
    }

    /** 7 as 07: String.format is too slow for a hundred years of days. */
    static String twoDigits(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /** The three boxes read, or a failure naming what was typed. */
    static Optional<LocalDate> fromParts(String day, String month, String year) {
        return assertDoesNotThrow(() -> Dates.fromParts(day, month, year), () -> day + " " + month + " " + year);
    }

    /** The console box read, or a failure naming what was typed and when. */
    static Optional<LocalDate> fromText(String typed, LocalDate today) {
        return assertDoesNotThrow(() -> Dates.fromText(typed, today), () -> typed + " on " + today);
    }

    @Test
    void everyDateComesBackFromTheThreeBoxes() {
        for (LocalDate day : days()) {
            assertEquals(Optional.of(day), fromParts(String.valueOf(day.getDayOfMonth()),
                    String.valueOf(day.getMonthValue()), String.valueOf(day.getYear())), day::toString);
            assertEquals(Optional.of(day), fromParts(" 0" + day.getDayOfMonth() + " ",
                    twoDigits(day.getMonthValue()), day.getYear() + " "),
                    () -> day + ": spaces and leading zeros are fine");
        }
    }

    /**
     * Every day, typed on a today that is every other day one of the edge todays in turn, else the day
     * moved up to two years either way by {@code new Random(SEED)} (the typed forms carry a year).
     */
    @Test
    void everyDateComesBackFromTheConsoleBoxHoweverItIsTyped() {
        Random random = new Random(SEED);
        List<LocalDate> days = days();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            int shift = random.nextInt(2 * 731 + 1) - 731;
            LocalDate today = i % 2 == 0 ? EDGE_TODAYS.get(i / 2 % EDGE_TODAYS.size()) : day.plusDays(shift);
            assertEquals(Optional.of(day), fromText(Dates.typed(day), today), () -> day + " on " + today);
            String twoDigitYear = day.getDayOfMonth() + " " + day.getMonthValue() + " "
                    + twoDigits(day.getYear() % 100);
            assertEquals(Optional.of(day), fromText(twoDigitYear, today),
                    () -> twoDigitYear + " on " + today + ": a two-digit year is this century");
            assertEquals(Optional.of(day), fromText(day.toString(), today), () -> day + " on " + today);
        }
    }

    /**
     * Every day and month a year always has (1 to 28), from every today of a common year (2027) and
     * a leap year (2028), and the edge todays; the answer is the first such day on or after today.
     */
    @Test
    void aDayWithoutAYearIsTheNextSuchDayFromToday() {
        List<LocalDate> todays = Stream.concat(LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2029, 1, 1)),
                EDGE_TODAYS.stream()).toList();
        for (LocalDate today : todays) {
            LocalDate yearOn = today.plusYears(1);
            for (int month = 1; month <= 12; month++) {
                for (int day = 1; day <= 28; day++) {
                    String typed = day + "/" + month;
                    LocalDate read = fromText(typed, today).orElseThrow();
                    if (read.getDayOfMonth() != day || read.getMonthValue() != month || read.isBefore(today)
                            || read.isAfter(yearOn) || !read.minusYears(1).isBefore(today)) {
                        fail(typed + " on " + today + " read as " + read + ", not the next such day");
                    }
                }
            }
        }
    }

    /** The day after the last of every month from January 2000 to December 2099. */
    @Test
    void aDayThatDoesNotExistIsRefused() {
        for (YearMonth month : months()) {
            String impossible = String.valueOf(month.lengthOfMonth() + 1);
            String m = String.valueOf(month.getMonthValue());
            String year = String.valueOf(month.getYear());
            LocalDate newYear = month.atDay(1).withDayOfYear(1);
            assertThrows(Dates.Unreadable.class, () -> Dates.fromParts(impossible, m, year),
                    () -> impossible + " " + month);
            assertThrows(Dates.Unreadable.class, () -> Dates.fromText(impossible + "/" + m + "/" + year, newYear),
                    () -> impossible + "/" + month);
        }
    }

    @Test
    void theDateInputWantsAFourDigitYearAndNumbers() throws Exception {
        assertEquals(Optional.empty(), Dates.fromParts("", " ", null), "left empty: no answer, not an error");
        Dates.Unreadable shortYear = assertThrows(Dates.Unreadable.class, () -> Dates.fromParts("27", "3", "27"));
        assertEquals("must have a four-digit year, like 2027", shortYear.getMessage());
        Dates.Unreadable words = assertThrows(Dates.Unreadable.class, () -> Dates.fromParts("27", "March", "2027"));
        assertEquals("must be a real date, like 27 3 2027", words.getMessage());
        assertThrows(Dates.Unreadable.class, () -> Dates.fromText("next Tuesday", LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.empty(), Dates.fromText("  ", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void timesAreWrittenTheGovukWay() {
        assertEquals("10am to midday", Dates.times(java.time.LocalTime.of(10, 0), java.time.LocalTime.NOON));
        assertEquals("2:30pm", Dates.time(java.time.LocalTime.of(14, 30)));
        assertEquals("12am", Dates.time(java.time.LocalTime.MIDNIGHT));
        assertEquals("Wednesday 23 January 2013", Dates.day(LocalDate.of(2013, 1, 23)));
    }

    @Test
    void yearsOutsideNineteenHundredToTwentyTwoHundredAreRefused() {
        for (String[] parts : new String[][]{{"1", "1", "1899"}, {"1", "1", "2201"}, {"1", "1", "0001"}, {"1", "1", "9999"}}) {
            org.junit.jupiter.api.Assertions.assertThrows(Dates.Unreadable.class,
                    () -> Dates.fromParts(parts[0], parts[1], parts[2]), String.join(" ", parts));
        }
        org.junit.jupiter.api.Assertions.assertThrows(Dates.Unreadable.class,
                () -> Dates.fromText("24/2/9999", java.time.LocalDate.of(2027, 1, 1)));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Dates.fromParts("1", "1", "1900"));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Dates.fromParts("31", "12", "2200"));
    }

    /** Every month from January 2000 to December 2099, its number typed with and without a leading zero. */
    @Test
    void everyMonthComesBackFromTheMonthAndYearBoxes() throws Exception {
        for (YearMonth month : months()) {
            assertEquals(Optional.of(month), Dates.monthFromParts(" " + twoDigits(month.getMonthValue()),
                    month.getYear() + " "), month::toString);
            assertEquals(Optional.of(month), Dates.monthFromParts(String.valueOf(month.getMonthValue()),
                    String.valueOf(month.getYear())), month::toString);
        }
    }

    @Test
    void theMonthInputWantsARealMonthAndAFourDigitYear() throws Exception {
        assertEquals(Optional.empty(), Dates.monthFromParts("", " "));
        assertEquals("must be a real month and year, like 1 2027",
                assertThrows(Dates.Unreadable.class, () -> Dates.monthFromParts("13", "2027")).getMessage());
        assertEquals("must be a real month and year, like 1 2027",
                assertThrows(Dates.Unreadable.class, () -> Dates.monthFromParts("January", "2027")).getMessage());
        assertEquals("must be a real month and year, like 1 2027",
                assertThrows(Dates.Unreadable.class, () -> Dates.monthFromParts("", "2027")).getMessage());
        assertEquals("must have a four-digit year, like 2027",
                assertThrows(Dates.Unreadable.class, () -> Dates.monthFromParts("1", "27")).getMessage());
    }
}
