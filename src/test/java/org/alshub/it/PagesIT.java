package org.alshub.it;

import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages in a real browser (headless Chromium) against a real Payara Micro: the journeys of a
 * facilitator and an officer, axe-core on every page visited (error states too), 320 px reflow,
 * forms without JavaScript, and the session and CSRF rules at the HTTP level.
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class PagesIT {

    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    final URL base = SharedServer.base();

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    // --- journeys --------------------------------------------------------------------------

    @Test
    void aFacilitatorStartsAMonthlySeriesAndMovesOneWorkshop() {
        LocalDate firstDay = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        LocalDate first = firstDay.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.WEDNESDAY));
        LocalDate second = firstDay.plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.WEDNESDAY));
        LocalDate movedTo = second.plusDays(1);
        try (Browser browser = Browser.start(api, true)) {
            browser.open("/workshops");
            assertEquals("/sign-in?next=%2Fworkshops", browser.path(), "a signed-out visitor is sent to sign in");
            browser.assertAccessible("sign-in");
            browser.submit();
            assertEquals("There is a problem", browser.text(".govuk-error-summary__title"));
            browser.assertAccessible("sign-in with errors");
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            assertEquals("/workshops", browser.path(), "back where they were going");
            browser.assertAccessible("workshops");

            browser.click("a[href='/series/new']");
            browser.assertAccessible("start a series");
            browser.type("title", "");
            browser.type("rule", "fifth Wednesday");
            browser.submit();
            assertTrue(browser.driver.getTitle().startsWith("Error: "), browser.driver.getTitle());
            List<String> links = browser.all(".govuk-error-summary__list a").stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", "#")).toList();
            assertEquals(List.of("#title", "#rule"), links);
            assertTrue(browser.text("#rule-error").contains("say \"last Wednesday\" instead"),
                    "the rule's own advice, beside the field: " + browser.text("#rule-error"));
            browser.assertAccessible("start a series with errors");

            browser.type("title", "Co-production Action Learning Set");
            browser.type("rule", "fourth Wednesday");
            browser.type("startTime", "10:00");
            browser.type("durationMinutes", "120");
            browser.type("firstDate-day", String.valueOf(firstDay.getDayOfMonth()));
            browser.type("firstDate-month", String.valueOf(firstDay.getMonthValue()));
            browser.type("firstDate-year", String.valueOf(firstDay.getYear()));
            browser.type("location", "Room 8, Lambeth Town Hall");
            browser.submit();
            assertTrue(browser.text("#first-dates").startsWith("Wednesday " + first.getDayOfMonth()),
                    "the first dates, to check before saving: " + browser.text("#first-dates"));
            browser.assertAccessible("check a series before it starts");
            browser.submit();
            assertTrue(browser.text(".govuk-notification-banner__heading")
                    .startsWith("Series started: every fourth Wednesday at 10am"), browser.text("main"));
            assertTrue(browser.text("main table").contains(first.format(SHORT_DAY)), browser.text("main table"));
            browser.assertAccessible("a series");
            browser.assertFitsNarrowScreen("a series");
            String seriesPage = browser.path();

            browser.click(browser.driver.findElement(org.openqa.selenium.By.linkText(second.format(SHORT_DAY))));
            browser.assertAccessible("one workshop");
            browser.click("a[href$='/change']");
            assertEquals(String.valueOf(second.getDayOfMonth()), browser.find("#date-day").getAttribute("value"));
            browser.assertAccessible("move a workshop");
            browser.type("date-day", String.valueOf(movedTo.getDayOfMonth()));
            browser.type("start", "14:00");
            browser.type("end", "13:00");
            browser.submit();
            assertEquals("End time must be after the start", browser.text("#end-error").replace("Error:", "").strip());
            browser.assertAccessible("move a workshop with errors");
            browser.assertFitsNarrowScreen("move a workshop with errors");
            browser.type("end", "16:00");
            browser.submit();
            assertEquals("Workshop changed", browser.text(".govuk-notification-banner__heading"));
            String summary = browser.text(".govuk-summary-list");
            assertTrue(summary.contains(movedTo.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK))), summary);
            assertTrue(summary.contains("2pm to 4pm"), summary);
            assertTrue(summary.contains("Moved"), summary);
            browser.assertAccessible("a moved workshop");

            browser.open(seriesPage);
            List<WebElement> rows = browser.all("main table tbody tr");
            String movedRow = rows.get(1).getText();
            assertTrue(movedRow.contains(movedTo.format(SHORT_DAY)) && movedRow.contains("Moved"), movedRow);
            assertTrue(rows.get(0).getText().contains("10am to midday") && rows.get(0).getText().contains("Scheduled"),
                    rows.get(0).getText());
            assertTrue(rows.get(2).getText().contains("Scheduled"), "other workshops stay as they were");

            browser.open("/workshops");
            browser.assertFitsNarrowScreen("workshops");
            browser.screenshot(Path.of("target", "screenshots", "screenshot-workshops.png"));
            browser.open("/");
            assertTrue(browser.text("h1").startsWith("Hello,"));
            browser.assertAccessible("facilitator's home");
            browser.open("/members/new");
            browser.assertAccessible("add a member");
        }
    }

    @Test
    void anOfficerEditsTheirProfileAfterAMistake() {
        Api.Caller officer = api.person("Olive Officer", "olive@lambeth.test", "OFFICER");
        try (Browser browser = Browser.start(api, true)) {
            browser.open("/");
            browser.signIn(officer.email(), officer.password());
            assertEquals("/", browser.path());
            assertEquals("Hello, Olive Officer", browser.text("h1"));
            browser.assertAccessible("officer's home");

            browser.click("main a[href='/me']");
            browser.assertAccessible("your profile");
            browser.type("name", " ");
            browser.type("email", "not-an-email");
            browser.submit();
            assertEquals(List.of("Enter a full name",
                            "Enter an email address in the correct format, like name@example.com"),
                    browser.all(".govuk-error-summary__list a").stream().map(WebElement::getText).toList());
            assertTrue(browser.find("#email").getAttribute("class").contains("govuk-input--error"));
            assertEquals("not-an-email", browser.find("#email").getAttribute("value"), "what they typed is kept");
            browser.assertAccessible("your profile with errors");

            String name = "Olive O'Brien <b>bold</b>";
            browser.type("name", name);
            browser.type("email", "olive.obrien@lambeth.test");
            browser.type("organisation", "Lambeth Council");
            browser.submit();
            assertEquals("Your profile has been saved", browser.text(".govuk-notification-banner__heading"));
            assertEquals(name, browser.find("#name").getAttribute("value"));
            assertTrue(browser.all("main b").isEmpty(), "a name is shown as text, never as markup");
            browser.assertAccessible("your profile saved");
            Api.Answer me = api.get("api/me", new Api.Caller("olive.obrien@lambeth.test", officer.password()));
            assertEquals(name, me.json().getString("name"), "the same rules and data as the API");
            assertEquals("Lambeth Council", me.json().getString("organisation"));

            browser.open("/members");
            assertEquals("Member directory", browser.text("h1"));
            assertFalse(browser.text("main").contains("@"), "officers do not see emails in the directory");
            browser.assertAccessible("member directory");
            browser.assertFitsNarrowScreen("member directory");

            browser.open("/series/new");
            assertEquals("You cannot use this page", browser.text("h1"));
            browser.assertAccessible("refusal");
            browser.open("/no/such/page");
            assertEquals("Page not found", browser.text("h1"));
            browser.assertAccessible("not found");
        }
    }

    @Test
    void aFacilitatorRunsTheSessionFromTheConsole() {
        Api.Caller cora = api.person("Cora Console", "cora@lambeth.test", "OFFICER");
        Api.Caller owen = api.person("Owen Owner", "owen@lambeth.test", "OFFICER");
        long coraId = api.get("api/me", cora).id();
        long owenId = api.get("api/me", owen).id();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        long earlier = api.post("api/workshops", "{\"title\":\"Console earlier\",\"start\":\"" + today.minusMonths(2)
                + "T10:00\",\"end\":\"" + today.minusMonths(2) + "T12:00\"}", FACILITATOR).id();
        Api.Answer carried = api.post("api/actions", "{\"description\":\"Ask housing about the repairs backlog\","
                + "\"ownerId\":" + owenId + ",\"due\":\"" + today.minusMonths(1) + "\",\"workshopId\":" + earlier + "}",
                FACILITATOR);
        assertEquals(201, carried.status(), carried.body());
        long workshop = api.post("api/workshops", "{\"title\":\"Console today\",\"start\":\"" + today
                + "T00:30\",\"end\":\"" + today + "T23:59\",\"location\":\"Room 8\"}", FACILITATOR).id();
        assertEquals(200, api.put("api/workshops/" + workshop + "/rsvps/" + coraId, "{\"answer\":\"GOING\"}", cora,
                null).status());
        String console = "/workshops/" + workshop + "/console";
        try (Browser browser = Browser.start(api, true)) {
            browser.open(console);
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            assertEquals(console, browser.path());
            browser.assertAccessible("workshop console");
            String carriedOver = browser.text("#carried-over + div table");
            assertTrue(carriedOver.contains("Ask housing about the repairs backlog") && carriedOver.contains("Overdue"),
                    carriedOver);
            WebElement cora1 = browser.find("input[name='present'][value='" + coraId + "']");
            assertTrue(browser.find("label[for='" + cora1.getAttribute("id") + "']").getText().contains("said going"),
                    "those who said they were coming are marked");
            cora1.sendKeys(Keys.SPACE);
            browser.click("form[action$='/attendance'] button");
            assertEquals("Attendance saved: 1 person", browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.find("input[name='present'][value='" + coraId + "']").isSelected(), "ticked stays ticked");
            assertTrue(api.get("api/workshops/" + workshop + "/attendance", FACILITATOR).body().contains("\"memberId\":" + coraId),
                    "recorded through the same service as the API");

            browser.type("description", "Share the tenants' survey");
            browser.type("owner", "Nobody Known");
            browser.click("form[action$='/action'] button");
            assertEquals("No member is called Nobody Known: choose a name from the list",
                    browser.find(".govuk-error-summary__list a").getText());
            assertEquals("Share the tenants' survey", browser.find("#description").getAttribute("value"));
            browser.assertAccessible("workshop console with errors");

            WebElement owner = browser.find("#owner");
            owner.clear();
            owner.sendKeys("Owen Owner");
            List<CharSequence> afterName = List.of(Keys.TAB, Keys.ENTER);
            WebElement page = browser.find("html");
            for (CharSequence key : afterName) {
                browser.driver.switchTo().activeElement().sendKeys(key);
            }
            browser.waitToLeave(page);
            assertTrue(afterName.size() < 10, "keystrokes after the owner's name: " + afterName.size());
            assertEquals("Action agreed: Share the tenants' survey", browser.text(".govuk-notification-banner__heading"));
            String agreed = browser.text("#agreed + ul");
            assertTrue(agreed.contains("Share the tenants' survey – Owen Owner, by "
                    + today.plusWeeks(4).format(SHORT_DAY)), agreed);
            assertEquals(owenId, api.get("api/actions?workshopId=" + workshop, FACILITATOR).json()
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("ownerId").longValue());

            browser.find("input[name='followAction'][value='" + carried.id() + "']").sendKeys(Keys.SPACE);
            browser.type("note", "Housing replied: repairs are on the March plan");
            browser.find("input[name='status'][value='DONE']").sendKeys(Keys.SPACE);
            browser.click("form[action$='/follow-up'] button");
            assertEquals("Follow-up recorded", browser.text(".govuk-notification-banner__heading"));
            assertFalse(browser.text("main").contains("Ask housing about the repairs backlog"), "done: no longer carried");
            assertEquals("DONE", api.get("api/actions/" + carried.id(), FACILITATOR).json().getJsonObject("action").getString("status"));
            browser.assertAccessible("workshop console after a follow-up");
            browser.assertFitsNarrowScreen("workshop console");
            browser.screenshot(Path.of("target", "screenshots", "screenshot-console.png"));
        }
        try (Browser browser = Browser.start(api, false)) {
            browser.open(console);
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            browser.type("description", "Book the room for the next set");
            browser.type("owner", "cora");
            browser.type("due", "1/3");
            browser.click("form[action$='/action'] button");
            assertTrue(browser.text("#agreed + ul").contains("Book the room for the next set – Cora Console, by 1 Mar"),
                    "without scripts, part of a name and a short date are enough: " + browser.text("#agreed + ul"));
        }
    }

    @Test
    void aGuestAcceptsAndTheFacilitatorSeesIt() {
        long workshop = api.post("api/workshops", "{\"title\":\"Open set with guests\",\"start\":\"2031-05-21T10:00\","
                + "\"end\":\"2031-05-21T12:00\",\"location\":\"Room 8, Lambeth Town Hall\"}", FACILITATOR).id();
        Api.Answer invited = api.post("api/workshops/" + workshop + "/invitations",
                "{\"name\":\"Gina Guest\",\"email\":\"gina@guest.test\",\"send\":false}", FACILITATOR);
        assertEquals(201, invited.status(), invited.body());
        String link = invited.json().getString("link");
        String token = link.substring(link.lastIndexOf('/') + 1);
        try (Browser browser = Browser.start(api, true)) {
            browser.open("/invitations/" + token);
            assertEquals("Open set with guests", browser.text("h1"));
            assertEquals("Will you come?", browser.text("#answer"));
            assertTrue(browser.all(".govuk-service-navigation__list").isEmpty(), "a guest has no menu");
            browser.assertAccessible("guest invitation");
            browser.assertFitsNarrowScreen("guest invitation");
            browser.click("button[value='ACCEPTED']");
            assertEquals("You said you will come.", browser.text("#answer"));
            browser.assertAccessible("guest invitation accepted");

            browser.open("/workshops/" + workshop + "/console");
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            assertTrue(browser.text("#guests").contains("Gina Guest Accepted"), browser.text("#guests"));
            browser.assertAccessible("workshop console with a guest");
            browser.open("/workshops/" + workshop);
            browser.click("a[href$='/console']");
            assertEquals("/workshops/" + workshop + "/console", browser.path(), "the workshop page leads to its console");
        }
    }

    @Test
    void anOfficerAnswersRegistersAProjectWithAChallengeAndSubscribes() {
        Api.Caller officer = api.person("Priya Projects", "priya@lambeth.test", "OFFICER");
        long me = api.get("api/me", officer).id();
        long past = api.post("api/workshops", "{\"title\":\"Dashboard earlier\",\"start\":\"2020-03-04T10:00\","
                + "\"end\":\"2020-03-04T12:00\"}", FACILITATOR).id();
        assertEquals(201, api.post("api/actions", "{\"description\":\"Map the ward's tenant groups\",\"ownerId\":" + me
                + ",\"due\":\"2020-04-01\",\"workshopId\":" + past + "}", FACILITATOR).status());
        assertEquals(201, api.post("api/workshops", "{\"title\":\"Dashboard next\",\"start\":\"2031-02-05T10:00\","
                + "\"end\":\"2031-02-05T12:00\"}", FACILITATOR).status(), "there is a next workshop to answer");
        try (Browser browser = Browser.start(api, true)) {
            browser.open("/");
            browser.signIn(officer.email(), officer.password());
            assertTrue(browser.text("#my-actions + ul").contains("Map the ward's tenant groups"));
            assertTrue(browser.text("#my-actions + ul").contains("Overdue"));
            browser.assertAccessible("officer's dashboard");
            browser.assertFitsNarrowScreen("officer's dashboard");

            browser.click("form[action='/'] button[type='submit']");
            assertEquals("Choose Going, Maybe or Not going", browser.find(".govuk-error-summary__list a").getText());
            browser.assertAccessible("officer's dashboard with errors");
            browser.find("#answer-1").click();
            browser.click("form[action='/'] button[type='submit']");
            String answered = browser.text(".govuk-notification-banner__heading");
            assertTrue(answered.equals("Your answer is saved: Going") || answered.startsWith("Waiting list, place "),
                    answered);
            assertTrue(browser.find("#answer-1").isSelected(), "the answer is shown back");

            browser.click("main a[href='/projects/new']");
            browser.assertAccessible("register a project");
            browser.submit();
            assertEquals("Enter the project's title", browser.find(".govuk-error-summary__list a").getText());
            browser.assertAccessible("register a project with errors");
            browser.type("title", "Residents' budget for ward parks");
            browser.type("department", "Neighbourhoods");
            browser.find("#stage-2").click();
            browser.submit();
            assertEquals("Project registered", browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.text(".govuk-summary-list").contains("Planning"));
            browser.click("form[action$='/challenges'] button");
            assertEquals("Enter the challenge as a question", browser.find(".govuk-error-summary__list a").getText());
            browser.assertAccessible("add a challenge with errors");
            browser.type("question", "How do we reach tenants who never come to meetings?");
            browser.click("form[action$='/challenges'] button");
            assertEquals("Challenge added", browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.text("#challenges + ol").contains("How do we reach tenants who never come to meetings?"));
            browser.assertAccessible("a project");
            browser.assertFitsNarrowScreen("a project");
            assertEquals(1, api.get("api/projects?ownerId=" + me, officer).items().size(), "the same data as the API");

            browser.open("/");
            assertTrue(browser.text("#my-projects + ul").contains("Residents' budget for ward parks"));
            browser.click("form[action='/'] input[value='feed'] ~ button");
            String webcal = browser.text("#feed-webcal");
            String https = browser.text("#feed-https");
            assertTrue(webcal.startsWith("webcal://") && https.startsWith("http"), webcal + " " + https);
            assertEquals(https.substring(https.indexOf(':')), webcal.substring(webcal.indexOf(':')));
            assertTrue(api.get(https.substring(https.indexOf("calendar/")), Api.ANONYMOUS).body().startsWith("BEGIN:VCALENDAR"),
                    "the link is a working feed");
            browser.assertAccessible("officer's dashboard with a calendar link");

            browser.open("/reports");
            assertEquals(2, browser.all("main svg[role='img']").size());
            String actions = browser.text("main table:last-of-type");
            assertTrue(actions.contains("Overdue"), actions);
            browser.assertAccessible("reports");
            browser.assertFitsNarrowScreen("reports");
        }
    }

    @Test
    void formsWorkWithoutJavaScript() {
        try (Browser browser = Browser.start(api, false)) {
            browser.open("/sign-in");
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            assertFalse(browser.find("body").getAttribute("class").contains("js-enabled"), "scripts really are off");
            browser.open("/workshops/new");
            browser.type("title", "Without scripts");
            browser.submit();
            assertEquals("Enter the date of the workshop", browser.find(".govuk-error-summary__list a").getText());
            LocalDate day = LocalDate.now().plusMonths(2);
            browser.type("date-day", String.valueOf(day.getDayOfMonth()));
            browser.type("date-month", String.valueOf(day.getMonthValue()));
            browser.type("date-year", String.valueOf(day.getYear()));
            browser.type("start", "10:00");
            browser.type("end", "12:30");
            browser.submit();
            assertEquals("Workshop scheduled", browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.text(".govuk-summary-list").contains("10am to 12:30pm"));

            browser.click("a[href$='/cancel']");
            browser.submit();
            assertEquals("Workshop cancelled", browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.text(".govuk-summary-list").contains("Cancelled"));

            browser.open("/members/new");
            browser.type("name", "Rita Resident");
            browser.type("email", "rita@resident.test");
            browser.find("#affiliations-3").click();
            browser.find("#account-2").click();
            browser.submit();
            assertEquals("Member added with an account", browser.text("h1"));
            String password = browser.text("#password");
            assertEquals(200, api.get("api/me", new Api.Caller("rita@resident.test", password)).status(),
                    "the password shown once lets them sign in");

            browser.click("button.app-link-button");
            assertTrue(browser.path().startsWith("/sign-in"), "signed out: " + browser.path());
            browser.open("/workshops");
            assertTrue(browser.path().startsWith("/sign-in"), "the session is gone after signing out");
        }
    }

    /**
     * Who came is saved as one list, in one transaction: ticked people recorded, unticked ones
     * taken off, all of it or none. A refused list leaves the last one whole, and two facilitators
     * saving at once end with one of their lists, never a mix of both or neither.
     */
    @Test
    void whoCameIsSavedWholeOrNotAtAll() throws Exception {
        long ann = api.get("api/me", api.person("Ann Attends", "ann.attends@lambeth.test", "OFFICER")).id();
        long bob = api.get("api/me", api.person("Bob Attends", "bob.attends@lambeth.test", "OFFICER")).id();
        long cal = api.get("api/me", api.person("Cal Attends", "cal.attends@lambeth.test", "OFFICER")).id();
        LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1);
        long workshop = api.post("api/workshops", "{\"title\":\"Attendance\",\"start\":\"" + yesterday
                + "T10:00\",\"end\":\"" + yesterday + "T12:00\"}", FACILITATOR).id();
        String attendance = "/workshops/" + workshop + "/console/attendance";
        HttpClient first = signedIn(FACILITATOR);
        HttpClient second = signedIn(FACILITATOR);
        String firstToken = token(get(first, "/me").body());
        String secondToken = token(get(second, "/me").body());

        assertEquals(303, post(first, attendance, "csrf=" + firstToken + "&present=" + ann + "&present=" + bob)
                .statusCode());
        assertEquals(java.util.Set.of(ann, bob), came(workshop));
        assertEquals(303, post(first, attendance, "csrf=" + firstToken + "&present=" + cal).statusCode());
        assertEquals(java.util.Set.of(cal), came(workshop), "unticked means not there");
        HttpResponse<String> refused = post(first, attendance, "csrf=" + firstToken + "&present=" + ann
                + "&present=987654321");
        assertEquals(400, refused.statusCode(), "a member who does not exist cannot have come");
        assertEquals(java.util.Set.of(cal), came(workshop), "nothing of a refused list is saved, nothing taken off");

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                java.util.Set<Long> before = came(workshop);
                var start = new java.util.concurrent.CountDownLatch(1);
                var a = pool.submit(() -> {
                    start.await();
                    return post(first, attendance, "csrf=" + firstToken + "&present=" + ann).statusCode();
                });
                var b = pool.submit(() -> {
                    start.await();
                    return post(second, attendance, "csrf=" + secondToken + "&present=" + bob).statusCode();
                });
                start.countDown();
                a.get();
                b.get();
                java.util.Set<Long> after = came(workshop);
                assertTrue(after.equals(java.util.Set.of(ann)) || after.equals(java.util.Set.of(bob))
                        || after.equals(before), "round " + round + ": one whole list, not " + after);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private java.util.Set<Long> came(long workshop) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        var list = jakarta.json.Json.createReader(new java.io.StringReader(api.get("api/workshops/" + workshop
                + "/attendance", FACILITATOR).body())).readArray();
        for (int i = 0; i < list.size(); i++) {
            ids.add(list.getJsonObject(i).getJsonNumber("memberId").longValue());
        }
        return ids;
    }

    // --- the session, CSRF and headers, at the HTTP level ---------------------------------

    @Test
    void theSessionIsSafeAndTheApiDoesNotAcceptIt() throws Exception {
        Api.Caller officer = api.person("Sid Session", "sid@lambeth.test", "OFFICER");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> signInPage = get(http, "/sign-in", "X-Forwarded-Proto", "https");
        String cookie = signInPage.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("Secure"), "behind a TLS proxy the cookie is Secure: " + cookie);
        assertFalse(get(http, "/sign-in").headers().firstValue("Set-Cookie").orElse("").contains("Secure"),
                "over plain HTTP it cannot be");
        var headers = signInPage.headers();
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
                headers.firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElseThrow());
        assertFalse(signInPage.body().contains("<script>"), "no inline script");
        assertFalse(signInPage.body().contains("style="), "no inline style");

        HttpClient fresh = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = get(fresh, "/sign-in");
        String before = sessionId(form.headers().firstValue("Set-Cookie").orElseThrow());
        HttpResponse<String> noToken = post(fresh, "/sign-in", "email=" + enc(officer.email()) + "&password="
                + enc(officer.password()));
        assertEquals(403, noToken.statusCode(), "a sign-in form without its token is refused");
        HttpResponse<String> signedIn = post(fresh, "/sign-in", "csrf=" + token(form.body()) + "&email="
                + enc(officer.email()) + "&password=" + enc(officer.password()));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String after = sessionId(signedIn.headers().firstValue("Set-Cookie").orElseThrow());
        assertNotEquals(before, after, "a new session id at sign-in: a planted one is worth nothing");

        assertEquals(200, get(fresh, "/me").statusCode());
        HttpResponse<String> api401 = get(fresh, "/api/me");
        assertEquals(401, api401.statusCode(), "the API wants its own credentials, not the browser's cookie");
        assertTrue(api401.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> profile = get(fresh, "/me");
        HttpResponse<String> forged = post(fresh, "/me", "name=Forged&email=forged%40evil.test&version=0&csrf=guess");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("This form has expired"));
        assertEquals("Sid Session", api.get("api/me", officer).json().getString("name"), "nothing changed");
        long seriesBefore = api.get("api/series", FACILITATOR).json().getJsonNumber("total").longValue();
        HttpResponse<String> notAllowed = post(fresh, "/series/new", "csrf=" + token(profile.body())
                + "&title=Mine&rule=first+Monday&startTime=10%3A00&durationMinutes=60");
        assertEquals(403, notAllowed.statusCode(), "an officer cannot start a series, token or not");
        assertTrue(notAllowed.body().contains("You cannot use this page"));
        assertEquals(seriesBefore, api.get("api/series", FACILITATOR).json().getJsonNumber("total").longValue());
        HttpResponse<String> signOutWithoutToken = post(fresh, "/sign-out", "");
        assertEquals(403, signOutWithoutToken.statusCode(), "no one can sign you out from another site");
        assertEquals(303, post(fresh, "/sign-out", "csrf=" + token(profile.body())).statusCode());
        HttpResponse<String> afterSignOut = get(fresh, "/me");
        assertEquals(302, afterSignOut.statusCode());
        assertTrue(afterSignOut.headers().firstValue("Location").orElse("").contains("/sign-in?next=%2Fme"));

        HttpResponse<String> anonymousPost = post(http, "/workshops/new", "title=Anonymous");
        assertEquals(302, anonymousPost.statusCode(), "no session: off to sign in, nothing done");
        assertTrue(anonymousPost.headers().firstValue("Location").orElse("").contains("/sign-in"));

        HttpResponse<String> missing = get(http, "/no-such-page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertFalse(missing.body().toLowerCase(Locale.ROOT).contains("payara"), "the server's own page is replaced");
        HttpResponse<String> apiMissing = get(http, "/api/no-such-thing");
        assertEquals(404, apiMissing.statusCode());
        assertTrue(apiMissing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void signInSendsOnlyToThisSite() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = get(http, "/sign-in?next=" + enc("https://evil.test/"));
        HttpResponse<String> signedIn = post(http, "/sign-in", "csrf=" + token(form.body()) + "&next="
                + enc("//evil.test/") + "&email=" + enc(FACILITATOR.email()) + "&password=" + enc(FACILITATOR.password()));
        assertEquals(303, signedIn.statusCode());
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/") && !location.contains("evil"), location);
    }

    @Test
    void everyPageStatesWhoMayUseIt() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long workshop = api.post("api/workshops", "{\"title\":\"Roles\",\"start\":\"2027-09-01T10:00\","
                + "\"end\":\"2027-09-01T12:00\"}", FACILITATOR).id();
        long series = api.post("api/series", "{\"title\":\"Roles\",\"rule\":\"first Monday\",\"startTime\":\"10:00\","
                + "\"durationMinutes\":60}", FACILITATOR).id();
        Api.Caller officer = api.person("Rory Roles", "rory@lambeth.test", "OFFICER");
        long member = api.get("api/me", officer).id();
        List<String> everyone = List.of("/", "/reports", "/projects", "/projects/new", "/workshops", "/workshops?when=past", "/workshops/" + workshop,
                "/series/" + series, "/members", "/members/" + member, "/me");
        List<String> facilitatorsOnly = List.of("/workshops/new", "/workshops/" + workshop + "/change",
                "/workshops/" + workshop + "/cancel", "/workshops/" + workshop + "/console", "/series/new", "/members/new");
        for (String page : concat(everyone, facilitatorsOnly)) {
            HttpResponse<String> answer = get(anonymous, page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/sign-in?next="), page);
        }
        HttpClient asOfficer = signedIn(officer);
        for (String page : everyone) {
            assertEquals(200, get(asOfficer, page).statusCode(), page);
        }
        long hidden = api.get("api/me", FACILITATOR).id();
        assertEquals(404, get(asOfficer, "/members/" + hidden).statusCode(), "not in the directory: as if absent");
        for (String page : facilitatorsOnly) {
            HttpResponse<String> answer = get(asOfficer, page);
            assertEquals(403, answer.statusCode(), page);
            assertTrue(answer.body().contains("You cannot use this page"), page);
        }
        HttpClient asFacilitator = signedIn(FACILITATOR);
        for (String page : concat(everyone, facilitatorsOnly)) {
            assertEquals(200, get(asFacilitator, page).statusCode(), page);
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    private HttpClient signedIn(Api.Caller caller) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = get(http, "/sign-in");
        HttpResponse<String> done = post(http, "/sign-in", "csrf=" + token(form.body()) + "&email="
                + enc(caller.email()) + "&password=" + enc(caller.password()));
        assertEquals(303, done.statusCode(), done.body());
        return http;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private HttpResponse<String> get(HttpClient http, String path, String... header) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path));
        if (header.length == 2) {
            request.header(header[0], header[1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String html) {
        Matcher matcher = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(matcher.find(), "the form carries a token");
        return matcher.group(1);
    }

    private static String sessionId(String setCookie) {
        return setCookie.replaceAll(";.*", "");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
