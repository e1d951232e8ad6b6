package org.alshub.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.alshub.action.entity.ActionsChanged;
import org.alshub.platform.persistence.DataVersions;
import org.alshub.project.entity.ProjectsChanged;

/**
 * The tracker's counts by status, kept per filter until an action or a project changes (or the
 * day turns, since "overdue" moves with it). Counting a department's actions at national size
 * reads a hundred thousand rows; the tracker is read far more often than actions are agreed.
 * The version comes from {@link DataVersions}, so with a cluster a change through any instance
 * makes every instance count again.
 */
@ApplicationScoped
public class TrackerCounts {

    private static final int FILTERS_KEPT = 256;

    @Inject
    DataVersions versions;

    private record Counted(String version, Map<String, Long> counts) {
    }

    private final Map<String, Counted> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counted> eldest) {
            return size() > FILTERS_KEPT;
        }
    });

    /** The counts for {@code filter} as of {@code today}, counted again only when something changed. */
    public Map<String, Long> counts(String filter, LocalDate today, Supplier<Map<String, Long>> count) {
        // read before counting: a change committed meanwhile bumps past it, so these counts are not kept for long
        String version = versions.current(DataVersions.ACTIONS) + "|" + today;
        Counted counted = kept.get(filter);
        if (counted != null && counted.version().equals(version)) {
            return counted.counts();
        }
        Map<String, Long> fresh = Collections.unmodifiableMap(count.get());
        kept.put(filter, new Counted(version, fresh));
        return fresh;
    }

    void actionsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActionsChanged change) {
        versions.bump(DataVersions.ACTIONS);
    }

    void projectsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectsChanged change) {
        versions.bump(DataVersions.ACTIONS);
    }
}
