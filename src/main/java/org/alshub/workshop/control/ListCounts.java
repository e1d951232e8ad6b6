package org.alshub.workshop.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.alshub.platform.persistence.DataVersions;

/**
 * How many workshops are upcoming and past: the lists' totals, counted again after a change to
 * workshops or when the minute turns (workshops start and end on the minute). At national size
 * counting reads twelve thousand index entries, which every page of the list would pay again.
 */
@ApplicationScoped
public class ListCounts {

    @Inject
    DataVersions versions;

    @Inject
    Clock clock;

    private record Counted(String key, long count) {
    }

    private final Map<String, Counted> kept = new ConcurrentHashMap<>();

    public long count(String list, LongSupplier count) {
        // the version is read before counting: a change committed meanwhile makes this count old at once
        String key = versions.current(DataVersions.WORKSHOPS) + "|" + clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Counted counted = kept.get(list);
        if (counted != null && counted.key().equals(key)) {
            return counted.count();
        }
        long fresh = count.getAsLong();
        kept.put(list, new Counted(key, fresh));
        return fresh;
    }
}
