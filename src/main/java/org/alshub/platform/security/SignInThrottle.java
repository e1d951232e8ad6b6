package org.alshub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing. An account that fails several times in a row is locked for a
 * while that doubles with each further failure (up to a cap); an address that fails many times
 * within a window is blocked for the rest of it. Counts are per server instance.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 50_000;

    @Inject
    @ConfigProperty(name = "als.sign-in.failures-per-account", defaultValue = "5")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "als.sign-in.failures-per-address", defaultValue = "30")
    int failuresPerAddress;

    @Inject
    Clock clock;

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    /** How long the caller must wait before trying again, if at all. */
    public Optional<Duration> waitBefore(String email, String address) {
        Instant now = clock.instant();
        return longest(remaining(accounts.get(key(email)), now), remaining(addresses.get(address), now));
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        trim();
        accounts.compute(key(email), (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            Instant lockedUntil = null;
            if (count >= failuresPerAccount) {
                long doublings = Math.min(count - failuresPerAccount, 10);
                Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
                lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, f == null ? now : f.first, lockedUntil);
        });
        addresses.compute(address, (k, f) -> {
            if (f == null || f.first.plus(WINDOW).isBefore(now)) {
                return new Failures(1, now, null);
            }
            int count = f.count + 1;
            return new Failures(count, f.first, count >= failuresPerAddress ? f.first.plus(WINDOW) : null);
        });
    }

    public void succeeded(String email) {
        accounts.remove(key(email));
    }

    private static Optional<Duration> remaining(Failures failures, Instant now) {
        if (failures == null || failures.lockedUntil == null || !failures.lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.lockedUntil));
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Bounded memory under a flood of made-up emails: forget everything rather than grow. */
    private void trim() {
        if (accounts.size() > MAX_TRACKED) {
            accounts.clear();
        }
        if (addresses.size() > MAX_TRACKED) {
            addresses.clear();
        }
    }
}
