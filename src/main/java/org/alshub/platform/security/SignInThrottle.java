package org.alshub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.alshub.platform.security.FailureStore.Failures;
import org.alshub.platform.security.FailureStore.Kind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing without letting a guesser lock anyone else out. An account that
 * fails several times in a row from one client address is locked, for that address only, for a
 * while that doubles with each further failure (up to a cap); an address that fails many times
 * within a window is blocked for the rest of it. The address is the real client's
 * ({@link ClientAddress}: X-Forwarded-For only from ALS_TRUSTED_PROXIES), so a lock never
 * reaches the people behind the same proxy. One instance counts in memory; several instances as
 * one (als.cluster) count in their shared database, so guesses spread over them add up.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = "als.sign-in.failures-per-account", defaultValue = "5")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "als.sign-in.failures-per-address", defaultValue = "30")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "als.cluster", defaultValue = "false")
    boolean cluster;

    @Inject
    Clock clock;

    @Inject
    MemoryFailures memory;

    @Inject
    DatabaseFailures database;

    @Inject
    @ConfigProperty(name = "als.trusted-proxies")
    java.util.Optional<String> trustedProxies;

    private volatile ClientAddress clientAddress;

    /** Who is really asking: the connection's address, or the one a trusted proxy forwarded. */
    public String clientAddress(jakarta.servlet.http.HttpServletRequest request) {
        ClientAddress known = clientAddress;
        if (known == null) {
            known = ClientAddress.trusting(trustedProxies == null ? null : trustedProxies.orElse(null));
            clientAddress = known;
        }
        var forwarded = request.getHeaders("X-Forwarded-For");
        return known.of(request.getRemoteAddr(), forwarded == null ? null : java.util.Collections.list(forwarded));
    }

    /** How long the caller must wait before trying again, if at all. */
    public Optional<Duration> waitBefore(String email, String address) {
        long now = clock.millis();
        long until = Math.max(lockedUntil(Kind.ACCOUNT, key(email, address)), lockedUntil(Kind.ADDRESS, address));
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    public void failed(String email, String address) {
        long now = clock.millis();
        store().change(Kind.ACCOUNT, key(email, address), now, before -> accountFailed(before, now));
        store().change(Kind.ADDRESS, address, now, before -> addressFailed(before, now));
    }

    public void succeeded(String email, String address) {
        store().forget(Kind.ACCOUNT, key(email, address));
    }

    /** One more failure in a row; from the limit on, a lock of 30 s that doubles each time, 15 min at most. */
    Failures accountFailed(Failures before, long now) {
        int count = before == null ? 1 : before.count() + 1;
        long lockedUntil = 0;
        if (count >= failuresPerAccount) {
            long doublings = Math.min(count - failuresPerAccount, 10);
            lockedUntil = now + Math.min(FIRST_LOCK.toMillis() << doublings, LONGEST_LOCK.toMillis());
        }
        return new Failures(count, before == null ? now : before.firstMs(), lockedUntil);
    }

    /** One more failure in the address's window; at the limit it is blocked until the window ends. */
    Failures addressFailed(Failures before, long now) {
        if (before == null || before.firstMs() + WINDOW.toMillis() < now) {
            return new Failures(1, now, 0);
        }
        int count = before.count() + 1;
        return new Failures(count, before.firstMs(), count >= failuresPerAddress ? before.firstMs() + WINDOW.toMillis() : 0);
    }

    private long lockedUntil(Kind kind, String key) {
        return store().find(kind, key).map(Failures::lockedUntilMs).orElse(0L);
    }

    private FailureStore store() {
        return cluster ? database : memory;
    }

    /** An account as tried from one address: failures from elsewhere neither count nor lock here. */
    private static String key(String email, String address) {
        return email.trim().toLowerCase(Locale.ROOT) + " " + address;
    }
}
