package org.alshub.trial.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ending a channel trial: the blog's January-to-June 2013 trial, ended early or late. */
class ChannelTrialTest {

    static final Instant NOW = Instant.parse("2013-03-20T10:00:00Z");

    static ChannelTrial januaryToJune() {
        return new ChannelTrial("LinkedIn, Lino-it or the Co-operative Toolkit?", YearMonth.of(2013, 1),
                YearMonth.of(2013, 6), Instant.parse("2012-12-01T10:00:00Z"));
    }

    @Test
    void endedInMarchTheTrialRunsJanuaryToMarchAndTakesNoMoreAnswers() {
        ChannelTrial trial = januaryToJune();
        assertTrue(trial.takesAnswers(YearMonth.of(2013, 3)));
        trial.end(YearMonth.of(2013, 3), NOW);
        assertTrue(trial.isEnded());
        assertEquals(NOW, trial.endedAt());
        assertEquals(List.of(YearMonth.of(2013, 1), YearMonth.of(2013, 2), YearMonth.of(2013, 3)), trial.months());
        assertFalse(trial.covers(YearMonth.of(2013, 4)), "April was never reached");
        assertFalse(trial.takesAnswers(YearMonth.of(2013, 3)));
    }

    @Test
    void endedAfterItsLastMonthTheTrialKeepsItsMonths() {
        ChannelTrial trial = januaryToJune();
        trial.end(YearMonth.of(2013, 9), NOW);
        assertEquals(YearMonth.of(2013, 6), trial.lastMonth());
        assertEquals(6, trial.months().size());
    }

    @Test
    void aTrialEndsOnceAndOnlyOnceItHasBegun() {
        ChannelTrial trial = januaryToJune();
        assertFalse(trial.takesAnswers(YearMonth.of(2012, 12)), "not begun");
        assertThrows(IllegalStateException.class, () -> trial.end(YearMonth.of(2012, 12), NOW));
        assertFalse(trial.isEnded());
        trial.end(YearMonth.of(2013, 1), NOW);
        assertEquals(List.of(YearMonth.of(2013, 1)), trial.months());
        assertThrows(IllegalStateException.class, () -> trial.end(YearMonth.of(2013, 2), NOW));
    }

    /** Every trial of 1 to 24 months, ended in each month from its first to 30 months in. */
    @Test
    void endingKeepsTheMonthsUpToTheMonthItEndsIn() {
        YearMonth first = YearMonth.of(2013, 1);
        for (int length = 1; length <= 24; length++) {
            for (int monthsIn = 0; monthsIn <= 30; monthsIn++) {
                ChannelTrial trial = new ChannelTrial("Trial", first, first.plusMonths(length - 1), NOW);
                List<YearMonth> before = trial.months();
                trial.end(first.plusMonths(monthsIn), NOW);
                String which = length + " months, ended " + monthsIn + " in";
                assertEquals(before.subList(0, Math.min(length, monthsIn + 1)), trial.months(), which);
                assertTrue(trial.isEnded(), which);
                assertEquals(first.plusMonths(Math.min(length - 1, monthsIn)), trial.lastMonth(), which);
            }
        }
    }
}
