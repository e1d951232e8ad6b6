package org.alshub.mail.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A message the mail server would not take is tried again later and later, then given up. */
class OutboxMessageTest {

    static final Instant NINE = Instant.parse("2030-05-01T09:00:00Z");
    static final OutboxMessage.Retry RETRY = new OutboxMessage.Retry(Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofHours(48));

    static OutboxMessage message() {
        return new OutboxMessage("INVITATION", 1L, "invitation-1", "Gwen Guest", "gwen@example.test", "Invitation",
                "text", "<p>html</p>", null, null, "<1@als.example>", NINE);
    }

    @Test
    void theWaitDoublesFromTheBaseUpToTheCap() {
        assertEquals(Duration.ofMinutes(1), RETRY.after(1));
        assertEquals(Duration.ofMinutes(2), RETRY.after(2));
        assertEquals(Duration.ofMinutes(32), RETRY.after(6));
        assertEquals(Duration.ofHours(1), RETRY.after(7));
        assertEquals(Duration.ofHours(1), RETRY.after(500), "no overflow however often it failed");
    }

    @Test
    void aFailedAttemptWaitsItsTurnThenIsSent() {
        OutboxMessage m = message();
        assertTrue(m.dueAt(NINE));
        m.attemptFailed("Connection refused", false, RETRY, NINE);
        assertEquals(OutboxMessage.State.WAITING, m.state());
        assertFalse(m.dueAt(NINE.plusSeconds(59)));
        assertTrue(m.dueAt(NINE.plusSeconds(60)));
        m.attemptFailed("Connection refused", false, RETRY, NINE.plusSeconds(60));
        assertEquals(NINE.plusSeconds(180), m.nextAttemptAt(), "two minutes after the second attempt");
        m.sent(NINE.plusSeconds(180));
        assertEquals(OutboxMessage.State.SENT, m.state());
        assertEquals(3, m.attempts());
        assertFalse(m.dueAt(NINE.plusSeconds(500)), "sent once, never again");
    }

    @Test
    void aPermanentRefusalOrTwoDaysOfFailureIsGivenUp() {
        OutboxMessage refused = message();
        refused.attemptFailed("550 no such user", true, RETRY, NINE);
        assertEquals(OutboxMessage.State.FAILED, refused.state());

        OutboxMessage old = message();
        old.attemptFailed("timeout", false, RETRY, NINE.plus(Duration.ofHours(47)));
        assertEquals(OutboxMessage.State.WAITING, old.state());
        old.attemptFailed("x".repeat(900), false, RETRY, NINE.plus(Duration.ofHours(48)));
        assertEquals(OutboxMessage.State.FAILED, old.state());
        assertEquals(500, old.lastError().length(), "the error kept short");
    }
}
