package org.alshub.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.platform.persistence.JobLeases;

/**
 * Sends what the outbox holds: every als.outbox.seconds, and at once after a commit that queued
 * something. One sender at a time in this instance (a lock) and in the cluster (the job lease),
 * each message in a transaction of its own, so a restart or a crash loses nothing: what was not
 * marked sent is sent by the next run.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxJob {

    private static final Logger LOG = Logger.getLogger(OutboxJob.class.getName());
    static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    JobLeases leases;

    private final ReentrantLock sending = new ReentrantLock();

    @Inject
    CalendarSettings calendar;

    @PostConstruct
    void start() {
        if (settings.exampleOrganizer()) {
            LOG.severe("\n\n    THE CALENDAR ORGANIZER IS THE EXAMPLE ADDRESS " + MailSettings.EXAMPLE_ORGANIZER
                    + ".\n    Every invitation names it, so people's calendars send their answers to a mailbox "
                    + "nobody reads.\n    Nothing will be emailed until ALS_CALENDAR_ORGANIZER_EMAIL is the set's own "
                    + "mailbox (and ALS_IMAP_* reads it).\n");
        } else if (settings.configured() && !calendar.publicUrlConfigured()) {
            LOG.warning("ALS_PUBLIC_URL is not set: emails sent by the app's own jobs (a seat come free, a waiting "
                    + "place, reminders) link to " + calendar.base() + ", which only works on this machine");
        }
        long every = settings.outboxInterval().toMillis();
        timers.createIntervalTimer(Math.min(every, 5_000), every, new TimerConfig("outbox", false));
    }

    @Timeout
    void tick() {
        sendDue();
    }

    /** After a commit that queued a message: send now rather than at the next tick. */
    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Queued message) {
        executor.execute(this::sendDue);
    }

    /** Sends every message due now; returns how many went. */
    public int sendDue() {
        if (!sending.tryLock()) {
            return 0;
        }
        try {
            if (!settings.configured() || !leases.hold("outbox", lease())) {
                return 0;
            }
            int sent = 0;
            for (List<Long> due = outbox.due(BATCH); !due.isEmpty(); due = outbox.due(BATCH)) {
                int before = sent;
                for (long id : due) {
                    if (org.alshub.audit.control.Door.through(org.alshub.audit.control.Door.job("outbox"),
                            () -> outbox.send(id)) == Outbox.Attempt.SENT) {
                        sent++;
                    }
                }
                if (sent == before) {
                    // the server is failing: the rest waits for its back-off
                    break;
                }
            }
            return sent;
        } finally {
            sending.unlock();
        }
    }

    /** Long enough to outlast a slow run; after it, another instance takes over from one that stopped. */
    private Duration lease() {
        return settings.outboxInterval().multipliedBy(3).plusMinutes(2);
    }
}
