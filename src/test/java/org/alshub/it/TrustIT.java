package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nothing lost: online backups while the app serves, restored and compared. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void aBackupTakenWhileWritesGoOnRestoresToExactlyWhatWasThere() throws Exception {
        for (int i = 0; i < 20; i++) {
            api.post("api/members", "{\"name\":\"Before " + i + "\",\"email\":\"before" + i + "@backup.test\"}", FACILITATOR);
        }
        // writers keep going while the backup is taken
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            writes.add(writers.submit(() -> api.post("api/members",
                    "{\"name\":\"During " + n + "\",\"email\":\"during" + n + "@backup.test\"}", FACILITATOR).status()));
        }
        Api.Answer backup = api.post("api/backups", null, FACILITATOR);
        for (Future<Integer> write : writes) {
            assertEquals(201, write.get());
        }
        writers.shutdown();
        assertEquals(201, backup.status(), backup.body());
        JsonObject taken = backup.json();
        assertTrue(taken.getJsonNumber("bytes").longValue() > 100_000, backup.body());
        api.post("api/members", "{\"name\":\"After Backup\",\"email\":\"after@backup.test\"}", FACILITATOR);
        assertTrue(api.get("api/backups", FACILITATOR).body().contains(taken.getString("name")));

        // restore the copy beside the live database (Derby's restoreFrom, as restore.sh does)
        Path restored = Path.of(System.getProperty("it.data.dir")).getParent().resolve("restored-" + System.nanoTime());
        List<String> emails = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + restored + ";restoreFrom="
                + Path.of(taken.getString("path"), "derby"));
             ResultSet rows = db.createStatement().executeQuery("select email from als.member order by id")) {
            while (rows.next()) {
                emails.add(rows.getString(1));
            }
        } finally {
            shutDown(restored);
        }
        for (int i = 0; i < 20; i++) {
            assertTrue(emails.contains("before" + i + "@backup.test"), "before" + i);
        }
        assertTrue(!emails.contains("after@backup.test"), "a member added after the backup is not in it");
        assertEquals(emails.size(), emails.stream().distinct().count(), "nothing twice");
        assertTrue(Files.exists(restored.resolve("seg0")));
    }

    @Test
    void onlyFacilitatorsTakeOrListBackups() {
        Api.Caller officer = api.person("Bea Backup", "bea@backup.test", "OFFICER");
        assertEquals(401, api.post("api/backups", null, ANONYMOUS).status());
        assertEquals(401, api.get("api/backups", ANONYMOUS).status());
        assertEquals(403, api.post("api/backups", null, officer).status());
        assertEquals(403, api.get("api/backups", officer).status());
    }

    private static void shutDown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006)
        }
    }
}
