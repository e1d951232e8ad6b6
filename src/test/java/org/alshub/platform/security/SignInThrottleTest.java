package org.alshub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy, on the in-memory store (the shared one is proven by ClusterIT and bench/cluster-proof.sh). */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    SignInThrottleTest() {
        throttle.failuresPerAccount = 5;
        throttle.failuresPerAddress = 30;
        throttle.memory = new MemoryFailures();
        throttle.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void theFifthFailureFromAnAddressLocksTheAccountThereForThirtySecondsThenTheLockDoublesUpToFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Gail@Example.org ", "10.0.0.5");
            assertEquals(Optional.empty(), throttle.waitBefore("gail@example.org", "10.0.0.5"));
        }
        throttle.failed("gail@example.org", "10.0.0.5");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBefore("gail@example.org", "10.0.0.5"));
        assertEquals(Optional.empty(), throttle.waitBefore("ben@example.org", "10.0.0.5"), "others are not locked");
        long[] locks = {60, 120, 240, 480, 900, 900};
        for (long seconds : locks) {
            now = now.plusSeconds(1000);
            throttle.failed("gail@example.org", "10.0.0.5");
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.waitBefore("gail@example.org", "10.0.0.5"));
        }
        throttle.succeeded("GAIL@example.org", "10.0.0.5");
        assertEquals(Optional.empty(), throttle.waitBefore("gail@example.org", "10.0.0.5"));
    }

    @Test
    void aGuesserLocksTheAccountOnlyForTheirOwnAddress() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("gail@example.org", "203.0.113.9");
        }
        assertTrue(throttle.waitBefore("gail@example.org", "203.0.113.9").isPresent(), "the guesser waits");
        assertEquals(Optional.empty(), throttle.waitBefore("gail@example.org", "198.51.100.7"),
                "Gail, signing in from her own address, does not");
    }

    @Test
    void thirtyFailuresFromOneAddressWithinTenMinutesBlockItForTheRestOfTheWindow() {
        for (int i = 0; i < 29; i++) {
            throttle.failed("person" + i + "@example.org", "10.0.0.1");
            now = now.plusSeconds(10);
        }
        assertEquals(Optional.empty(), throttle.waitBefore("someone@example.org", "10.0.0.1"));
        throttle.failed("person29@example.org", "10.0.0.1");
        Optional<Duration> wait = throttle.waitBefore("someone@example.org", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofMinutes(10).minusSeconds(290)), wait);
        assertEquals(Optional.empty(), throttle.waitBefore("someone@example.org", "10.0.0.2"));
        now = now.plus(wait.orElseThrow()).plusMillis(1);
        assertEquals(Optional.empty(), throttle.waitBefore("someone@example.org", "10.0.0.1"));
        throttle.failed("person30@example.org", "10.0.0.1");
        assertTrue(throttle.waitBefore("someone@example.org", "10.0.0.1").isEmpty(), "a new window starts");
    }
}
