package org.alshub.workshop.entity;

import static org.alshub.workshop.entity.WorkshopTest.LATER;
import static org.alshub.workshop.entity.WorkshopTest.LONDON;
import static org.alshub.workshop.entity.WorkshopTest.NOW;
import static org.alshub.Stored.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.alshub.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A series changed from a date onward: the old one ends, a new one carries on with what was held. */
class WorkshopSeriesTest {

    static WorkshopSeries fourthWednesdays() {
        return withId(new WorkshopSeries("Coproduction ALS", MonthlyRule.parse("fourth Wednesday"),
                LocalTime.of(10, 0), 120, LONDON, "Room 8", 20, null, LocalDate.of(2013, 1, 1), NOW), 1);
    }

    @Test
    void fromMarchTheSetMeetsOnTheFirstMondayAtTwo() {
        WorkshopSeries old = fourthWednesdays();
        List<Workshop> held = old.occurrencesUntil(LocalDate.of(2013, 6, 30), Set.of(), NOW);
        assertEquals(6, held.size());
        WorkshopSeries next = withId(old.continuedFrom(new WorkshopSeries.Change(LocalDate.of(2013, 3, 1), null,
                MonthlyRule.parse("first Monday"), LocalTime.of(14, 0), null, null, null, null), LATER), 2);
        assertEquals("Coproduction ALS", next.title(), "what is not changed carries over");
        assertEquals("Room 8", next.location());
        assertEquals(120, next.durationMinutes());
        assertEquals(LocalDate.of(2013, 3, 1), next.firstDate());

        old.handOver(next, held, LATER);
        assertEquals(LocalDate.of(2013, 3, 1), old.endsBefore());
        assertEquals(2L, old.continuedBy());
        assertEquals(LocalDateTime.of(2013, 1, 23, 10, 0), held.get(0).startLocal(), "January stays");
        assertEquals(1L, held.get(1).seriesId(), "February stays in the old series");
        Workshop march = held.get(2);
        assertEquals(2L, march.seriesId(), "March, kept with its id, now belongs to the new series");
        assertEquals(LocalDateTime.of(2013, 3, 4, 14, 0), march.startLocal());
        assertEquals(LocalDate.of(2013, 3, 4), march.occurrenceDate());
        assertEquals(1, march.sequence(), "calendars are told it moved");
        assertTrue(held.stream().noneMatch(Workshop::isCancelled));
        assertTrue(!old.runsOn(LocalDate.of(2013, 3, 27)) && next.runsOn(LocalDate.of(2013, 3, 27)));
    }

    @Test
    void aMonthWithNoDateLeftUnderTheNewRuleIsCancelled() {
        WorkshopSeries old = fourthWednesdays();
        List<Workshop> held = old.occurrencesUntil(LocalDate.of(2013, 4, 30), Set.of(), NOW);
        // from 20 March, "the 1st" has no date left in March: March's workshop is cancelled
        WorkshopSeries next = withId(old.continuedFrom(new WorkshopSeries.Change(LocalDate.of(2013, 3, 20), null,
                MonthlyRule.parse("the 1st"), null, null, null, null, null), LATER), 2);
        old.handOver(next, held, LATER);
        assertTrue(held.get(2).isCancelled(), "March");
        assertEquals(LocalDateTime.of(2013, 4, 1, 10, 0), held.get(3).startLocal(), "April moves to the 1st");
    }

    @Test
    void aChangeMustFallWhileTheSeriesRunsAndOnlyOnce() {
        WorkshopSeries old = fourthWednesdays();
        ProblemException before = assertThrows(ProblemException.class, () -> old.continuedFrom(
                new WorkshopSeries.Change(LocalDate.of(2012, 12, 1), "x", null, null, null, null, null, null), LATER));
        assertEquals("from", before.problem().errors().get(0).field());
        WorkshopSeries next = withId(old.continuedFrom(new WorkshopSeries.Change(LocalDate.of(2013, 3, 1), "x", null,
                null, null, null, null, null), LATER), 2);
        old.handOver(next, List.of(), LATER);
        ProblemException twice = assertThrows(ProblemException.class, () -> old.continuedFrom(
                new WorkshopSeries.Change(LocalDate.of(2013, 2, 1), "y", null, null, null, null, null, null), LATER));
        assertTrue(twice.problem().errors().get(0).message().contains("change series 2, which continues it"));
    }

    @Test
    void aSeriesMeetingInTheRepeatedHourOnAnyOfItsDatesIsRefusedNamingTheFirst() {
        ProblemException refused = assertThrows(ProblemException.class, () -> new WorkshopSeries("Night owls",
                MonthlyRule.parse("last Sunday"), LocalTime.of(1, 15), 60, LONDON, null, null, null,
                LocalDate.of(2026, 12, 1), NOW));
        assertEquals("startTime", refused.problem().errors().get(0).field());
        assertTrue(refused.problem().errors().get(0).message().startsWith("01:15 on Sunday 28 March 2027 does not exist"),
                refused.problem().errors().get(0).message());
        new WorkshopSeries("Night owls", MonthlyRule.parse("fourth Wednesday"), LocalTime.of(1, 15), 60, LONDON, null,
                null, null, LocalDate.of(2026, 12, 1), NOW);
    }

    @Test
    void theSeriesSequenceRisesWithEveryChangeItsFileShows() {
        WorkshopSeries series = fourthWednesdays();
        assertEquals(0, series.sequence());
        series.occurrenceChanged();
        series.occurrenceChanged();
        assertEquals(2, series.sequence(), "an EXDATE, then an override");
        series.endBefore(LocalDate.of(2013, 6, 1), 2);
        assertEquals(3, series.sequence(), "ended: an UNTIL appears");
    }
}
