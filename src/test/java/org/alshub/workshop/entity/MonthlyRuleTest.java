package org.alshub.workshop.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MonthlyRuleTest {

    /** Every rule there is: first to fourth and last of each weekday (35), and the 1st to the 31st. */
    static List<MonthlyRule> rules() {
        List<MonthlyRule> rules = new ArrayList<>();
        for (int ordinal : new int[]{1, 2, 3, 4, -1}) {
            for (DayOfWeek day : DayOfWeek.values()) {
                rules.add(MonthlyRule.nthWeekday(ordinal, day));
            }
        }
        for (int day = 1; day <= 31; day++) {
            rules.add(MonthlyRule.dayOfMonth(day));
        }
        return rules;
    }

    /**
     * Each rule from every day of 2000 to 2027 to the same day a month on, so every way the ends of a
     * range can fall (from 1901 to 2099 the calendar repeats every 28 years: 2028 is 2000 again), and
     * for every length from 1 to 60 months from the last day of each month of 2000, where the end is
     * cut short most. All lengths from every day would be minutes of work.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyDateMatchesTheRuleAndNoMonthIsSkippedOrTwice(MonthlyRule rule) {
        for (LocalDate from = LocalDate.of(2000, 1, 1); from.getYear() < 2028; from = from.plusDays(1)) {
            datesMatchTheRuleAndNoMonthIsSkippedOrTwice(rule, from, 1);
        }
        for (YearMonth month = YearMonth.of(2000, 1); month.getYear() == 2000; month = month.plusMonths(1)) {
            for (int months = 1; months <= 60; months++) {
                datesMatchTheRuleAndNoMonthIsSkippedOrTwice(rule, month.atEndOfMonth(), months);
            }
        }
    }

    static void datesMatchTheRuleAndNoMonthIsSkippedOrTwice(MonthlyRule rule, LocalDate from, int months) {
        LocalDate to = from.plusMonths(months);
        List<LocalDate> dates = rule.datesBetween(from, to);
        YearMonth previous = null;
        for (LocalDate date : dates) {
            YearMonth month = YearMonth.from(date);
            if (!rule.matches(date) || date.isBefore(from) || date.isAfter(to)) {
                fail(rule + " gave " + date + " from " + from + " to " + to);
            }
            if (previous != null && !previous.plusMonths(1).equals(month)) {
                fail(rule + (previous.equals(month) ? " twice in " : " skipped a month before ") + date + " from "
                        + from + " to " + to);
            }
            previous = month;
        }
        // every whole month strictly inside the range has its date
        long wholeMonths = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) - 1;
        if (dates.size() < wholeMonths) {
            fail(rule + " gave " + dates + " from " + from + " to " + to);
        }
    }

    /** Every ordinal and weekday in every month of a whole 400-year Gregorian cycle, 2000 to 2399. */
    @Test
    void aWeekdayRuleGivesThatWeekdayInTheRightWeek() {
        for (YearMonth month = YearMonth.of(2000, 1); month.getYear() < 2400; month = month.plusMonths(1)) {
            for (DayOfWeek day : DayOfWeek.values()) {
                for (int ordinal = 1; ordinal <= 4; ordinal++) {
                    LocalDate date = MonthlyRule.nthWeekday(ordinal, day).dateIn(month);
                    if (date.getDayOfWeek() != day || !YearMonth.from(date).equals(month)
                            || (date.getDayOfMonth() - 1) / 7 + 1 != ordinal) {
                        fail(MonthlyRule.nthWeekday(ordinal, day) + " in " + month + " gave " + date);
                    }
                }
                LocalDate last = MonthlyRule.nthWeekday(-1, day).dateIn(month);
                if (last.getDayOfWeek() != day || !YearMonth.from(last).equals(month)
                        || last.plusWeeks(1).getMonth() == last.getMonth()) {
                    fail(MonthlyRule.nthWeekday(-1, day) + " in " + month + " gave " + last);
                }
            }
        }
    }

    /** Every rule, as shown and shouted. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theWordsReadBackAsTheSameRule(MonthlyRule rule) {
        assertEquals(rule, MonthlyRule.parse(rule.text()));
        assertEquals(rule, MonthlyRule.parse("  " + rule.text().toUpperCase(Locale.ROOT) + " "));
    }

    @Test
    void readsWhatAFacilitatorSaysAloud() {
        assertEquals(MonthlyRule.nthWeekday(4, DayOfWeek.WEDNESDAY), MonthlyRule.parse("fourth Wednesday"));
        assertEquals(MonthlyRule.nthWeekday(4, DayOfWeek.WEDNESDAY), MonthlyRule.parse("the 4th wednesday of the month"));
        assertEquals(MonthlyRule.nthWeekday(-1, DayOfWeek.THURSDAY), MonthlyRule.parse("Last Thursday"));
        assertEquals(MonthlyRule.nthWeekday(1, DayOfWeek.MONDAY), MonthlyRule.parse("first Monday"));
        assertEquals(MonthlyRule.dayOfMonth(15), MonthlyRule.parse("the 15th"));
        assertEquals(MonthlyRule.dayOfMonth(1), MonthlyRule.parse("1st"));
        assertEquals("fourth Wednesday", MonthlyRule.parse("FOURTH  wednesday").text());
        assertEquals("the 22nd", MonthlyRule.dayOfMonth(22).text());
        assertEquals("the 13th", MonthlyRule.dayOfMonth(13).text());
    }

    @Test
    void refusesRulesThatSkipMonthsOrAreNotRules() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MonthlyRule.parse("fifth Monday"))
                .getMessage().contains("last Monday"));
        assertThrows(IllegalArgumentException.class, () -> MonthlyRule.parse("the 32nd"));
        assertThrows(IllegalArgumentException.class, () -> MonthlyRule.parse("every other Tuesday"));
        assertThrows(IllegalArgumentException.class, () -> MonthlyRule.parse(""));
        assertThrows(IllegalArgumentException.class, () -> MonthlyRule.parse(null));
    }

    @Test
    void theBlogsJanuaryWorkshopIsTheFourthWednesday() {
        assertEquals(LocalDate.of(2013, 1, 23), MonthlyRule.parse("fourth Wednesday").dateIn(YearMonth.of(2013, 1)));
        assertEquals(LocalDate.of(2012, 11, 29), MonthlyRule.parse("last Thursday").dateIn(YearMonth.of(2012, 11)));
        assertEquals(LocalDate.of(2027, 2, 28), MonthlyRule.parse("the 31st").dateIn(YearMonth.of(2027, 2)));
    }
}
