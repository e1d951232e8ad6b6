package org.alshub.platform.security;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where {@link SignInThrottle} keeps its counts of failed sign-ins: in memory for one instance,
 * in the shared database when several instances run as one (als.cluster), so that guesses spread
 * over the instances behind a load balancer add up.
 */
interface FailureStore {

    /** Failures for one account or one address; times in epoch milliseconds, 0 for no lock. */
    record Failures(int count, long firstMs, long lockedUntilMs) {
    }

    enum Kind { ACCOUNT, ADDRESS }

    Optional<Failures> find(Kind kind, String key);

    /**
     * Replaces the failures held under the key with {@code next} applied to them (to null when
     * there are none), as one atomic step even when another instance changes them at the same time.
     */
    void change(Kind kind, String key, long now, UnaryOperator<Failures> next);

    void forget(Kind kind, String key);
}
