package org.alshub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstPassesThenTheNextWaitsForOneToken() {
        TokenBucket bucket = new TokenBucket(5, 12 * SECOND, 0);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.take(0));
        }
        assertEquals(12 * SECOND, bucket.take(0));
        assertEquals(2 * SECOND, bucket.take(10 * SECOND));
        assertEquals(0, bucket.take(12 * SECOND));
    }

    /**
     * Every bucket state: each burst from 1 to 20, with 1 to 200 attempts spread evenly over 1 to 60
     * seconds. The first attempts up to the burst all pass; in all, no more than the burst and one for
     * every 10 seconds of refill, give or take one.
     */
    @Test
    void neverMoreThanTheBurstPlusTheRefillPass() {
        for (int burst = 1; burst <= 20; burst++) {
            for (int seconds = 1; seconds <= 60; seconds++) {
                for (int attempts = 1; attempts <= 200; attempts++) {
                    TokenBucket bucket = new TokenBucket(burst, 10 * SECOND, 0);
                    int passed = 0;
                    for (int i = 0; i < attempts; i++) {
                        long now = (long) seconds * SECOND * i / attempts;
                        if (bucket.take(now) == 0) {
                            passed++;
                        }
                    }
                    if (passed > burst + seconds / 10 + 1 || passed < Math.min(burst, attempts)) {
                        fail(passed + " passed: burst " + burst + ", " + attempts + " attempts in " + seconds + " s");
                    }
                }
            }
        }
    }
}
