package org.alshub.workshop.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;

class MonthlyRuleTest {

    @Provide
    Arbitrary<MonthlyRule> rules() {
        Arbitrary<MonthlyRule> weekday = Combinators.combine(
                Arbitraries.of(1, 2, 3, 4, -1), Arbitraries.of(DayOfWeek.class)).as(MonthlyRule::nthWeekday);
        Arbitrary<MonthlyRule> day = Arbitraries.integers().between(1, 31).map(MonthlyRule::dayOfMonth);
        return Arbitraries.oneOf(weekday, day);
    }

    @Provide
    Arbitrary<LocalDate> starts() {
        return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2090, 12, 31));
    }

    @Property
    void everyDateMatchesTheRuleAndNoMonthIsSkippedOrTwice(@ForAll("rules") MonthlyRule rule,
                                                          @ForAll("starts") LocalDate from,
                                                          @ForAll @IntRange(min = 1, max = 60) int months) {
        LocalDate to = from.plusMonths(months);
        List<LocalDate> dates = rule.datesBetween(from, to);
        dates.forEach(date -> assertTrue(rule.matches(date), rule + " gave " + date));
        dates.forEach(date -> assertTrue(!date.isBefore(from) && !date.isAfter(to)));
        var monthsSeen = new HashSet<YearMonth>();
        dates.forEach(date -> assertTrue(monthsSeen.add(YearMonth.from(date)), "twice in " + date));
        for (int i = 1; i < dates.size(); i++) {
            assertEquals(1, ChronoUnit.MONTHS.between(YearMonth.from(dates.get(i - 1)), YearMonth.from(dates.get(i))),
                    "month skipped after " + dates.get(i - 1));
        }
        // every whole month strictly inside the range has its date
        long wholeMonths = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) - 1;
        assertTrue(dates.size() >= wholeMonths);
    }

    @Property
    void aWeekdayRuleGivesThatWeekdayInTheRightWeek(@ForAll @IntRange(min = 1, max = 4) int ordinal,
                                                     @ForAll DayOfWeek day, @ForAll("starts") LocalDate anyDay) {
        LocalDate date = MonthlyRule.nthWeekday(ordinal, day).dateIn(YearMonth.from(anyDay));
        assertEquals(day, date.getDayOfWeek());
        assertEquals(ordinal, (date.getDayOfMonth() - 1) / 7 + 1);
        LocalDate last = MonthlyRule.nthWeekday(-1, day).dateIn(YearMonth.from(anyDay));
        assertEquals(day, last.getDayOfWeek());
        assertTrue(last.plusWeeks(1).getMonth() != last.getMonth());
    }

    @Property
    void theWordsReadBackAsTheSameRule(@ForAll("rules") MonthlyRule rule) {
        assertEquals(rule, MonthlyRule.parse(rule.text()));
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
