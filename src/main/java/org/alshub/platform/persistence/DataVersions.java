package org.alshub.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The version of a kind of cached data. On one instance a counter in memory; with als.cluster a row
 * in the shared database, so a change committed through any instance makes every instance's cache old.
 * The row is bumped after the change commits: whoever reads the new number then reads the new data.
 */
@ApplicationScoped
public class DataVersions {

    public static final String WORKSHOPS = "workshops";
    public static final String ACTIONS = "actions";
    public static final String ACCOUNTS = "accounts";
    public static final String TEXT_INDEX = "text-index";

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "als.cluster", defaultValue = "false")
    boolean cluster;

    private final Map<String, AtomicLong> local = new ConcurrentHashMap<>();

    public long current(String name) {
        if (!cluster) {
            return counter(name).get();
        }
        Number version = (Number) em.createNativeQuery("select version from data_version where name = ?")
                .setParameter(1, name).getSingleResult();
        return version.longValue();
    }

    /** Called after the commit of a change (a new transaction: the change's own one is over). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void bump(String name) {
        counter(name).incrementAndGet();
        if (cluster) {
            em.createNativeQuery("update data_version set version = version + 1 where name = ?")
                    .setParameter(1, name).executeUpdate();
        }
    }

    private AtomicLong counter(String name) {
        return local.computeIfAbsent(name, n -> new AtomicLong());
    }
}
