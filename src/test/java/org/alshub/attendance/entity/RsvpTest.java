package org.alshub.attendance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RsvpTest {

    static final Instant NINE = Instant.parse("2030-01-01T09:00:00Z");

    @Test
    void goingTakesAFreeSeatOrWaits() {
        Rsvp seated = Rsvp.ofMember(1, 1);
        seated.reply(Answer.GOING, true, NINE);
        assertTrue(seated.holdsSeat());
        Rsvp queued = Rsvp.ofMember(1, 2);
        queued.reply(Answer.GOING, false, NINE);
        assertTrue(queued.isWaiting());
        assertFalse(queued.holdsSeat());
    }

    @Test
    void sayingGoingAgainKeepsOnesPlaceInTheQueue() {
        Rsvp queued = Rsvp.ofMember(1, 2);
        queued.reply(Answer.GOING, false, NINE);
        queued.reply(Answer.GOING, true, NINE.plusSeconds(60));
        assertTrue(queued.isWaiting(), "a free seat goes to the head of the queue, not to whoever asks again");
        assertEquals(NINE, queued.seatAskedAt());
    }

    @Test
    void withdrawingLeavesSeatAndQueue() {
        Rsvp rsvp = Rsvp.ofMember(1, 2);
        rsvp.reply(Answer.GOING, false, NINE);
        rsvp.reply(Answer.MAYBE, true, NINE);
        assertFalse(rsvp.isWaiting());
        assertFalse(rsvp.holdsSeat());
        rsvp.reply(Answer.GOING, false, NINE.plusSeconds(5));
        assertEquals(NINE.plusSeconds(5), rsvp.seatAskedAt(), "back to the end of the queue");
    }

    @Test
    void eachMoveBetweenTheWaitingListAndASeatIsCountedForThePersonsCopyOfTheInvitation() {
        Rsvp rsvp = Rsvp.ofGuest(1, 7, "Gwen Guest");
        rsvp.reply(Answer.GOING, false, NINE, true);
        assertEquals(1, rsvp.placeChanges(), "onto the waiting list");
        assertTrue(rsvp.answeredByEmail());
        rsvp.promote();
        rsvp.promote();
        assertEquals(2, rsvp.placeChanges(), "into a seat, once");
        assertTrue(rsvp.holdsSeat());
        rsvp.reply(Answer.GOING, true, NINE.plusSeconds(60));
        assertEquals(2, rsvp.placeChanges(), "saying going again moves nothing");
        assertFalse(rsvp.answeredByEmail(), "the last answer came from a page");
        assertTrue(rsvp.says(Answer.GOING));
    }
}
