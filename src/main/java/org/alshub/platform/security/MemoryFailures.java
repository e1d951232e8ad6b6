package org.alshub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Failed sign-ins of one instance, in memory: no database write on the sign-in path. */
@ApplicationScoped
class MemoryFailures implements FailureStore {

    private static final int MAX_TRACKED = 50_000;

    private final Map<Kind, Map<String, Failures>> failures = new EnumMap<>(Map.of(
            Kind.ACCOUNT, new ConcurrentHashMap<>(), Kind.ADDRESS, new ConcurrentHashMap<>()));

    @Override
    public Optional<Failures> find(Kind kind, String key) {
        return Optional.ofNullable(failures.get(kind).get(key));
    }

    @Override
    public void change(Kind kind, String key, long now, UnaryOperator<Failures> next) {
        Map<String, Failures> counts = failures.get(kind);
        // bounded memory under a flood of made-up emails: forget everything rather than grow
        if (counts.size() > MAX_TRACKED) {
            counts.clear();
        }
        counts.compute(key, (k, before) -> next.apply(before));
    }

    @Override
    public void forget(Kind kind, String key) {
        failures.get(kind).remove(key);
    }
}
