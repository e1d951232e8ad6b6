package org.alshub.workshop.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.alshub.platform.persistence.DataVersions;
import org.alshub.platform.persistence.KeptUntilChanged;

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

    private final KeptUntilChanged<Long> kept = new KeptUntilChanged<>(2);

    public long count(String list, Supplier<Long> count) {
        String version = versions.current(DataVersions.WORKSHOPS) + "|" + clock.instant().truncatedTo(ChronoUnit.MINUTES);
        return kept.get(list, version, count);
    }
}
