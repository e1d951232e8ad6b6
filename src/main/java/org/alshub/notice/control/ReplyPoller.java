package org.alshub.notice.control;

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
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alshub.mail.control.Mailbox;
import org.alshub.notice.entity.ReplyOutcome;
import org.alshub.platform.persistence.JobLeases;

/**
 * Reads the organizer's mailbox every als.imap.poll-seconds and hands each new message to
 * {@link Replies}, one transaction per message. One reader at a time: a lock here, the job lease
 * across instances. Nothing runs without als.imap.host.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReplyPoller {

    private static final Logger LOG = Logger.getLogger(ReplyPoller.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Mailbox mailbox;

    @Inject
    Replies replies;

    @Inject
    JobLeases leases;

    private final ReentrantLock reading = new ReentrantLock();

    @PostConstruct
    void start() {
        if (!mailbox.configured()) {
            LOG.info("Replies by email are off: no ALS_IMAP_HOST");
            return;
        }
        long every = mailbox.pollInterval().toMillis();
        timers.createIntervalTimer(Math.min(every, 5_000), every, new TimerConfig("mailbox", false));
    }

    @Timeout
    void tick() {
        poll();
    }

    /** Reads what is new in the mailbox; returns how many messages were handed over. */
    public int poll() {
        if (!reading.tryLock()) {
            return 0;
        }
        try {
            if (!leases.hold("mailbox", mailbox.pollInterval().multipliedBy(3).plusMinutes(2))) {
                return 0;
            }
            return mailbox.readUnread(replies::markReadIfKnown, message -> {
                try {
                    // an ordinary email stays unread for the people who read the set's mailbox
                    return org.alshub.audit.control.Door.through(org.alshub.audit.control.Door.email(null, "calendar reply"),
                            () -> replies.handle(message)).outcome() != ReplyOutcome.NOT_A_REPLY;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not handle a message from the mailbox; it is read again next time", e);
                    return false;
                }
            });
        } finally {
            reading.unlock();
        }
    }
}
