package org.alshub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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

    @Property
    void neverMoreThanTheBurstPlusTheRefillPass(@ForAll @IntRange(min = 1, max = 20) int burst,
                                                @ForAll @IntRange(min = 1, max = 60) int seconds,
                                                @ForAll @IntRange(min = 1, max = 200) int attempts) {
        TokenBucket bucket = new TokenBucket(burst, 10 * SECOND, 0);
        int passed = 0;
        for (int i = 0; i < attempts; i++) {
            long now = (long) seconds * SECOND * i / attempts;
            if (bucket.take(now) == 0) {
                passed++;
            }
        }
        assertTrue(passed <= burst + seconds / 10 + 1, passed + " passed");
    }
}
