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
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.alshub.platform.persistence.JobLeases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Looks for reminders due every als.reminder.check-seconds (15 minutes), once per cluster (the job lease). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderJob {

    @Resource
    TimerService timers;

    @Inject
    Reminders reminders;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "als.reminder.check-seconds", defaultValue = "900")
    int checkSeconds;

    private final ReentrantLock running = new ReentrantLock();

    @PostConstruct
    void start() {
        long every = Duration.ofSeconds(Math.max(1, checkSeconds)).toMillis();
        timers.createIntervalTimer(Math.min(every, 10_000), every, new TimerConfig("reminders", false));
    }

    @Timeout
    void tick() {
        if (running.tryLock()) {
            try {
                if (leases.hold("reminders", Duration.ofSeconds(Math.max(1, checkSeconds)).multipliedBy(3)
                        .plusMinutes(2))) {
                    org.alshub.audit.control.Door.through(org.alshub.audit.control.Door.job("reminders"),
                            () -> reminders.due().forEach(reminders::remind));
                }
            } finally {
                running.unlock();
            }
        }
    }
}
