package org.alshub.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.alshub.audit.control.Door;
import org.alshub.calendar.control.Feeds;
import org.alshub.member.control.Accounts;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Affiliation;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.Role;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.persistence.JobLeases;
import org.alshub.workshop.control.SeriesScheduler;

/**
 * Runs once the schema is in place: creates the first facilitator on an empty database (printing
 * a generated password once when none was configured), loads the demo data when asked, and keeps
 * every series' occurrences a horizon ahead (at start and then nightly).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    AlsConfig config;

    @Inject
    Members members;

    @Inject
    Accounts accounts;

    @Inject
    SeriesScheduler scheduler;

    @Inject
    DemoData demo;

    @Inject
    Feeds feeds;

    @Inject
    JobLeases leases;

    @PostConstruct
    void start() {
        feeds.ready();
        Door.through(Door.job("first-start"), () -> {
            if (accounts.count() == 0) {
                createFirstFacilitator();
            }
            if (config.demoData() && scheduler.count() == 0) {
                demo.load();
            }
        });
        extendSeries();
        LOG.info("ALS Hub is ready at http://localhost:" + config.httpPort() + "/");
    }

    /** Non-persistent, so it also runs where the persistent timer service is switched off. */
    @Schedule(hour = "3", minute = "17", persistent = false)
    void extendSeries() {
        if (!leases.take("series-horizon")) {
            return;
        }
        int created = Door.through(Door.job("series-horizon"), scheduler::extendHorizons);
        if (created > 0) {
            LOG.info("Scheduled " + created + " more workshops to keep each series 12 months ahead");
        }
    }

    private void createFirstFacilitator() {
        Member admin = members.findByEmail(config.adminEmail()).orElseGet(() -> members.join(
                new Members.Details("Set facilitator", config.adminEmail(), java.util.Set.of(Affiliation.OFFICER),
                        null, false), null));
        Accounts.Opened opened = accounts.open(admin.id(), Role.FACILITATOR, config.adminPassword().orElse(null));
        String password = opened.generatedPassword()
                .map(p -> p + "   (generated: it is shown only this once, so note it now)")
                .orElse("the one set in ALS_ADMIN_PASSWORD");
        LOG.warning("\n\n    First facilitator sign-in\n    email:    " + config.adminEmail()
                + "\n    password: " + password + "\n");
    }
}
