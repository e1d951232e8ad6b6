package org.alshub.privacy.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.alshub.audit.control.Door;
import org.alshub.platform.persistence.JobLeases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Forgets guests' names and emails a set number of days after their workshop, nightly. */
@Singleton
public class GuestRetention {

    private static final Logger LOG = Logger.getLogger(GuestRetention.class.getName());

    @Inject
    PersonalData personalData;

    @Inject
    @ConfigProperty(name = "als.privacy.guest-retention-days", defaultValue = "30")
    int retentionDays;

    @Inject
    Clock clock;

    @Inject
    JobLeases leases;

    /** Non-persistent: runs where the persistent timer service is off (--nohazelcast). */
    @Schedule(hour = "2", minute = "41", persistent = false)
    void nightly() {
        if (leases.take("guest-retention")) {
            Door.through(Door.job("guest-retention"), this::forgetOldGuests);
        }
    }

    public int forgetOldGuests() {
        int forgotten = personalData.forgetGuestsBefore(clock.instant().minus(Duration.ofDays(retentionDays)));
        if (forgotten > 0) {
            LOG.info("Forgot the personal details of " + forgotten + " guests past the " + retentionDays
                    + "-day retention");
        }
        return forgotten;
    }
}
