package org.alshub.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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

    @Resource
    ManagedScheduledExecutorService later;

    @PostConstruct
    void start() {
        feeds.ready();
        List<String> signIns = new ArrayList<>();
        Door.through(Door.job("first-start"), () -> {
            if (accounts.count() == 0) {
                signIns.add(createFirstFacilitator());
            }
            if (config.demoData() && scheduler.count() == 0) {
                signIns.add(demo.load());
            }
        });
        extendSeries();
        LOG.info("ALS Hub is ready at http://localhost:" + config.httpPort() + "/");
        if (config.demoData() || config.adminPassword().isEmpty()) {
            // something shown only once (a generated password): say it where it will be seen
            if (!signIns.isEmpty()) {
                showOnceReady(signIns);
            }
        } else {
            signIns.forEach(LOG::info);
        }
    }

    /**
     * The sign-ins made on the first start, framed, printed once the app answers: after the
     * server's own start-up lines, where someone who just ran the app is looking.
     */
    private void showOnceReady(List<String> signIns) {
        String frame = "=".repeat(72);
        String text = "\n" + frame + "\n  Sign in at http://localhost:" + config.httpPort() + "/sign-in\n\n  "
                + String.join("\n\n  ", signIns).replace("\n    ", "\n      ") + "\n" + frame + "\n";
        URI probe = URI.create("http://127.0.0.1:" + config.httpPort() + "/sign-in");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
        int[] tries = {0};
        task[0] = later.scheduleWithFixedDelay(() -> {
            boolean answering;
            try {
                answering = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException | InterruptedException e) {
                answering = false;
            }
            if (answering || ++tries[0] > 120) {
                LOG.warning(text);
                task[0].cancel(false);
            }
        }, 1, 1, TimeUnit.SECONDS);
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

    private String createFirstFacilitator() {
        Member admin = members.findByEmail(config.adminEmail()).orElseGet(() -> members.join(
                new Members.Details("Set facilitator", config.adminEmail(), java.util.Set.of(Affiliation.OFFICER),
                        null, false), null));
        Accounts.Opened opened = accounts.open(admin.id(), Role.FACILITATOR, config.adminPassword().orElse(null));
        String password = opened.generatedPassword()
                .map(p -> p + "   (generated: it is shown only this once, so note it now)")
                .orElse("the one set in ALS_ADMIN_PASSWORD");
        return "The first facilitator:\n    email:    " + config.adminEmail() + "\n    password: " + password;
    }
}
