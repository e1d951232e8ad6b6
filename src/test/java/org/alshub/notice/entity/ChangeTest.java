package org.alshub.notice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The words a change notice opens with: only what moved, now and before. */
class ChangeTest {

    static final LocalDateTime TEN = LocalDateTime.of(2030, 4, 10, 10, 0);

    static Change.Snapshot at(LocalDateTime start, LocalDateTime end, String location) {
        return new Change.Snapshot(start, end, "Europe/London", location, false);
    }

    @Test
    void aMoveToTheAfternoonInAnotherRoomSaysBoth() {
        assertEquals("Now at 15:00 in Room 3 (before: at 10:00 in Room 8)",
                Change.between(at(TEN, TEN.plusHours(2), "Room 8"),
                        at(TEN.withHour(15), TEN.withHour(17), "Room 3")).orElseThrow());
    }

    @Test
    void aNewDayIsNamedAndALaterEndAloneIsSaidAsSuch() {
        assertEquals("Now on Thursday 11 April 2030 at 10:00 (before: on Wednesday 10 April 2030 at 10:00)",
                Change.between(at(TEN, TEN.plusHours(2), "Room 8"),
                        at(TEN.plusDays(1), TEN.plusDays(1).plusHours(2), "Room 8")).orElseThrow());
        assertEquals("Now until 13:00 (before: until 12:00)",
                Change.between(at(TEN, TEN.plusHours(2), "Room 8"), at(TEN, TEN.plusHours(3), "Room 8")).orElseThrow());
        assertEquals("Now with no place set yet (before: in Room 8)",
                Change.between(at(TEN, TEN.plusHours(2), "Room 8"), at(TEN, TEN.plusHours(2), " ")).orElseThrow());
    }

    @Test
    void sameTimeAndPlaceIsNoMove() {
        assertTrue(Change.between(at(TEN, TEN.plusHours(2), "Room 8"), at(TEN, TEN.plusHours(2), "Room 8 ")).isEmpty());
    }
}
