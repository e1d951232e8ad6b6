package org.alshub.workshop.entity;

import static org.alshub.Stored.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.alshub.platform.problem.ProblemException;

import org.junit.jupiter.api.Test;

/** The rules a workshop keeps itself: when it may be, what counts as a move, what calendars must be told. */
class WorkshopTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2012-11-29T09:00:00Z");
    static final Instant LATER = Instant.parse("2012-12-03T15:00:00Z");
    static final LocalDateTime JANUARY = LocalDateTime.of(2013, 1, 23, 10, 0);

    static Workshop january() {
        return new Workshop("Coproduction ALS", JANUARY, JANUARY.plusHours(2), LONDON, "Room 8", 20, null, null, NOW);
    }

    @Test
    void aMoveOfTimeOrPlaceRaisesTheSequenceSoCalendarsReplaceTheInvitation() {
        Workshop w = january();
        assertEquals(0, w.sequence());
        w.reschedule("Coproduction Action Learning Set", JANUARY, JANUARY.plusHours(2), LONDON, "Room 8", 30, null,
                "Bring a friend", LATER);
        assertEquals(0, w.sequence(), "a new title, places or agenda is not a move");
        assertEquals(LATER, w.updatedAt(), "the injected clock's time, not the machine's");
        w.reschedule(w.title(), JANUARY.plusHours(4), JANUARY.plusHours(6), LONDON, "Room 8", 30, null, null, LATER);
        assertEquals(1, w.sequence());
        w.reschedule(w.title(), JANUARY.plusHours(4), JANUARY.plusHours(6), LONDON, "Room 3", 30, null, null, LATER);
        assertEquals(2, w.sequence(), "a new place is a move");
        assertEquals(LocalDateTime.of(2013, 1, 23, 14, 0), w.startLocal());
        assertEquals("2013-01-23T14:00Z", w.startInstant().toString().replace(":00Z", "Z"), "January is GMT");
    }

    @Test
    void cancellingTellsCalendarsOnce() {
        Workshop w = january();
        w.cancel(LATER);
        w.cancel(LATER);
        assertTrue(w.isCancelled());
        assertEquals(1, w.sequence());
    }

    @Test
    void aWorkshopEndsAfterItStartsAndLastsAWeekAtMost() {
        ProblemException backwards = assertThrows(ProblemException.class, () -> new Workshop("x", JANUARY,
                JANUARY.minusMinutes(1), LONDON, null, null, null, null, NOW));
        assertEquals("end", backwards.problem().errors().get(0).field());
        assertEquals("must be after the start", backwards.problem().errors().get(0).message());
        assertThrows(ProblemException.class, () -> new Workshop("x", JANUARY, JANUARY, LONDON, null, null, null, null,
                NOW), "no time at all is not a workshop");
        new Workshop("x", JANUARY, JANUARY.plus(Workshop.LONGEST), LONDON, null, null, null, null, NOW);
        ProblemException tooLong = assertThrows(ProblemException.class, () -> new Workshop("x", JANUARY,
                JANUARY.plus(Workshop.LONGEST).plusMinutes(1), LONDON, null, null, null, null, NOW));
        assertEquals("a workshop lasts at most 7 days", tooLong.problem().errors().get(0).message());

        Workshop w = january();
        assertThrows(ProblemException.class, () -> w.reschedule("Changed", JANUARY, JANUARY.minusHours(1), LONDON,
                "Room 9", 20, null, null, LATER));
        assertEquals("Coproduction ALS", w.title(), "a refused change changes nothing");
        assertEquals("Room 8", w.location());
    }

    @Test
    void anOccurrenceIsMovedWhenItIsNotWhereItsSeriesPutsIt() {
        WorkshopSeries series = withId(new WorkshopSeries("ALS", MonthlyRule.parse("fourth Wednesday"),
                LocalTime.of(10, 0), 120, LONDON, "Room 8", 20, null, LocalDate.of(2013, 1, 1), NOW), 7);
        List<Workshop> held = series.occurrencesUntil(LocalDate.of(2013, 3, 31), Set.of(), NOW);
        Workshop january = held.get(0);
        assertEquals(LocalDate.of(2013, 1, 23), january.occurrenceDate());
        assertFalse(january.isMoved(series));
        assertFalse(january.isMoved(null), "a single workshop is never moved");
        january.reschedule(january.title(), JANUARY.plusDays(1), JANUARY.plusDays(1).plusHours(2), LONDON, "Room 8",
                20, null, null, LATER);
        assertTrue(january.isMoved(series));
        assertFalse(held.get(1).isMoved(series), "the others stay where they were");
    }

    /**
     * 01:30 on the last Sunday of October 2027 happens twice in London and 01:30 on the last Sunday
     * of March never happens: every parser we checked read the first an hour off, and the second
     * was emitted as 02:30 while the API said 01:30. Both are refused, with the reason.
     */
    @Test
    void aStartInTheRepeatedAutumnHourOrTheSpringGapIsRefusedSayingWhy() {
        LocalDateTime autumn = LocalDateTime.of(2027, 10, 31, 1, 30);
        ProblemException twice = assertThrows(ProblemException.class, () -> new Workshop("x", autumn,
                autumn.plusHours(2), LONDON, null, null, null, null, NOW));
        assertEquals("start", twice.problem().errors().get(0).field());
        assertEquals("01:30 on Sunday 31 October 2027 happens twice in Europe/London: the clocks go back from 02:00 "
                + "to 01:00, so calendars would not agree which one is meant. Choose a time outside that hour.",
                twice.problem().errors().get(0).message());

        LocalDateTime spring = LocalDateTime.of(2027, 3, 28, 1, 30);
        ProblemException never = assertThrows(ProblemException.class, () -> new Workshop("x", spring,
                spring.plusHours(2), LONDON, null, null, null, null, NOW));
        assertEquals("01:30 on Sunday 28 March 2027 does not exist in Europe/London: the clocks go forward from 01:00 "
                + "to 02:00. Choose a time outside that hour.", never.problem().errors().get(0).message());

        ProblemException endsInTheGap = assertThrows(ProblemException.class, () -> new Workshop("x",
                spring.minusHours(1), spring, LONDON, null, null, null, null, NOW));
        assertEquals("end", endsInTheGap.problem().errors().get(0).field());

        Workshop w = january();
        assertThrows(ProblemException.class, () -> w.reschedule(w.title(), autumn, autumn.plusHours(2), LONDON,
                "Room 8", 20, null, null, LATER), "moving into the repeated hour is refused too");
        new Workshop("x", spring.plusMinutes(30), spring.plusHours(2), LONDON, null, null, null, null, NOW);
        new Workshop("x", autumn.plusMinutes(30), autumn.plusHours(2), LONDON, null, null, null, null, NOW);
    }
}
