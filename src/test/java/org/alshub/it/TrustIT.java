package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Nothing lost: online backups while the app serves, restored and compared. */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class TrustIT {

    final URL base = SharedServer.base();

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
        assertTrue(!taken.containsKey("path") && !backup.body().contains(System.getProperty("it.data.dir")),
                "the answer names the backup, not where the server keeps it: " + backup.body());
        Path copy = Path.of(System.getProperty("it.data.dir"), "backups", taken.getString("name"), "derby");
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + restored + ";restoreFrom=" + copy);
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
        assertTrue(entries.stream().anyMatch(e -> e.getString("target").equals("/api/members")
                && e.getString("action").equals("POST") && e.getString("door").equals("API")
                && e.getString("operation").equals("Members.join") && e.getString("recordId").equals(Long.toString(created))
                && e.getJsonNumber("actorId").longValue() == facilitatorId), audit.body());
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

        api.post("api/privacy/forget-guests", null, FACILITATOR); // first the guests of other tests' past workshops
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

    // --- issue 15: sessions die with their account ---------------------------------------------

    @Test
    void aBrowserSessionEndsWhenItsMemberIsErasedOrTheirPasswordIsReset() throws Exception {
        Api.Caller reset = api.person("Rosa Session", "rosa@sessions.test", "OFFICER");
        long resetId = api.get("api/me", reset).id();
        AccessMatrixIT.PageSession rosa = AccessMatrixIT.PageSession.signedIn(api, reset);
        assertEquals(200, rosa.send("GET", "me", null).statusCode());
        String token = api.post("api/members/" + resetId + "/password-reset", null, FACILITATOR).json().getString("token");
        assertEquals(204, api.post("api/password-resets/" + token, "{\"newPassword\":\"copper-violin-harbour\"}",
                ANONYMOUS).status());
        assertSignedOut(rosa.send("GET", "me", null), "a reset password ends the old session");

        Api.Caller erased = api.person("Ezra Erased", "ezra@sessions.test", "OFFICER");
        long erasedId = api.get("api/me", erased).id();
        AccessMatrixIT.PageSession ezra = AccessMatrixIT.PageSession.signedIn(api, erased);
        assertEquals(200, ezra.send("GET", "me", null).statusCode());
        long dosBefore = api.get("api/practices?size=1", FACILITATOR).json().getJsonNumber("total").longValue();
        assertEquals(204, api.send("DELETE", "api/members/" + erasedId, null, FACILITATOR, null).status());
        assertSignedOut(ezra.send("GET", "me", null), "erasure ends the session at once");
        assertSignedOut(ezra.send("POST", "dos/new", "title=Still+here&how=Posting+after+erasure"),
                "and its forms do nothing");
        assertEquals(dosBefore, api.get("api/practices?size=1", FACILITATOR).json().getJsonNumber("total").longValue());

        Api.Answer again = api.post("api/members/" + erasedId + "/account", "{\"role\":\"FACILITATOR\"}", FACILITATOR);
        assertEquals(409, again.status(), "an erased member cannot be given an account: " + again);
        AccessMatrixIT.PageSession facilitator = AccessMatrixIT.PageSession.signedIn(api, FACILITATOR);
        facilitator.send("POST", "members/" + erasedId + "/account", "role=FACILITATOR");
        assertTrue(Api.string(api.get("api/members/" + erasedId, FACILITATOR).json(), "role") == null,
                "not through the page either");
        assertEquals(401, api.get("api/me", erased).status());
    }

    @Test
    void aNewResetLinkRevokesTheOlderOne() {
        Api.Caller lena = api.person("Lena Links", "lena@sessions.test", "OFFICER");
        long id = api.get("api/me", lena).id();
        String first = api.post("api/members/" + id + "/password-reset", null, FACILITATOR).json().getString("token");
        String second = api.post("api/members/" + id + "/password-reset", null, FACILITATOR).json().getString("token");
        assertEquals(404, api.post("api/password-resets/" + first, "{\"newPassword\":\"marble-cactus-lighthouse\"}",
                ANONYMOUS).status(), "the first link no longer works");
        assertEquals(204, api.post("api/password-resets/" + second, "{\"newPassword\":\"marble-cactus-lighthouse\"}",
                ANONYMOUS).status());
    }

    private static void assertSignedOut(java.net.http.HttpResponse<String> answer, String why) {
        assertEquals(302, answer.statusCode(), why);
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/sign-in"), why);
    }

    // --- issue 15: audit in one place for every door --------------------------------------------

    /**
     * Every form of the pages, sent filled in (page-forms.txt), leaves its entry: the page's
     * address, door PAGE and who sent it. The routes come from PagesApplication, so a form added
     * later fails here until it has a line and leaves an entry.
     */
    @Test
    void everyPageFormLeavesAnAuditEntryWithWhoAndThePage() throws Exception {
        AccessMatrixIT.Fixtures fixtures = new AccessMatrixIT.Fixtures(api, "forms");
        fixtures.ids.put("dos", fixtures.ids.get("practices"));
        fixtures.ids.put("members.bare", Long.toString(api.post("api/members",
                "{\"name\":\"Bare Member\",\"email\":\"bare@forms.test\"}", FACILITATOR).id()));
        fixtures.joinRequest("{\"name\":\"Second Joiner\",\"email\":\"second@forms.test\",\"wouldBring\":\"Time\"}");
        fixtures.tokens.put("password-reset", fixtures.tokens.get("api/password-resets"));
        fixtures.ids.put("series.spare", Long.toString(api.post("api/series", "{\"title\":\"Spare series\","
                + "\"rule\":\"first Friday\",\"startTime\":\"10:00\",\"durationMinutes\":60}", FACILITATOR).id()));
        fixtures.ids.put("actions.spare", Long.toString(api.post("api/actions", "{\"description\":\"Agreed by mistake\","
                + "\"ownerId\":" + fixtures.ids.get("members") + ",\"workshopId\":" + fixtures.ids.get("workshops") + "}",
                FACILITATOR).id()));
        // two dates the fixture series ("last Thursday", from today) runs on
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        java.time.LocalDate from = today.plusMonths(1).with(java.time.temporal.TemporalAdjusters.lastInMonth(
                java.time.DayOfWeek.THURSDAY));
        java.time.LocalDate end = today.plusMonths(2).with(java.time.temporal.TemporalAdjusters.lastInMonth(
                java.time.DayOfWeek.THURSDAY));
        java.util.Map<String, String> passwords = java.util.Map.of("officer", fixtures.officer.password(),
                "other", fixtures.other.password(), "fac", FACILITATOR.password());
        fixtures.ids.put("join-requests.second", api.get("api/join-requests?size=100", FACILITATOR).items()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("name").equals("Second Joiner"))
                .findFirst().orElseThrow().get("id").toString());
        java.util.Map<String, AccessMatrixIT.PageSession> sessions = java.util.Map.of(
                "fac", AccessMatrixIT.PageSession.signedIn(api, FACILITATOR),
                "officer", AccessMatrixIT.PageSession.signedIn(api, fixtures.officer),
                "other", AccessMatrixIT.PageSession.signedIn(api, fixtures.other),
                "anon", AccessMatrixIT.PageSession.anonymous(api));
        java.util.Map<String, Long> ids = java.util.Map.of("fac", api.get("api/me", FACILITATOR).id(),
                "officer", api.get("api/me", fixtures.officer).id(), "other", api.get("api/me", fixtures.other).id());

        java.util.TreeSet<String> routes = AccessMatrixIT.pageRoutes();
        routes.removeIf(route -> !route.startsWith("POST "));
        List<String[]> forms = pageForms();
        java.util.TreeSet<String> declared = new java.util.TreeSet<>();
        forms.forEach(form -> declared.add(form[0]));
        java.util.TreeSet<String> missing = new java.util.TreeSet<>(routes);
        missing.removeAll(declared);
        assertEquals(new java.util.TreeSet<>(), missing, "page forms with no line in page-forms.txt");

        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String[] form : forms) {
            String who = form[1];
            if (who.equals("none")) {
                continue;
            }
            String route = form[0].substring(5).trim();
            // a secret link's token is the real one, as its holder has it
            String path = fixtures.fill(route, route.contains("{token}") ? "guest" : "officer",
                    form[2].equals("-") ? java.util.Map.of() : AccessMatrixIT.pairs(form[2]));
            String body = form[3].replace("{n}", Integer.toString(++n)).replace("{owner}", fixtures.ids.get("members"))
                    .replace("{action}", fixtures.ids.get("actions"))
                    .replace("{ownerName}", java.net.URLEncoder.encode(fixtures.officerName,
                            java.nio.charset.StandardCharsets.UTF_8))
                    .replace("{password}", java.net.URLEncoder.encode(passwords.getOrDefault(who, ""),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .replace("{fromDay}", String.valueOf(from.getDayOfMonth()))
                    .replace("{fromMonth}", String.valueOf(from.getMonthValue()))
                    .replace("{fromYear}", String.valueOf(from.getYear()))
                    .replace("{endDay}", String.valueOf(end.getDayOfMonth()))
                    .replace("{endMonth}", String.valueOf(end.getMonthValue()))
                    .replace("{endYear}", String.valueOf(end.getYear()));
            long before = latestAuditId();
            java.net.http.HttpResponse<String> answer = sessions.get(who).send("POST", path, body);
            if (answer.statusCode() >= 400) {
                failures.add(form[0] + " as " + who + " answered " + answer.statusCode() + " "
                        + answer.body().replaceAll("(?s).*<h1[^>]*>|</h1>.*", "").strip());
                continue;
            }
            Long actor = ids.get(who);
            // a secret link's token never reaches the log: it is written as {token}
            String logged = ("/" + path).replaceAll("(?<=/)[A-Za-z0-9_-]{20,}(?=(/|$))", "{token}");
            boolean found = api.get("api/audit?size=30", FACILITATOR).items().getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getJsonNumber("id").longValue() > before)
                    .anyMatch(e -> "PAGE".equals(e.getString("door")) && e.getString("action").equals("POST")
                            && e.getString("target").equals(logged)
                            && java.util.Objects.equals(actor, actorOf(e)));
            if (!found) {
                failures.add(form[0] + " as " + who + ": no audit entry for POST /" + path);
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
        JsonObject member = api.get("api/audit?size=100", FACILITATOR).items().getValuesAs(JsonObject.class).stream()
                .filter(e -> "Accounts.open".equals(Api.string(e, "operation")) && "PAGE".equals(e.getString("door")))
                .findFirst().orElseThrow();
        assertEquals(fixtures.ids.get("members.bare"), member.getString("recordId"), "the account given through the page");
    }

    @Test
    void workTheAppDoesItselfIsAuditedAsAJob() {
        long total = api.get("api/audit?size=1", FACILITATOR).json().getJsonNumber("total").longValue();
        List<JsonObject> oldest = api.get("api/audit?size=100&page=" + ((total - 1) / 100), FACILITATOR).items()
                .getValuesAs(JsonObject.class);
        assertTrue(oldest.stream().anyMatch(e -> "JOB".equals(e.getString("door")) && e.getString("target").equals("first-start")
                && "Accounts.open".equals(Api.string(e, "operation")) && actorOf(e) == null),
                "the first facilitator's account, given at the first start: " + oldest);
    }

    private static Long actorOf(JsonObject entry) {
        return !entry.containsKey("actorId") || entry.isNull("actorId") ? null : entry.getJsonNumber("actorId").longValue();
    }

    private long latestAuditId() {
        var items = api.get("api/audit?size=1", FACILITATOR).items();
        return items.isEmpty() ? 0 : items.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<String[]> pageForms() throws Exception {
        List<String[]> forms = new ArrayList<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                TrustIT.class.getResourceAsStream("/page-forms.txt"), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                String[] operation = parts[0].trim().split("\\s+");
                forms.add(new String[]{operation[0] + " " + operation[1], parts[1].trim(),
                        parts.length > 2 ? parts[2].trim() : "-", parts.length > 3 ? parts[3].trim() : ""});
            }
        }
        return forms;
    }

    // --- issue 15: throttling that cannot be turned against users ------------------------------

    /**
     * The tests run with ALS_TRUSTED_PROXIES=127.0.0.1, as behind the README's nginx: one address
     * guessing is blocked, the right password from another address behind the same proxy is not.
     */
    @Test
    void guessesFromOneAddressBehindTheProxyBlockOnlyThatAddress() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 30; i++) {
            assertEquals(401, basic(http, "guess" + i + "@throttle.test", "wrong-password-guess", "203.0.113.9").statusCode());
        }
        java.net.http.HttpResponse<String> blocked = basic(http, FACILITATOR.email(), FACILITATOR.password(), "203.0.113.9");
        assertEquals(429, blocked.statusCode(), "the guessing address waits, even with the right password");
        assertEquals(200, basic(http, FACILITATOR.email(), FACILITATOR.password(), "198.51.100.7").statusCode(),
                "another address behind the same proxy signs in");
        assertEquals(200, basic(http, FACILITATOR.email(), FACILITATOR.password(), "203.0.113.9, 198.51.100.7").statusCode(),
                "an address the client wrote itself, left of the proxy's, is not believed");

        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String form = browser.send(java.net.http.HttpRequest.newBuilder(api.uri("sign-in")).header("X-Forwarded-For",
                "203.0.113.9").build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String csrf = form.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        java.net.http.HttpResponse<String> page = browser.send(java.net.http.HttpRequest.newBuilder(api.uri("sign-in"))
                .header("X-Forwarded-For", "203.0.113.9").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&email="
                        + java.net.URLEncoder.encode(FACILITATOR.email(), java.nio.charset.StandardCharsets.UTF_8)
                        + "&password=" + FACILITATOR.password())).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(429, page.statusCode(), "the sign-in form says it as Basic does");
        assertTrue(Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(page.body().contains("Too many failed sign-ins"));
    }

    private java.net.http.HttpResponse<String> basic(java.net.http.HttpClient http, String email, String password,
                                                     String forwardedFor) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(api.uri("api/me")).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString((email + ":" + password).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))).header("X-Forwarded-For", forwardedFor).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    // --- issue 15: every bad input is a 4xx ----------------------------------------------------

    @Test
    void absurdInputIsRefusedWithA4xxNeverA500() throws Exception {
        Api.Answer paged = api.get("api/practices?page=2147483646&size=100", ANONYMOUS);
        assertEquals(400, paged.status(), paged.body());
        assertEquals(400, api.get("api/workshops?page=2147483646&size=100", FACILITATOR).status());
        AccessMatrixIT.PageSession visitor = AccessMatrixIT.PageSession.anonymous(api);
        assertEquals(400, visitor.send("GET", "dos?page=2147483646", null).statusCode());

        Api.Answer year = api.post("api/workshops", FoundationIT.workshopJson("Far off", "+999999-03-13T10:00",
                "+999999-03-13T12:00"), FACILITATOR);
        assertEquals(400, year.status(), year.body());
        assertTrue(year.body().contains("1900") && year.body().contains("\"field\":\"start\""), year.body());
        FoundationIT.assertField(api.post("api/series", "{\"title\":\"Old\",\"rule\":\"first Monday\",\"startTime\":"
                + "\"10:00\",\"durationMinutes\":60,\"firstDate\":\"1066-10-14\"}", FACILITATOR), "firstDate");

        FoundationIT.assertField(api.post("api/members", "{\"name\":\"Tab\\there\",\"email\":\"tab@bad.test\"}",
                FACILITATOR), "name");

        // the server answers as soon as it reads the length, before the 3 MB are sent
        String json = tooBig("/api/practices", "application/json");
        assertTrue(json.startsWith("HTTP/1.1 413") && json.contains("application/problem+json"), json);
        String form = tooBig("/dos/new", "application/x-www-form-urlencoded");
        assertTrue(form.startsWith("HTTP/1.1 413") && form.contains("too big"), "a page that says so: " + form);

        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String signIn = http.send(java.net.http.HttpRequest.newBuilder(api.uri("sign-in?next=/%09/evil.example")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String csrf = signIn.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        String next = signIn.replaceAll("(?s).*name=\"next\" value=\"([^\"]*)\".*", "$1").replace("&#9;", "\t");
        java.net.http.HttpResponse<String> signedIn = http.send(java.net.http.HttpRequest.newBuilder(api.uri("sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&next="
                        + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8) + "&email="
                        + java.net.URLEncoder.encode(FACILITATOR.email(), java.nio.charset.StandardCharsets.UTF_8)
                        + "&password=" + FACILITATOR.password())).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(303, signedIn.statusCode());
        assertEquals("/", java.net.URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath(),
                "a next with a control character goes home");
    }

    @Test
    void linksAreBuiltFromTheServersOwnAddressNotFromAForgedHost() throws Exception {
        long id = api.get("api/me", api.person("Hana Host", "hana@links.test", "OFFICER")).id();
        String auth = java.util.Base64.getEncoder().encodeToString((FACILITATOR.email() + ":" + FACILITATOR.password())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("POST /api/members/" + id + "/password-reset HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Authorization: Basic " + auth + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        assertTrue(answer.contains("\"resetUrl\":\"http://127.0.0.1:" + base.getPort() + "/api/password-resets/"),
                answer);
        assertTrue(!answer.contains("evil.example"), answer);
        java.net.URI ordinary = java.net.URI.create(api.post("api/members/" + id + "/password-reset", null, FACILITATOR)
                .json().getString("resetUrl"));
        assertEquals(base.getPort(), ordinary.getPort(), ordinary + " for " + base);
        assertTrue(ordinary.getPath().startsWith("/api/password-resets/"), ordinary.toString());
        assertTrue(ordinary.getHost().equals(base.getHost()) || ordinary.getHost().equals("127.0.0.1"),
                "a loopback Host is kept, or the server's own address used: " + ordinary + " for " + base);
    }

    private String tooBig(String path, String type) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: 3000000"
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write("x".repeat(64_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            return response(socket.getInputStream());
        }
    }

    /**
     * One HTTP response read off the socket, its head and its body (by Content-Length, or to the
     * last chunk): the server keeps the connection open for the rest of the request's body it never
     * reads, so reading to the end of the stream would wait out its timeout.
     */
    private static String response(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        while (!read.toString(java.nio.charset.StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return read.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
            read.write(b);
        }
        String head = read.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(head);
        if (length.find()) {
            read.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            while (!read.toString(java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                read.write(b);
            }
        }
        return read.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    // --- issue 15: smaller ------------------------------------------------------------------------

    @Test
    void metricsAreNotOpenToAnyone() {
        for (String path : new String[]{"metrics", "metrics/base", "metrics/application"}) {
            Api.Answer metrics = api.get(path, ANONYMOUS);
            assertTrue(metrics.status() >= 400 && !metrics.body().contains("jvm"), path + ": " + metrics);
        }
    }

    @Test
    void backupsAreKeptToTheNewestSeven() {
        for (int i = 0; i < 9; i++) {
            assertEquals(201, api.post("api/backups", null, FACILITATOR).status());
        }
        Api.Answer kept = api.get("api/backups", FACILITATOR);
        assertEquals(7, Json.createReader(new java.io.StringReader(kept.body())).readArray().size(), kept.body());
    }

    @Test
    void exportAndErasureCoverDosCommentsTriesToolkitTrialsAndJoinRequests() {
        Api.Caller quinn = api.person("Quinn Quill", "quinn@privacy.test", "OFFICER");
        long id = api.get("api/me", quinn).id();
        Api.Caller peer = api.person("Petra Peer", "petra@privacy.test", "OFFICER");
        long practice = api.post("api/practices", "{\"title\":\"Quinn's kitchen table\",\"how\":\"Meet residents at "
                + "their kitchen tables\"}", quinn).id();
        long others = api.post("api/practices", "{\"title\":\"Petra's walk\",\"how\":\"Walk the estate together\"}", peer).id();
        assertEquals(201, api.post("api/practices/" + others + "/tried", null, quinn).status());
        api.post("api/practices/" + others + "/comments", "{\"body\":\"Quinn says it worked\"}", quinn);
        long entry = api.post("api/toolkit", "{\"kind\":\"TOOL\",\"stage\":\"PLAN\",\"title\":\"Quinn's map\","
                + "\"summary\":\"Who to involve\",\"ownerId\":" + id + "}", FACILITATOR).id();
        api.post("api/toolkit/" + entry + "/feedback", "{\"rating\":5,\"comment\":\"Quinn's own verdict\"}", quinn);
        long trial = api.post("api/trials", "{\"title\":\"Quinn's channels\",\"firstMonth\":\"2026-01\",\"lastMonth\":"
                + "\"2026-03\",\"channels\":[\"LinkedIn\"]}", FACILITATOR).id();
        assertEquals(200, api.put("api/trials/" + trial + "/months/2026-02", "{\"channelIds\":[]}", quinn, null).status());

        JsonObject export = api.get("api/members/" + id + "/personal-data", quinn).json();
        String all = export.toString();
        for (String held : new String[]{"Quinn's kitchen table", "Quinn says it worked", "Quinn's own verdict",
                "\"practiceId\":" + others, "\"entryId\":" + entry, "\"trialId\":" + trial}) {
            assertTrue(all.contains(held), held + " in " + all);
        }
        assertTrue(export.containsKey("searchIndex") && export.containsKey("joinRequests") && export.containsKey("workshops"),
                all);
        assertTrue(api.get("api/network/suggestions?about=kitchen+tables", peer).body().contains("Quinn"),
                "before erasure, suggestions name Quinn");

        assertEquals(204, api.send("DELETE", "api/members/" + id, null, FACILITATOR, null).status());
        String after = api.get("api/members/" + id + "/personal-data", FACILITATOR).body();
        assertTrue(!after.contains("Quinn"), after);
        assertEquals(404, api.get("api/practices/" + practice, FACILITATOR).status(), "their do is gone");
        JsonObject walk = api.get("api/practices/" + others, FACILITATOR).json();
        assertEquals(0, walk.getInt("triedCount"), walk.toString());
        assertTrue(!api.get("api/practices/" + others + "/comments", FACILITATOR).body().contains("Quinn says"));
        assertTrue(!api.get("api/toolkit/" + entry + "/feedback", FACILITATOR).body().contains("verdict"));
        assertTrue(!api.get("api/network/suggestions?about=kitchen+tables", peer).body().contains("Former member"),
                "no suggestion names the erased member");
    }

    private static void shutDown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006)
        }
    }
}
