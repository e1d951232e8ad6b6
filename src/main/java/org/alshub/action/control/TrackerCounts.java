package org.alshub.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.function.Supplier;
import org.alshub.action.entity.ActionsChanged;
import org.alshub.platform.persistence.DataVersions;
import org.alshub.platform.persistence.KeptUntilChanged;
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

    @Inject
    DataVersions versions;

    /** Beyond this many filters, the least recently asked for are counted again when next asked. */
    private final KeptUntilChanged<Map<String, Long>> kept = new KeptUntilChanged<>(256);

    /** The counts for {@code filter} as of {@code today}, counted again only when something changed. */
    public Map<String, Long> counts(String filter, LocalDate today, Supplier<Map<String, Long>> count) {
        String version = versions.current(DataVersions.ACTIONS) + "|" + today;
        return kept.get(filter, version, () -> Collections.unmodifiableMap(count.get()));
    }

    void actionsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActionsChanged change) {
        versions.bump(DataVersions.ACTIONS);
    }

    void projectsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectsChanged change) {
        versions.bump(DataVersions.ACTIONS);
    }
}
