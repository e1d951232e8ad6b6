package org.alshub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The one reading of dates people type: the date input's three boxes and the console's one box. */
class DatesTest {

    @Provide
    Arbitrary<LocalDate> days() {
        return net.jqwik.time.api.Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
    }

    @Property
    void everyDateComesBackFromTheThreeBoxes(@ForAll("days") LocalDate day) throws Exception {
        assertEquals(Optional.of(day), Dates.fromParts(String.valueOf(day.getDayOfMonth()),
                String.valueOf(day.getMonthValue()), String.valueOf(day.getYear())));
        assertEquals(Optional.of(day), Dates.fromParts(" 0" + day.getDayOfMonth() + " ",
                String.format("%02d", day.getMonthValue()), day.getYear() + " "), "spaces and leading zeros are fine");
    }

    @Property
    void everyDateComesBackFromTheConsoleBoxHoweverItIsTyped(@ForAll("days") LocalDate day,
                                                             @ForAll("days") LocalDate today) throws Exception {
        assertEquals(Optional.of(day), Dates.fromText(Dates.typed(day), today));
        assertEquals(Optional.of(day), Dates.fromText(day.getDayOfMonth() + " " + day.getMonthValue() + " "
                + String.format("%02d", day.getYear() % 100), today), "a two-digit year is this century");
        assertEquals(Optional.of(day), Dates.fromText(day.toString(), today));
    }

    @Property
    void aDayWithoutAYearIsTheNextSuchDayFromToday(@ForAll("days") LocalDate today,
                                                   @ForAll @IntRange(min = 1, max = 28) int day,
                                                   @ForAll @IntRange(min = 1, max = 12) int month) throws Exception {
        LocalDate read = Dates.fromText(day + "/" + month, today).orElseThrow();
        assertEquals(day, read.getDayOfMonth());
        assertEquals(month, read.getMonthValue());
        assertTrue(!read.isBefore(today) && read.isBefore(today.plusYears(1).plusDays(1)), read + " from " + today);
    }

    @Property
    void aDayThatDoesNotExistIsRefused(@ForAll @IntRange(min = 1, max = 12) int month,
                                       @ForAll @IntRange(min = 2001, max = 2099) int year) {
        int impossible = LocalDate.of(year, month, 1).lengthOfMonth() + 1;
        assertThrows(Dates.Unreadable.class, () -> Dates.fromParts(String.valueOf(impossible), String.valueOf(month),
                String.valueOf(year)));
        assertThrows(Dates.Unreadable.class, () -> Dates.fromText(impossible + "/" + month + "/" + year,
                LocalDate.of(year, 1, 1)));
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

    @Property
    void everyMonthComesBackFromTheMonthAndYearBoxes(@ForAll("days") LocalDate day) throws Exception {
        java.time.YearMonth month = java.time.YearMonth.from(day);
        assertEquals(Optional.of(month), Dates.monthFromParts(" " + String.format("%02d", day.getMonthValue()),
                day.getYear() + " "));
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
