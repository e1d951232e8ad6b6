package org.alshub.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Lets one instance of several on a shared database run a scheduled job: every instance's timer
 * fires, the first to move the lease row forward runs the job, the others see it held and skip. The
 * lease is not given back at the end, so an instance whose clock or timer is a little late does not
 * run the job a second time. A single UPDATE with a condition works the same on every database.
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());
    /** Longer than the clock skew between instances; shorter than the gap between two runs. */
    public static final Duration HOLD = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    /** True when this instance may run the job now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job) {
        long now = clock.millis();
        int taken = em.createNativeQuery(
                        "update job_lease set holder = ?, until_ms = ? where name = ? and until_ms < ?")
                .setParameter(1, holder).setParameter(2, now + HOLD.toMillis())
                .setParameter(3, job).setParameter(4, now).executeUpdate();
        LOG.info(taken == 1 ? "Running job " + job + " as " + holder
                : "Skipping job " + job + ": another instance holds its lease");
        return taken == 1;
    }

    /**
     * For a job that runs every few seconds (the outbox, the mailbox): true when this instance may
     * run it now. The holder renews its lease each run and keeps it; another instance takes over
     * only once the lease has run out, {@code hold} after the holder's last run (it stopped).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hold(String job, Duration hold) {
        long now = clock.millis();
        return em.createNativeQuery("update job_lease set holder = ?, until_ms = ? where name = ? "
                        + "and (until_ms < ? or holder = ?)")
                .setParameter(1, holder).setParameter(2, now + hold.toMillis()).setParameter(3, job)
                .setParameter(4, now).setParameter(5, holder).executeUpdate() == 1;
    }
}
