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

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhileWithoutLockingOthers() {
        Api.Caller target = api.person("Gail Guessed", "gail@throttle.test", "OFFICER");
        Api.Caller bystander = api.person("Ben Bystander", "ben@throttle.test", "OFFICER");
        Api.Caller guesser = new Api.Caller("gail@throttle.test", "wrong-password-guess");
        for (int i = 0; i < 4; i++) {
            assertEquals(401, api.get("api/me", guesser).status());
        }
        assertEquals(401, api.get("api/me", guesser).status(), "the fifth failure is still answered");
        Api.Answer locked = api.get("api/me", guesser);
        assertEquals(429, locked.status(), locked.body());
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 900, "Retry-After " + retryAfter);
        assertEquals(429, api.get("api/me", target).status(), "even the right password waits");
        assertEquals(200, api.get("api/me", bystander).status());
    }

    @Test
    void passwordsMustBeLongAndNotCommonAndCanBeChangedAndReset() {
        long id = api.post("api/members", "{\"name\":\"Pam Policy\",\"email\":\"pam.policy@trust.test\"}", FACILITATOR).id();
        FoundationIT.assertField(api.post("api/members/" + id + "/account",
                "{\"role\":\"OFFICER\",\"password\":\"password1234\"}", FACILITATOR), "password");
        FoundationIT.assertField(api.post("api/members/" + id + "/account",
                "{\"role\":\"OFFICER\",\"password\":\"pam.policy-is-me\"}", FACILITATOR), "password");
        assertEquals(201, api.post("api/members/" + id + "/account",
                "{\"role\":\"OFFICER\",\"password\":\"kettle-orbit-meadow\"}", FACILITATOR).status());
        Api.Caller pam = new Api.Caller("pam.policy@trust.test", "kettle-orbit-meadow");

        FoundationIT.assertField(api.put("api/me/password",
                "{\"currentPassword\":\"not-my-password\",\"newPassword\":\"lantern-quiet-river\"}", pam, null),
                "currentPassword");
        assertEquals(204, api.put("api/me/password",
                "{\"currentPassword\":\"kettle-orbit-meadow\",\"newPassword\":\"lantern-quiet-river\"}", pam, null).status());
        assertEquals(401, api.get("api/me", pam).status(), "the old password no longer works");
        Api.Caller pamNow = new Api.Caller("pam.policy@trust.test", "lantern-quiet-river");
        assertEquals(200, api.get("api/me", pamNow).status());

        assertEquals(403, api.post("api/members/" + id + "/password-reset", null, pamNow).status());
        Api.Answer link = api.post("api/members/" + id + "/password-reset", null, FACILITATOR);
        assertEquals(201, link.status(), link.body());
        String token = link.json().getString("token");
        assertTrue(token.length() >= 43, "at least 256 bits");
        assertEquals(404, api.post("api/password-resets/" + token.substring(1) + "x",
                "{\"newPassword\":\"window-carrot-planet\"}", ANONYMOUS).status());
        assertEquals(204, api.post("api/password-resets/" + token, "{\"newPassword\":\"window-carrot-planet\"}", ANONYMOUS).status());
        assertEquals(404, api.post("api/password-resets/" + token, "{\"newPassword\":\"second-use-refused\"}", ANONYMOUS).status());
        assertEquals(200, api.get("api/me", new Api.Caller("pam.policy@trust.test", "window-carrot-planet")).status());
    }

    @Test
    void theAuditLogNamesWhoChangedWhatHidesTokensAndCannotBeEdited() {
        Api.Caller officer = api.person("Ava Audited", "ava@audit.test", "OFFICER");
        long facilitatorId = api.get("api/me", FACILITATOR).id();
        long created = api.post("api/members", "{\"name\":\"Audit Subject\",\"email\":\"subject@audit.test\"}", FACILITATOR).id();
        String token = api.post("api/members/" + api.get("api/me", officer).id() + "/password-reset", null, FACILITATOR)
                .json().getString("token");
        api.post("api/password-resets/" + token, "{\"newPassword\":\"audited-new-password\"}", ANONYMOUS);

        Api.Answer audit = api.get("api/audit?size=100", FACILITATOR);
        assertEquals(200, audit.status());
        List<JsonObject> entries = audit.items().getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getString("target").equals("/api/members/" + created)
                && e.getString("action").equals("POST") && e.getJsonNumber("actorId").longValue() == facilitatorId), audit.body());
        assertTrue(entries.stream().anyMatch(e -> e.getString("target").equals("/api/password-resets/{token}")), audit.body());
        assertTrue(!audit.body().contains(token), "no secret token in the log");
        assertEquals(403, api.get("api/audit", new Api.Caller("ava@audit.test", "audited-new-password")).status());
        assertEquals(401, api.get("api/audit", ANONYMOUS).status());
        assertEquals(405, api.send("DELETE", "api/audit", null, FACILITATOR, null).status());
        assertEquals(405, api.send("PUT", "api/audit", "{}", FACILITATOR, null).status());
    }

    @Test
    void aPersonGetsEverythingHeldAboutThemAndCanBeErased() {
        Api.Caller rhiannon = api.person("Rhiannon Ní Bhriain", "rhiannon@privacy.test", "OFFICER");
        long id = api.get("api/me", rhiannon).id();
        Api.Caller other = api.person("Other Officer", "other@privacy.test", "OFFICER");
        api.put("api/members/" + id, "{\"name\":\"Rhiannon Ní Bhriain\",\"email\":\"rhiannon@privacy.test\","
                + "\"organisation\":\"Libraries\",\"listedInDirectory\":true}", rhiannon, null);

        Api.Answer own = api.get("api/members/" + id + "/personal-data", rhiannon);
        assertEquals(200, own.status(), own.body());
        JsonObject member = own.json().getJsonObject("member");
        assertEquals("Rhiannon Ní Bhriain", member.getString("name"));
        assertEquals("rhiannon@privacy.test", member.getString("email"));
        assertEquals("OFFICER", member.getJsonObject("account").getString("role"));
        assertTrue(own.json().getJsonObject("auditLog").toString().contains("/api/members/" + id), own.body());
        assertEquals(403, api.get("api/members/" + id + "/personal-data", other).status());
        assertEquals(401, api.get("api/members/" + id + "/personal-data", ANONYMOUS).status());

        assertEquals(403, api.send("DELETE", "api/members/" + id, null, other, null).status());
        long facilitatorId = api.get("api/me", FACILITATOR).id();
        assertEquals(409, api.send("DELETE", "api/members/" + facilitatorId, null, FACILITATOR, null).status());
        assertEquals(204, api.send("DELETE", "api/members/" + id, null, FACILITATOR, null).status());

        JsonObject erased = api.get("api/members/" + id, FACILITATOR).json();
        assertEquals("Former member", erased.getString("name"));
        String all = api.get("api/members/" + id + "/personal-data", FACILITATOR).body();
        assertTrue(!all.contains("rhiannon") && !all.contains("Bhriain") && !all.contains("Libraries"), all);
        assertEquals(401, api.get("api/me", rhiannon).status(), "the account is gone");
        assertTrue(!api.get("api/members?size=100", FACILITATOR).body().contains("rhiannon@privacy.test"));
        assertEquals(201, api.post("api/members", "{\"name\":\"Rhiannon Again\",\"email\":\"rhiannon@privacy.test\"}",
                FACILITATOR).status(), "the email is free again");
    }

    @Test
    void guestsAreForgottenAfterTheRetentionPeriodAndTheirLinkStopsWorking() {
        long workshop = api.post("api/workshops", FoundationIT.workshopJson("Retention", "2030-03-13T10:00",
                "2030-03-13T12:00"), FACILITATOR).id();
        Api.Answer invited = api.post("api/workshops/" + workshop + "/invitations",
                "{\"name\":\"Gwen Guest\",\"email\":\"gwen@guest.test\",\"send\":false}", FACILITATOR);
        assertEquals(201, invited.status(), invited.body());
        String link = invited.json().getString("link");
        String token = link.substring(link.lastIndexOf('/') + 1);
        java.net.http.HttpRequest accept = java.net.http.HttpRequest.newBuilder(api.uri("invitations/" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("answer=ACCEPTED")).build();
        try {
            java.net.http.HttpClient.newHttpClient().send(accept, java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(api.get("api/workshops/" + workshop + "/rsvps", FACILITATOR).body().contains("Gwen Guest"),
                "the guest's acceptance reached the RSVPs");

        assertEquals(0, api.post("api/privacy/forget-guests", null, FACILITATOR).json().getInt("guestsForgotten"),
                "an upcoming workshop's guests are kept");
        String tag = api.get("api/workshops/" + workshop, FACILITATOR).etag();
        api.put("api/workshops/" + workshop, FoundationIT.workshopJson("Retention", "2012-03-14T10:00",
                "2012-03-14T12:00"), FACILITATOR, tag);
        assertEquals(403, api.post("api/privacy/forget-guests", null, api.person("Nat Nosy", "nat@retention.test", "OFFICER")).status());
        assertEquals(1, api.post("api/privacy/forget-guests", null, FACILITATOR).json().getInt("guestsForgotten"));

        String invitations = api.get("api/workshops/" + workshop + "/invitations", FACILITATOR).body();
        assertTrue(invitations.contains("Former guest") && !invitations.contains("gwen@guest.test"), invitations);
        String rsvps = api.get("api/workshops/" + workshop + "/rsvps", FACILITATOR).body();
        assertTrue(!rsvps.contains("Gwen"), rsvps);
        assertEquals(404, api.get("invitations/" + token, ANONYMOUS).status());
    }

    private static void shutDown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006)
        }
    }
}
