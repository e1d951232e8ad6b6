package org.alshub.it;

import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * The jobs of the month that the scenario (MonthOfTheSetIT) does not walk, each from its page in
 * headless Chromium: an officer bringing a friend (only once they are going), inviting several
 * at once, a new link and a revoked one; a series changed from
 * a date, ended, and one started by mistake deleted; a member changed, given a password link that
 * its holder uses, their account withdrawn and the member erased; the action tracker filtered,
 * counted, downloaded, an action corrected and a mistaken one deleted; an officer's new password and
 * "who else has faced this?". Every page state is checked by axe-core and at 320 px, and the
 * member and tracker forms are sent once more with JavaScript off. Records a page does not make
 * are made through the API first; the API then checks what the pages did.
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class EveryJobPagesIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final URL base = SharedServer.base();

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void aFacilitatorInvitesSeveralAtOnceGivesANewLinkAndRevokesOne() {
        long workshop = workshop("Bring a friend", LocalDate.now(LONDON).plusDays(20));
        api.person("Nia Member", "nia.member@lambeth.test", "OFFICER");
        try (Browser browser = Browser.start(api, true)) {
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            browser.open("/workshops/" + workshop + "/invitations");
            browser.find("#" + checkboxFor(browser, "Nia Member")).click();
            browser.type("addresses", "Ann Guest <ann@guests.test>, bob@guests.test");
            browser.click("form[action$='/invitations/several'] button");
            assertEquals("3 people are invited: the invitation is on its way by email",
                    browser.text(".govuk-notification-banner__heading"));
            String table = browser.text("#invited ~ div table");
            assertTrue(table.contains("Nia Member") && table.contains("Ann Guest") && table.contains("bob@guests.test"), table);
            browser.assertAccessible("invitations, three sent at once");
            browser.assertFitsNarrowScreen("invitations, three sent at once");

            long ann = invitation(workshop, "ann@guests.test").getJsonNumber("id").longValue();
            browser.click("form[action$='/invitations/" + ann + "/resend'] button");
            assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("Ann Guest has a new link; the old one no longer works"),
                    browser.text(".govuk-notification-banner__heading"));

            long bob = invitation(workshop, "bob@guests.test").getJsonNumber("id").longValue();
            browser.click("form[action$='/invitations/" + bob + "/revoke'] button");
            assertEquals("bob's link no longer works", browser.text(".govuk-notification-banner__heading"),
                    "a pasted address without a name is named by what comes before the @");
            assertTrue(browser.text("#invited ~ div table").contains("Revoked"));
            assertTrue(invitation(workshop, "bob@guests.test").getBoolean("revoked"), "the API sees the link revoked");
        }
    }

    /** "Feel free to bring a friend": an officer may, to a workshop they are going to; the facilitator sees who brought whom. */
    @Test
    void anOfficerBringsAFriendToAWorkshopTheyAreGoingTo() {
        long workshop = workshop("Open to friends", LocalDate.now(LONDON).plusDays(25));
        Api.Caller omar = api.person("Omar Officer", "omar.officer@lambeth.test", "OFFICER");
        try (Browser browser = Browser.start(api, true)) {
            browser.signIn(omar.email(), omar.password());
            browser.open("/workshops/" + workshop + "/invitations");
            assertTrue(browser.text(".govuk-warning-text").contains("answer Going first"), browser.text("main"));
            assertEquals(0, browser.all("#name").size(), "no invitation form before they say they are going");
            browser.assertAccessible("invitations, not going yet");

            browser.open("/workshops/" + workshop);
            browser.find("#answer-1").click();
            browser.click("form[action$='/answer'] button");
            browser.open("/workshops/" + workshop + "/invitations");
            browser.type("name", "Pat Friend");
            browser.type("email", "pat.friend@example.test");
            browser.submit();
            assertEquals("Pat Friend is invited: the invitation is on its way by email",
                    browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.text("#invited ~ div table").contains("Pat Friend"), "their own guest, listed for them");
            browser.assertAccessible("invitations, a friend brought");
        }
        try (Browser browser = Browser.start(api, true)) {
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            browser.open("/workshops/" + workshop + "/invitations");
            String row = browser.driver.findElement(By.xpath("//tr[contains(., 'Pat Friend')]")).getText();
            assertTrue(row.contains("Omar Officer"), "the facilitator sees who invited whom: " + row);
        }
    }

    @Test
    void aFacilitatorChangesASeriesFromADateEndsItAndDeletesOneStartedByMistake() {
        LocalDate first = LocalDate.now(LONDON).plusMonths(1).withDayOfMonth(1);
        long series = series("Monday set", "first Monday", first);
        long mistake = series("Started by mistake", "second Tuesday", first);
        try (Browser browser = Browser.start(api, true)) {
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            browser.open("/series/" + series);
            browser.click("a[href='/series/" + series + "/change']");
            assertTrue(browser.find("input[name='tell']").isSelected(), "telling people is on by default");
            browser.assertAccessible("change a series from a date");
            browser.type("startTime", "14:00");
            browser.submit();
            String changed = browser.text(".govuk-notification-banner__heading");
            assertTrue(changed.startsWith("From ") && changed.contains("the series is every first Monday at 2pm"), changed);
            long next = Long.parseLong(browser.path().replaceAll(".*/", ""));
            assertEquals("14:00", api.get("api/series/" + next, FACILITATOR).json().getString("startTime").substring(0, 5));

            browser.click("a[href='/series/" + next + "/end']");
            browser.assertAccessible("end a series");
            browser.assertFitsNarrowScreen("end a series");
            browser.submit();
            assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("The series ends: no workshop from"),
                    browser.text(".govuk-notification-banner__heading"));
            assertFalse(browser.all("a[href='/series/" + next + "/end']").size() > 0, "an ended series cannot be ended again");

            browser.open("/series/" + mistake);
            browser.click("a[href='/series/" + mistake + "/delete']");
            browser.assertAccessible("delete a series");
            browser.submit();
            assertEquals("The series \"Started by mistake\" and its workshops are deleted",
                    browser.text(".govuk-notification-banner__heading"));
            assertEquals(404, api.get("api/series/" + mistake, FACILITATOR).status());
        }
    }

    @Test
    void aFacilitatorLooksAfterAMember() throws Exception {
        Api.Caller rosa = api.person("Rosa Reset", "rosa.reset@lambeth.test", "OFFICER");
        long id = api.get("api/me", rosa).id();
        try (Browser browser = Browser.start(api, true); Browser hers = Browser.start(api, true);
             Browser plain = Browser.start(api, false)) {
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            browser.open("/members/" + id);
            browser.click("a[href='/members/" + id + "/change']");
            browser.assertAccessible("change a member");
            browser.type("organisation", "Lambeth Housing");
            browser.submit();
            assertEquals("The member's details are saved", browser.text(".govuk-notification-banner__heading"));
            assertEquals("Lambeth Housing", api.get("api/members/" + id, FACILITATOR).json().getString("organisation"));
            plain.signIn(FACILITATOR.email(), FACILITATOR.password());
            plain.open("/members/" + id + "/change");
            plain.type("organisation", "Lambeth Housing, Brixton");
            plain.submit();
            assertEquals("The member's details are saved", plain.text(".govuk-notification-banner__heading"),
                    "the same form with JavaScript off");

            browser.click("form[action$='/members/" + id + "/password-reset'] button");
            browser.assertAccessible("a password link, shown once");
            browser.assertFitsNarrowScreen("a password link, shown once");
            // read after the narrow-screen check, whose reloads send the form again: each makes a new
            // link and the last one shown is the one that works
            String link = browser.text("#reset-link");
            hers.open(URI.create(link).getPath());
            assertEquals(1, hers.all("#newPassword").size(), link + " opens " + hers.path() + ": " + hers.text("main"));
            hers.assertAccessible("set a new password");
            hers.type("newPassword", "walking the thames path at dawn");
            hers.type("confirmPassword", "walking the thames path at dawn");
            hers.submit();
            assertEquals("Your new password is set: sign in with it", hers.text(".govuk-notification-banner__heading"));
            hers.signIn("rosa.reset@lambeth.test", "walking the thames path at dawn");
            assertEquals("/", hers.path(), "she is signed in with her new password");
            assertEquals(404, NetworkPagesIT.asBrowser(hers, api, URI.create(link).getPath()).statusCode(),
                    "the link worked once");

            browser.open("/members/" + id);
            browser.click("form[action$='/members/" + id + "/account/withdraw'] button");
            assertEquals("Rosa Reset can no longer sign in", browser.text(".govuk-notification-banner__heading"));
            assertEquals(401, api.get("api/me", new Api.Caller("rosa.reset@lambeth.test", "walking the thames path at dawn")).status());

            browser.click("a[href='/members/" + id + "/erase']");
            browser.assertAccessible("erase a member");
            browser.submit();
            assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("Rosa Reset is erased"));
            assertFalse(browser.text("main table").contains("Rosa Reset"), "no longer among the members");
            assertFalse(api.get("api/members/" + id, FACILITATOR).body().contains("rosa.reset@lambeth.test"));
        }
    }

    @Test
    void theTrackerFiltersCountsDownloadsCorrectsAndDeletes() throws Exception {
        Api.Caller tariq = api.person("Tariq Tracker", "tariq.tracker@lambeth.test", "OFFICER");
        long owner = api.get("api/me", tariq).id();
        long workshop = workshop("Where they were agreed", LocalDate.now(LONDON).minusDays(14));
        LocalDate today = LocalDate.now(LONDON);
        long late = action("Ring the tenants' panel", owner, today.minusDays(3), workshop);
        long mistaken = action("Agreed twice by mistake", owner, today.plusDays(20), workshop);
        try (Browser browser = Browser.start(api, true); Browser plain = Browser.start(api, false)) {
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            browser.open("/actions");
            browser.type("owner", "Tariq");
            browser.click("form[action='/actions'] button");
            assertEquals("2 actions", browser.text("#counts"));
            browser.assertAccessible("the tracker, filtered by owner");
            browser.assertFitsNarrowScreen("the tracker, filtered by owner");
            browser.click(browser.driver.findElement(By.linkText("1 overdue")));
            String overdue = browser.text("main table");
            assertTrue(overdue.contains("Ring the tenants' panel") && overdue.contains("Overdue")
                    && !overdue.contains("Agreed twice"), overdue);

            browser.open("/actions?owner=Tariq");
            URI download = URI.create(browser.find("a[href*='/actions/export.csv']").getAttribute("href"));
            String csvPath = download.getRawPath() + "?" + download.getRawQuery();
            HttpResponse<String> csv = NetworkPagesIT.asBrowser(browser, api, csvPath);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains("Ring the tenants' panel") && csv.body().contains("Agreed twice by mistake"),
                    csv.body());

            browser.open("/actions/" + late);
            browser.click("a[href='/actions/" + late + "/change']");
            browser.assertAccessible("correct an action");
            browser.type("description", "Ring the tenants' panel before the next workshop");
            browser.submit();
            assertEquals("The action is changed", browser.text(".govuk-notification-banner__heading"));
            assertEquals("Ring the tenants' panel before the next workshop", description(late));

            plain.signIn(FACILITATOR.email(), FACILITATOR.password());
            plain.open("/actions?owner=Tariq&overdue=true");
            assertTrue(plain.text("main table").contains("Ring the tenants' panel")
                    && !plain.text("main table").contains("Agreed twice"), "the filters with JavaScript off");
            plain.open("/actions/" + late + "/change");
            plain.type("description", "Ring the tenants' panel this week");
            plain.submit();
            assertEquals("The action is changed", plain.text(".govuk-notification-banner__heading"));
            assertEquals("Ring the tenants' panel this week", description(late));

            browser.open("/actions/" + mistaken);
            browser.click("a[href='/actions/" + mistaken + "/delete']");
            browser.assertAccessible("delete an action");
            browser.submit();
            assertEquals("The action is deleted: Agreed twice by mistake", browser.text(".govuk-notification-banner__heading"));
            assertEquals(404, api.get("api/actions/" + mistaken, FACILITATOR).status());
        }
    }

    @Test
    void anOfficerChangesTheirPasswordAndAsksWhoElseHasFacedIt() {
        Api.Caller uma = api.person("Uma Upton", "uma.upton@lambeth.test", "OFFICER");
        Api.Caller vic = api.person("Vic Vale", "vic.vale@lambeth.test", "OFFICER");
        long mine = api.post("api/projects", "{\"title\":\"Reaching tenants who never come to meetings\",\"stage\":\"PLAN\"}",
                uma).id();
        api.post("api/projects", "{\"title\":\"Tenants who never come to meetings: the estate walkabouts\",\"stage\":\"DO\"}",
                vic);
        try (Browser browser = Browser.start(api, true)) {
            browser.signIn(uma.email(), uma.password());
            browser.open("/me");
            browser.type("currentPassword", uma.password());
            browser.type("newPassword", "a longer walk along the river");
            browser.type("confirmPassword", "a longer walk along the river");
            browser.click("form[action='/me/password'] button");
            assertEquals("Your password is changed", browser.text(".govuk-notification-banner__heading"));
            browser.assertAccessible("a password changed");
            assertEquals(200, api.get("api/me", new Api.Caller(uma.email(), "a longer walk along the river")).status());
            assertEquals(401, api.get("api/me", uma).status(), "the old password no longer works");

            browser.open("/projects/" + mine);
            browser.click("a[href='/who-else?kind=project&id=" + mine + "']");
            assertTrue(browser.text("#people").contains("Vic Vale"), browser.text("main"));
            browser.assertAccessible("who else has faced this, from a project");
            browser.assertFitsNarrowScreen("who else has faced this, from a project");

            browser.open("/who-else");
            browser.type("about", "estate walkabouts");
            browser.click("form[action='/who-else'] button");
            assertTrue(browser.text("#people").contains("Vic Vale"), browser.text("main"));
        }
    }

    // --- records made through the API -----------------------------------------------------

    long workshop(String title, LocalDate day) {
        return api.post("api/workshops", Json.createObjectBuilder().add("title", title).add("start", day + "T10:00")
                .add("end", day + "T12:00").add("location", "Room 8").build().toString(), FACILITATOR).id();
    }

    long series(String title, String rule, LocalDate first) {
        Api.Answer started = api.post("api/series", Json.createObjectBuilder().add("title", title).add("rule", rule)
                .add("startTime", "10:00").add("durationMinutes", 120).add("firstDate", first.toString())
                .add("location", "Room 8").build().toString(), FACILITATOR);
        assertEquals(201, started.status(), started.body());
        return started.id();
    }

    long action(String description, long owner, LocalDate due, long workshop) {
        Api.Answer made = api.post("api/actions", Json.createObjectBuilder().add("description", description)
                .add("ownerId", owner).add("due", due.toString()).add("workshopId", workshop).build().toString(), FACILITATOR);
        assertEquals(201, made.status(), made.body());
        return made.id();
    }

    String description(long action) {
        return api.get("api/actions/" + action, FACILITATOR).json().getJsonObject("action").getString("description");
    }

    JsonObject invitation(long workshop, String email) {
        return Json.createReader(new java.io.StringReader(api.get("api/workshops/" + workshop + "/invitations", FACILITATOR)
                .body())).readArray().getValuesAs(JsonObject.class).stream().filter(i -> i.getString("email").equals(email)).findFirst().orElseThrow();
    }

    /** The id of the checkbox whose label starts with a member's name. */
    static String checkboxFor(Browser browser, String name) {
        return browser.driver.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + name + "')]"))
                .getAttribute("for");
    }
}
