package org.alshub.platform.security;

/**
 * A token bucket: holds at most {@code burst} tokens, refilled at a steady rate; each request
 * takes one. Time is passed in (nanoseconds) so the rule can be tested without waiting.
 */
public final class TokenBucket {

    private final int burst;
    private final long nanosPerToken;
    private double tokens;
    private long updatedAt;

    public TokenBucket(int burst, long nanosPerToken, long now) {
        this.burst = burst;
        this.nanosPerToken = nanosPerToken;
        this.tokens = burst;
        this.updatedAt = now;
    }

    /** Takes a token: 0 when one was there, else how many nanoseconds until one will be. */
    public synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * nanosPerToken);
    }

    /** A full bucket behaves as a new one, so it can be forgotten. */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + (double) elapsed / nanosPerToken);
            updatedAt = now;
        }
    }
}
