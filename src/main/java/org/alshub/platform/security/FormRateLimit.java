package org.alshub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.alshub.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits how often one address may send a public form (feedback, join requests): a burst, then a
 * steady rate per minute. Held in memory: a restart forgets, which is fine for spam. Behind a
 * proxy, name it in ALS_TRUSTED_PROXIES, or every visitor shares the proxy's address.
 */
@ApplicationScoped
public class FormRateLimit {

    /** Beyond this many addresses, those whose buckets have refilled are forgotten. */
    private static final int MAX_ADDRESSES = 10_000;

    @Inject
    @ConfigProperty(name = "als.forms.burst", defaultValue = "5")
    int burst;

    @Inject
    @ConfigProperty(name = "als.forms.per-minute", defaultValue = "5")
    int perMinute;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    SignInThrottle throttle;

    /** The sender's real address (see {@link ClientAddress}), by which the forms are counted. */
    public String addressOf(jakarta.servlet.http.HttpServletRequest request) {
        return throttle.clientAddress(request);
    }

    /** Empty when the form may be taken; otherwise the 429 answer to give, with Retry-After. */
    public Optional<Response> refuse(String form, String address) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        long nanosPerToken = TimeUnit.MINUTES.toNanos(1) / Math.max(1, perMinute);
        long wait = buckets.computeIfAbsent(form + " " + address, key -> new TokenBucket(Math.max(1, burst),
                nanosPerToken, now)).take(now);
        if (wait == 0) {
            return Optional.empty();
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + TimeUnit.SECONDS.toNanos(1) - 1));
        return Optional.of(Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(429, "Too Many Requests",
                        "Too many forms sent from your address. Try again in " + seconds + " seconds."))
                .build());
    }
}
