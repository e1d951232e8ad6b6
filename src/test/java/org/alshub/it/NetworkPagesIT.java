package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The network's pages in headless Chromium: the public do's, toolkit and join pages as an
 * anonymous visitor sees them, members posting and trying do's, axe-core on every page and error
 * state, 320 px reflow, and the public forms with JavaScript switched off.
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class NetworkPagesIT {

    final URL base = SharedServer.base();

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void anAnonymousVisitorSearchesDosAndSendsToolkitFeedback() throws Exception {
        Api.Caller author = api.person("Ama Owusu", "ama.pages@lambeth.test", "OFFICER");
        long cafe = api.post("api/practices", NetworkIT.practiceJson("Doorstep chats with résidents",
                "Meet people where they already are: on the doorstep, over tea, and no agenda.",
                "listening", "outreach"), author).id();
        api.post("api/practices", NetworkIT.practiceJson("Plain English first drafts",
                "Write the first draft of every letter as if to a neighbour.", "writing"), author);
        long entry = api.post("api/toolkit", NetworkIT.entryJson("Community asset map", "TOOL", "UNDERSTAND",
                "Map what a neighbourhood already has before planning anything."), FACILITATOR).id();

        long soon = api.post("api/workshops", "{\"title\":\"Co-production clinic\",\"start\":\"2031-03-26T10:00\","
                + "\"end\":\"2031-03-26T12:00\",\"location\":\"Room 8, Lambeth Town Hall\","
                + "\"agendaNotes\":\"Pamela Green presents the microgreens project\"}", FACILITATOR).id();
        long called = api.post("api/workshops", "{\"title\":\"Called-off clinic\",\"start\":\"2031-04-23T10:00\","
                + "\"end\":\"2031-04-23T12:00\"}", FACILITATOR).id();
        assertEquals(200, api.post("api/workshops/" + called + "/cancel", null, FACILITATOR).status());

        try (Browser browser = Browser.start(api, true)) {
            browser.open("/sign-in");
            browser.click("main a[href='/upcoming']");
            assertEquals("Upcoming workshops", browser.text("h1"));
            assertNavigation(browser, "Upcoming workshops");
            String clinic = browser.findOnSomePage(By.xpath("//main//li[h3[contains(., 'Co-production clinic')]]"))
                    .getText();
            assertTrue(clinic.contains("Wednesday 26 March 2031, 10am to midday") && clinic.contains("Room 8"), clinic);
            assertFalse(browser.text("main").contains("Pamela Green"), "no personal data: agenda notes stay out");
            assertTrue(browser.find("a[href='/calendar/workshops/" + soon + ".ics']").getText()
                    .startsWith("Add to your calendar"));
            assertTrue(browser.findOnSomePage(By.xpath("//main//li[h3[contains(., 'Called-off clinic')]]"))
                    .getText().contains("Cancelled"));
            String https = browser.find("#subscribe-https").getAttribute("href");
            assertTrue(https.matches("https?://[^/]+/calendar/workshops\\.ics"), https);
            assertEquals("webcal" + https.substring(https.indexOf(':')), browser.find("#subscribe-webcal").getAttribute("href"));
            assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(https)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "the subscribe address is the feed");
            browser.assertAccessible("upcoming workshops");
            browser.assertFitsNarrowScreen("upcoming workshops");
            assertEquals("/upcoming", URI.create(browser.find("footer a[href='/upcoming']").getAttribute("href")).getPath(),
                    "the footer leads to it from every page");
            for (String page : List.of("/upcoming", "/dos", "/toolkit", "/join", "/sign-in", "/dos/" + cafe)) {
                browser.open(page);
                assertFalse(browser.find("meta[name='description']").getAttribute("content").isBlank(), page);
            }

            browser.open("/dos");
            assertEquals("Do's of co-production", browser.text("h1"));
            assertNavigation(browser, "Do's");
            assertTrue(browser.text("main").contains("Doorstep chats with résidents"), browser.text("main"));
            browser.assertAccessible("do's, newest first");
            browser.assertFitsNarrowScreen("do's");
            browser.screenshot(Path.of("target", "screenshots", "screenshot-dos.png"));

            browser.type("q", "CHÂTS"); // a word only this test's do has, with an accent and in capitals
            browser.click("form[role='search'] button");
            assertTrue(browser.path().startsWith("/dos?q="), browser.path());
            List<String> found = browser.all("main h2 a").stream().map(a -> a.getText()).toList();
            assertEquals(List.of("Doorstep chats with résidents"), found, "accents and case do not matter");
            assertTrue(browser.text("[role='status']").startsWith("1 do found"), browser.text("[role='status']"));
            browser.assertAccessible("do's search results");

            browser.type("q", "x".repeat(201));
            browser.click("form[role='search'] button");
            assertEquals("There is a problem", browser.text(".govuk-error-summary__title"));
            assertTrue(browser.driver.getTitle().startsWith("Error: "), browser.driver.getTitle());
            browser.assertAccessible("do's search with an error");

            browser.open("/dos/" + cafe);
            assertEquals("Doorstep chats with résidents", browser.text("h1"));
            assertTrue(browser.all("form[action$='/tried']").isEmpty(), "only members say they tried it");
            assertFalse(browser.all("a[href^='/sign-in?next=%2Fdos%2F']").isEmpty(), "a visitor is asked to sign in");
            browser.assertAccessible("one do, signed out");

            browser.open("/toolkit");
            assertTrue(browser.text("main").contains("Community asset map"), browser.text("main"));
            browser.assertAccessible("toolkit");
            browser.assertFitsNarrowScreen("toolkit");
            browser.open("/toolkit?stage=plan");
            assertFalse(browser.text("main").contains("Community asset map"), "only the plan stage");
            browser.assertAccessible("toolkit, one stage");

            browser.open("/toolkit/" + entry);
            assertEquals("Community asset map", browser.text("h1"));
            browser.assertAccessible("a toolkit entry with its feedback form");
            browser.submit();
            assertEquals("Select how useful it was, from 1 to 5",
                    browser.text("#rating-error").replace("Error:", "").strip());
            browser.assertAccessible("toolkit feedback with errors");

            browser.driver.executeScript("document.getElementById('website').value = 'http://spam.example'");
            browser.find("label[for='rating-1']").click();
            browser.submit();
            assertEquals("Thank you: your feedback has been received.",
                    browser.text(".govuk-notification-banner__heading"), "a bot is thanked like anyone");
            assertEquals(0, feedbackCount(entry), "but what it sent is thrown away");

            browser.find("label[for='rating-2']").click();
            browser.type("comment", "Używaliśmy tego w Brixton – działa.");
            browser.type("name", "Zofia");
            browser.submit();
            assertEquals("Thank you: your feedback has been received.",
                    browser.text(".govuk-notification-banner__heading"));
            browser.assertAccessible("toolkit entry after feedback");
            var summary = api.get("api/toolkit/" + entry + "/feedback", FACILITATOR).json();
            assertEquals(1, summary.getInt("count"));
            assertEquals(4.0, summary.getJsonNumber("average").doubleValue());
            assertEquals("Używaliśmy tego w Brixton – działa.", summary.getJsonObject("feedback")
                    .getJsonArray("items").getJsonObject(0).getString("comment"));

            int sent = 1;
            boolean refused = false;
            for (int i = 0; i < 6 && !refused; i++) {
                browser.find("label[for='rating-3']").click();
                browser.submit();
                refused = !browser.all(".govuk-error-summary").isEmpty();
                if (!refused) {
                    sent++;
                }
            }
            assertTrue(refused, "the address is limited");
            assertTrue(browser.text("#rating-error").contains("Too many forms have been sent from your address"),
                    browser.text("main"));
            browser.assertAccessible("toolkit feedback refused by the rate limit");
            assertEquals(sent, feedbackCount(entry), "a refused form is not stored");
        }
    }

    @Test
    void aFacilitatorLooksAfterTheToolkitAndReadsItsFeedback() throws Exception {
        Api.Caller reader = api.person("Femi Reader", "femi.pages@lambeth.test", "OFFICER");
        long map = api.post("api/toolkit", NetworkIT.entryJson("Estate stakeholder map", "TOOL", "PLAN",
                "Who to involve, and how."), FACILITATOR).id();
        assertEquals(201, api.post("api/toolkit/" + map + "/feedback",
                "{\"rating\":5,\"comment\":\"Zoë's café group used it – it works\"}", reader).status());
        assertEquals(201, api.post("api/toolkit/" + map + "/feedback", "{\"rating\":2}", FACILITATOR).status());

        try (Browser browser = Browser.start(api, true)) {
            browser.open("/toolkit/new");
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            assertEquals("/toolkit/new", browser.path());
            assertNavigation(browser, "Toolkit");
            browser.assertAccessible("add to the toolkit");
            browser.assertFitsNarrowScreen("add to the toolkit");
            browser.submit();
            List<String> links = browser.all(".govuk-error-summary__list a").stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", "#")).toList();
            assertEquals(List.of("#kind-1", "#stage-1", "#title", "#summary"), links);
            browser.assertAccessible("add to the toolkit with errors");

            browser.find("label[for='kind-2']").click();
            browser.find("label[for='stage-3']").click();
            browser.type("title", "Cornercopia: microgreens from Lambeth Poly");
            browser.type("summary", "Residents grew microgreens for a local café and were paid by text in Brixton pounds.");
            browser.type("body", "Sowing, harvesting and delivering with Cornercopia.\nWhat we would do again.");
            browser.type("link", "the blog");
            browser.submit();
            assertEquals("Link must be an http or https address", browser.text("#link-error").replace("Error:", "").strip());
            assertTrue(browser.find("#kind-2").isSelected(), "what was chosen is kept");
            browser.type("link", "https://lambethcooperativecouncil.example/lambeth-poly");
            browser.submit();
            assertEquals("“Cornercopia: microgreens from Lambeth Poly” has been added to the toolkit.",
                    browser.text(".govuk-notification-banner__heading"));
            String page = browser.path();
            long entry = Long.parseLong(page.substring("/toolkit/".length()));
            assertEquals("Case study", browser.text(".govuk-caption-l"));
            browser.assertAccessible("a toolkit entry, as its facilitator sees it");
            browser.assertFitsNarrowScreen("a toolkit entry, as its facilitator sees it");

            browser.click("a[href='/toolkit/" + entry + "/change']");
            assertEquals("Cornercopia: microgreens from Lambeth Poly", browser.find("#title").getAttribute("value"));
            browser.assertAccessible("change a toolkit entry");
            browser.type("summary", "Residents grew microgreens for Cornercopia, paid by text in Brixton pounds.");
            browser.submit();
            assertEquals("Your changes have been saved.", browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.text("main").contains("paid by text in Brixton pounds"), browser.text("main"));
            assertEquals(200, api.get("api/toolkit/" + entry, ANONYMOUS).status());

            browser.click("form[action$='/unpublish'] button");
            assertEquals("This entry is no longer in the public toolkit. Its feedback is kept.",
                    browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.text(".govuk-warning-text").contains("not published"), browser.text("main"));
            assertTrue(browser.all("#rating-1").isEmpty(), "no feedback on what is not published");
            browser.assertAccessible("an unpublished toolkit entry");
            assertEquals(404, api.get("api/toolkit/" + entry, ANONYMOUS).status(), "gone for visitors");
            assertEquals(404, api.get("api/toolkit/" + entry, reader).status(), "and for members");
            assertFalse(api.get("api/toolkit?size=100", ANONYMOUS).body().contains("Cornercopia"));
            HttpResponse<String> visitor = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri(page))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, visitor.statusCode(), "its page too");
            browser.open("/toolkit");
            assertTrue(browser.driver.findElement(By.xpath("//main//li[.//a[contains(., 'Cornercopia')]]"))
                    .getText().contains("Unpublished"), "facilitators still see it, marked");
            browser.open(page);
            browser.click("form[action$='/publish'] button");
            assertEquals("This entry is back in the public toolkit.", browser.text(".govuk-notification-banner__heading"));
            assertEquals(200, api.get("api/toolkit/" + entry, ANONYMOUS).status());

            browser.open("/toolkit");
            browser.click(browser.driver.findElement(By.linkText("Read the feedback")));
            assertEquals("/toolkit/feedback", browser.path());
            assertNavigation(browser, "Toolkit");
            List<String> mapRow = browser.driver.findElement(By.xpath("//main//tr[th[contains(., 'Estate stakeholder map')]]"))
                    .findElements(By.cssSelector("td")).stream().map(c -> c.getText()).toList();
            assertEquals(List.of("2", "3.5"), mapRow);
            assertTrue(browser.text("#newest ~ ul").contains("Zoë's café group used it – it works"), browser.text("main"));
            assertTrue(browser.text("#newest ~ ul").contains("From Femi Reader (member)"), browser.text("main"));
            browser.assertAccessible("toolkit feedback");
            browser.assertFitsNarrowScreen("toolkit feedback");
            browser.click(browser.driver.findElement(By.linkText("Estate stakeholder map")));
            assertEquals("/toolkit/feedback?entry=" + map, browser.path());
            assertEquals(2, browser.all("#newest ~ ul > li").size());
            browser.assertAccessible("one entry's feedback");

            assertEquals("/toolkit/feedback.csv",
                    URI.create(browser.find("a[download]").getAttribute("href")).getPath());
            HttpResponse<String> csv = asBrowser(browser, api, "/toolkit/feedback.csv");
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().map().toString());
            assertTrue(csv.body().contains("Estate stakeholder map,5,Zoë's café group used it – it works,Femi Reader,member"),
                    csv.body());

            // join requests belong to Members: its pages link the two lists
            browser.open("/members");
            assertNavigation(browser, "Members");
            browser.click("nav[aria-label='In this section'] a[href='/join-requests']");
            assertEquals("Join requests", browser.text("h1"));
            assertNavigation(browser, "Members");
            assertEquals("Join requests", browser.text("nav[aria-label='In this section'] a[aria-current='page']"));
            browser.assertAccessible("join requests, within Members");
            browser.open("/");
            assertNavigation(browser, null);
            assertTrue(browser.all("nav[aria-label='In this section']").isEmpty(), "only within a section of lists");
        }
    }

    @Test
    void aMemberPostsADoAndAnotherMarksItTried() {
        Api.Caller poster = api.person("Bea Poster", "bea.pages@lambeth.test", "OFFICER");
        Api.Caller trier = api.person("Cal Trier", "cal.pages@lambeth.test", "OFFICER");
        try (Browser browser = Browser.start(api, true)) {
            browser.open("/dos/new");
            assertTrue(browser.path().startsWith("/sign-in?next="), browser.path());
            browser.signIn(poster.email(), poster.password());
            assertEquals("/dos/new", browser.path());
            browser.assertAccessible("post a do");
            browser.type("title", "x".repeat(121));
            browser.submit();
            List<String> links = browser.all(".govuk-error-summary__list a").stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", "#")).toList();
            assertEquals(List.of("#title", "#how"), links);
            assertEquals("Title must be 120 characters or fewer",
                    browser.text("#title-error").replace("Error:", "").strip());
            browser.assertAccessible("post a do with errors");

            browser.type("title", "Ask “what matters to you?” before “what’s the matter?”");
            browser.type("how", "Open every conversation with residents by asking what matters to them.\n"
                    + "Write their words down as they said them.");
            browser.type("tags", "#listening, conversations, listening");
            browser.submit();
            assertEquals("Your do has been posted.", browser.text(".govuk-notification-banner__heading"));
            String page = browser.path();
            assertTrue(browser.text("main").contains("Not tried yet"), browser.text("main"));
            assertEquals(List.of("listening", "conversations"),
                    browser.all("ul[aria-label='Tags'] strong").stream().map(t -> t.getText().toLowerCase()).toList());
            browser.assertAccessible("a do just posted, seen by its author");
            browser.click("a[href$='/change']");
            browser.assertAccessible("change a do");
            browser.type("how", "Open every conversation by asking what matters to them. Write it down.");
            browser.submit();
            assertEquals("Your changes have been saved.", browser.text(".govuk-notification-banner__heading"));
            browser.click("header form[action='/sign-out'] button");

            browser.open(page);
            browser.click("main a[href^='/sign-in?next=']");
            browser.signIn(trier.email(), trier.password());
            assertEquals(page, browser.path(), "back at the do after signing in");
            assertTrue(browser.all("a[href$='/change']").isEmpty(), "only the author changes a do");
            browser.click("form[action$='/tried'] button");
            assertEquals("Thank you: you have said you tried this.",
                    browser.text(".govuk-notification-banner__heading"));
            assertTrue(browser.text("main").contains("Tried by 1 member"), browser.text("main"));
            assertTrue(browser.all("form[action$='/tried']").isEmpty(), "once each");
            browser.assertAccessible("a do someone has tried");

            browser.click("form[action$='/comments'] button");
            assertEquals("Enter a comment", browser.text("#body-error").replace("Error:", "").strip());
            browser.assertAccessible("a comment with errors");
            browser.type("body", "Tried it at the Stockwell drop-in: people talked for an hour.");
            browser.click("form[action$='/comments'] button");
            assertTrue(browser.text("#comments ~ ul").contains("Stockwell drop-in"), browser.text("main"));
            browser.assertAccessible("a do with a comment");

            // most tried first: other tests' do's are on the shared server too, so the list is read down
            // to this one, tried once, with no do tried fewer times above it
            browser.open("/dos?sort=tried");
            String title = "Ask “what matters to you?” before “what’s the matter?”";
            List<Integer> above = new ArrayList<>();
            for (int pages = 0; ; pages++) {
                List<WebElement> items = browser.all("main li.app-do");
                int at = -1;
                for (int i = 0; i < items.size() && at < 0; i++) {
                    if (items.get(i).findElement(By.cssSelector("h2 a")).getText().equals(title)) {
                        at = i;
                    } else {
                        above.add(triedCount(items.get(i).getText()));
                    }
                }
                if (at >= 0) {
                    assertEquals(1, triedCount(items.get(at).getText()), items.get(at).getText());
                    break;
                }
                assertTrue(pages < 50 && !browser.all(".govuk-pagination__next a").isEmpty(), "the do is listed");
                browser.click(".govuk-pagination__next a");
            }
            assertTrue(above.stream().allMatch(tried -> tried >= 1), "most tried first: " + above);
            assertEquals(above.stream().sorted(java.util.Comparator.reverseOrder()).toList(), above, "most tried first");
        }
        List<JsonObject> byTried = api.get("api/practices?sort=tried&size=100", ANONYMOUS).items()
                .getValuesAs(JsonObject.class);
        List<Integer> counts = byTried.stream().map(p -> p.getInt("triedCount")).toList();
        assertEquals(counts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), counts, "most tried first");
        long id = byTried.stream().filter(p -> p.getString("title").startsWith("Ask “what matters")).findFirst()
                .orElseThrow().getInt("id");
        assertEquals(1, api.get("api/practices/" + id, ANONYMOUS).json().getInt("triedCount"));
    }

    /** How many members a do in the list says tried it ("Tried by 2 members", "Not tried yet"). */
    static int triedCount(String item) {
        java.util.regex.Matcher tried = java.util.regex.Pattern.compile("Tried by (\\d+)").matcher(item);
        return tried.find() ? Integer.parseInt(tried.group(1)) : 0;
    }

    @Test
    void theJoinFormSearchAndTheFacilitatorsFormsWorkWithoutJavaScript() {
        try (Browser browser = Browser.start(api, false)) {
            browser.open("/join");
            assertFalse(browser.find("body").getAttribute("class").contains("js-enabled"), "scripts really are off");
            browser.submit();
            List<String> links = browser.all(".govuk-error-summary__list a").stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", "#")).toList();
            assertEquals(List.of("#name", "#email", "#worksForCouncil-1"), links);
            browser.type("name", "Nneka Adébáyọ̀");
            browser.type("email", "nneka@residents.example");
            browser.type("organisation", "Myatt's Fields residents' association");
            browser.find("label[for='worksForCouncil-2']").click();
            browser.submit();
            assertTrue(browser.path().startsWith("/join/status/"), browser.path());
            assertEquals("Waiting for an answer", browser.text("main .govuk-tag"));
            assertTrue(browser.text("main").contains("Nneka Adébáyọ̀"), browser.text("main"));

            browser.open("/join/status/not-a-real-link");
            assertEquals("Page not found", browser.text("h1"));

            browser.open("/dos");
            browser.type("q", "nothing-matches-this-zzz");
            browser.click("form[role='search'] button");
            assertTrue(browser.text("main").contains("No do's match your search"), browser.text("main"));

            browser.open("/upcoming");
            assertTrue(browser.find("#subscribe-webcal").getAttribute("href").startsWith("webcal://"));
            browser.open("/invitations/not-a-real-link");
            assertEquals("This invitation link does not work", browser.text("h1"));

            browser.open("/toolkit/new");
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            browser.find("label[for='kind-1']").click();
            browser.find("label[for='stage-4']").click();
            browser.type("title", "After-action review in twenty minutes");
            browser.type("summary", "Four questions to ask at the end of every project.");
            browser.submit();
            assertEquals("“After-action review in twenty minutes” has been added to the toolkit.",
                    browser.text(".govuk-notification-banner__heading"));
            browser.click("form[action$='/unpublish'] button");
            assertTrue(browser.text(".govuk-warning-text").contains("not published"));
            browser.click("form[action$='/publish'] button");
            assertEquals("This entry is back in the public toolkit.", browser.text(".govuk-notification-banner__heading"));

            browser.open("/trials/new");
            browser.type("title", "Scripts-off trial");
            browser.type("channels", "Email\nWhatsApp");
            browser.submit();
            assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("The trial has started."));
            String trial = browser.path();
            browser.open(trial + "/end");
            browser.submit();
            assertEquals(trial + "/report", browser.path());
            assertTrue(browser.text("main").contains("This trial has ended: the report is final."), browser.text("main"));
        }
        var pending = api.get("api/join-requests?status=PENDING", FACILITATOR).items();
        assertTrue(pending.stream().anyMatch(r -> r.asJsonObject().getString("email").equals("nneka@residents.example")),
                pending.toString());
    }

    @Test
    void aFacilitatorAnswersJoinRequestsAndStartsAndEndsATrial() {
        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        Api.Caller member = api.person("Dee Answers", "dee.pages@lambeth.test", "OFFICER");
        Api.Caller seated = api.person("Sam Seated", "sam.pages@lambeth.test", "OFFICER");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        long full = api.post("api/workshops", "{\"title\":\"Full house\",\"start\":\"" + tomorrow + "T10:00\","
                + "\"end\":\"" + tomorrow + "T12:00\",\"capacity\":1}", FACILITATOR).id();
        assertEquals(200, api.put("api/workshops/" + full + "/rsvps/" + api.get("api/me", seated).id(),
                "{\"answer\":\"GOING\"}", seated, null).status(), "the one seat is taken");
        api.makeNext(full); // so the home page shows this one
        try (Browser browser = Browser.start(api, true)) {
            browser.open("/join");
            browser.assertAccessible("join form");
            browser.submit();
            browser.assertAccessible("join form with errors");
            browser.type("name", "Ife Declined");
            browser.type("email", "ife.pages@example.org");
            browser.find("label[for='worksForCouncil-2']").click();
            browser.submit();
            String declinedStatus = browser.path();
            browser.assertAccessible("join request status");
            browser.assertFitsNarrowScreen("join request status");
            browser.open("/join");
            browser.type("name", "Jo Accepted");
            browser.type("email", "jo.pages@lambeth.test");
            browser.find("label[for='worksForCouncil-1']").click();
            browser.submit();
            String acceptedStatus = browser.path();

            browser.open("/join-requests");
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            assertEquals("/join-requests", browser.path());
            browser.click(browser.driver.findElement(By.linkText("Ife Declined")));
            browser.click("form[action$='/decline'] button");
            assertEquals("Enter a reason the requester will see",
                    browser.text("#reason-error").replace("Error:", "").strip());
            browser.type("reason", "The set is full until April; please ask again then.");
            browser.click("form[action$='/decline'] button");
            assertEquals("The request has been declined.", browser.text(".govuk-notification-banner__heading"));

            browser.open("/join-requests");
            browser.click(browser.driver.findElement(By.linkText("Jo Accepted")));
            browser.click("form[action$='/accept'] button");
            assertTrue(browser.text(".govuk-notification-banner__heading")
                    .startsWith("Jo Accepted is now a member. Their first password, shown only now: "));

            // the facilitator starts the trial from its page: a month is its month and year boxes
            browser.open("/trials");
            assertNavigation(browser, "Trials");
            browser.click("a[href='/trials/new']");
            browser.assertAccessible("start a trial");
            browser.assertFitsNarrowScreen("start a trial");
            browser.type("title", "Pages trial");
            browser.type("firstMonth-month", "13");
            browser.submit();
            List<String> links = browser.all(".govuk-error-summary__list a").stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", "#")).toList();
            assertEquals(List.of("#firstMonth-month", "#channels"), links);
            assertEquals("First month must be a real month and year, like 1 2027",
                    browser.text("#firstMonth-error").replace("Error:", "").strip());
            browser.assertAccessible("start a trial with errors");
            browser.type("firstMonth-month", String.valueOf(now.minusMonths(1).getMonthValue()));
            browser.type("firstMonth-year", String.valueOf(now.minusMonths(1).getYear()));
            browser.type("lastMonth-month", String.valueOf(now.plusMonths(1).getMonthValue()));
            browser.type("lastMonth-year", String.valueOf(now.plusMonths(1).getYear()));
            browser.type("channels", "LinkedIn\nLino-it\n\nCo-operative Toolkit\n");
            browser.submit();
            assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("The trial has started."),
                    browser.text("main"));
            long trial = Long.parseLong(browser.path().replaceAll("\\D+", ""));
            var started = api.get("api/trials/" + trial, member).json();
            assertEquals(now.minusMonths(1).toString(), started.getString("firstMonth"));
            assertEquals(List.of("LinkedIn", "Lino-it", "Co-operative Toolkit"), started.getJsonArray("channels")
                    .getValuesAs(jakarta.json.JsonObject.class).stream().map(c -> c.getString("name")).toList());

            browser.click("header form[action='/sign-out'] button");
            browser.open(declinedStatus);
            assertEquals("Declined", browser.text("main .govuk-tag"));
            assertTrue(browser.text("main").contains("The set is full until April"), browser.text("main"));
            browser.open(acceptedStatus);
            assertEquals("Accepted", browser.text("main .govuk-tag"));

            // a place on the waiting list is news, not a success
            browser.open("/");
            browser.signIn(member.email(), member.password());
            browser.find("label[for='answer-1']").click();
            browser.click("main form[action='/'] button");
            assertEquals("You are on the waiting list: number 1", browser.text(".govuk-notification-banner__heading"));
            assertEquals("Important", browser.text(".govuk-notification-banner__title"));
            assertTrue(browser.all(".govuk-notification-banner--success").isEmpty(), "not shown as a success");
            browser.assertAccessible("a place on the waiting list");

            browser.open("/trials/" + trial);
            assertNavigation(browser, "Trials");
            browser.submit();
            assertTrue(browser.text("#channels-error").contains("I did not use any of them"), browser.text("main"));
            browser.find("label[for='channels-1']").click();
            browser.find("label[for='channels-3']").click();
            browser.submit();
            assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("Thank you: your answer for"));
            assertTrue(browser.find("#channels-1").isSelected(), "the answer is shown back");
            browser.click(browser.driver.findElement(By.linkText(now.minusMonths(1).format(monthYear))));
            browser.find("label[for='channels-4']").click();
            browser.submit();
            assertTrue(browser.all("a[href$='/end']").isEmpty(), "only facilitators end a trial");

            browser.click("header form[action='/sign-out'] button");
            browser.open("/trials/" + trial + "/report");
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            assertTrue(browser.text("main").contains("Ahead over the whole trial: LinkedIn and Co-operative Toolkit."),
                    browser.text("main"));
            assertEquals("LinkedIn: 1 member; Lino-it: 0 members; Co-operative Toolkit: 1 member",
                    browser.find("svg desc").getAttribute("textContent").strip());
            List<String> lastRow = browser.all("main table tbody tr").get(1).findElements(By.cssSelector("th, td"))
                    .stream().map(c -> c.getText()).toList();
            assertEquals(List.of("1", "1", "0", "1", "0", "LinkedIn and Co-operative Toolkit"), lastRow.subList(1, 7));

            // ending it early: next month leaves the trial, the report is final
            browser.click("a[href='/trials/" + trial + "/end']");
            assertEquals("End this trial?", browser.text("h1"));
            assertTrue(browser.text("main").contains(now.plusMonths(1).format(monthYear) + " will be taken out of the trial"),
                    browser.text("main"));
            browser.assertAccessible("end a trial?");
            browser.assertFitsNarrowScreen("end a trial?");
            browser.click("main form[action$='/end'] button");
            assertEquals("/trials/" + trial + "/report", browser.path());
            assertEquals("The trial has ended. It takes no more answers, and this report is final.",
                    browser.text(".govuk-notification-banner__heading"));
            assertEquals(2, browser.all("main table tbody tr").size(), "the month not begun is gone");
            browser.assertAccessible("an ended trial's report");
            assertEquals(409, api.put("api/trials/" + trial + "/months/" + now, "{\"channelIds\":[]}", member, null)
                    .status(), "no more answers");
            browser.open("/trials");
            assertTrue(browser.text("main").contains("Ended"), browser.text("main"));
        }
    }

    @Test
    void aGuestWithABadLinkIsToldWhatToDoAndAGuestAsksToJoinFromTheirInvitation() throws Exception {
        long workshop = api.post("api/workshops", "{\"title\":\"Open set with friends\",\"start\":\"2031-05-28T10:00\","
                + "\"end\":\"2031-05-28T12:00\",\"location\":\"Room 8, Lambeth Town Hall\"}", FACILITATOR).id();
        String gina = token(api.post("api/workshops/" + workshop + "/invitations",
                "{\"name\":\"Gina Guest\",\"email\":\"Gina.Guest@residents.example\",\"send\":false}", FACILITATOR));
        Api.Answer rex = api.post("api/workshops/" + workshop + "/invitations",
                "{\"name\":\"Rex Revoked\",\"email\":\"rex@residents.example\",\"send\":false}", FACILITATOR);
        String revoked = token(rex);
        assertEquals(204, api.send("DELETE", "api/invitations/" + rex.id(), null, FACILITATOR, null).status());
        // Gina asked once before, in the autumn, and was told the set was full
        askToJoin("{\"name\":\"Gina Guest\",\"email\":\"gina.guest@residents.example\",\"worksForCouncil\":false}");
        long earlier = pendingRequest("gina.guest@residents.example");
        assertEquals(200, api.post("api/join-requests/" + earlier + "/decline",
                "{\"reason\":\"The set is full until April.\"}", FACILITATOR).status());
        api.person("Kofi Member", "kofi.pages@lambeth.test", "OFFICER");
        askToJoin("{\"name\":\"Kofi Member\",\"email\":\"Kofi.Pages@lambeth.test\",\"worksForCouncil\":true}");

        for (String bad : List.of("not-a-real-link", revoked)) {
            HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/invitations/" + bad))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, html.statusCode());
            assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), html.headers().map().toString());
            assertTrue(html.body().contains("This invitation link does not work"), html.body());
            HttpResponse<String> answered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/invitations/" + bad))
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("answer=ACCEPTED")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answered.statusCode(), "answering through a dead link");
            assertTrue(answered.body().contains("This invitation link does not work"), answered.body());
        }
        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/invitations/" + revoked))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "scripts still get JSON");

        try (Browser browser = Browser.start(api, true)) {
            browser.open("/invitations/" + revoked);
            assertEquals("This invitation link does not work", browser.text("h1"));
            assertTrue(browser.all(".govuk-service-navigation__list").isEmpty(), "a guest's pages have no menu");
            assertTrue(browser.text("main").contains("Ask the person who invited you for a new link"), browser.text("main"));
            browser.assertAccessible("a dead invitation link");
            browser.assertFitsNarrowScreen("a dead invitation link");
            browser.click("main a[href='/upcoming']");
            assertTrue(browser.findOnSomePage(By.xpath("//main//li[h3[contains(., 'Open set with friends')]]"))
                    .isDisplayed(), "where to see what is on");

            browser.open("/invitations/" + gina);
            assertFalse(browser.find("meta[name='description']").getAttribute("content").isBlank());
            browser.click("#join + p a");
            assertTrue(browser.path().startsWith("/join?invitation="), browser.path());
            assertEquals("Gina Guest", browser.find("#name").getAttribute("value"));
            assertEquals("Gina.Guest@residents.example", browser.find("#email").getAttribute("value"));
            assertTrue(browser.text("#from-invitation").contains("Open set with friends"), browser.text("main"));
            browser.assertAccessible("the join form filled in from an invitation");
            browser.assertFitsNarrowScreen("the join form filled in from an invitation");
            browser.find("label[for='worksForCouncil-2']").click();
            browser.type("wouldBring", "I grow microgreens with Lambeth Poly.");
            browser.submit();
            assertTrue(browser.path().startsWith("/join/status/"), browser.path());
            assertEquals("Waiting for an answer", browser.text("main .govuk-tag"));

            browser.open("/join-requests");
            browser.signIn(FACILITATOR.email(), FACILITATOR.password());
            assertTrue(browser.driver.findElement(By.xpath("//main//tr[th[contains(., 'Gina Guest')]]")).getText()
                    .contains("Asked 2 times"), browser.text("main"));
            browser.assertAccessible("join requests, one asking again");
            browser.click(browser.driver.findElement(By.linkText("Gina Guest")));
            assertTrue(browser.text("#asked-before").contains("This address has sent another request"), browser.text("main"));
            List<String> before = browser.all("main table tbody tr td").stream().map(c -> c.getText()).toList();
            assertEquals("Declined: The set is full until April.", before.get(2), before.toString());
            assertFalse(browser.all("form[action$='/accept']").isEmpty(), "Gina is not a member yet");
            browser.assertAccessible("a join request from someone who asked before");
            browser.assertFitsNarrowScreen("a join request from someone who asked before");

            browser.open("/join-requests");
            browser.click(browser.driver.findElement(By.linkText("Kofi Member")));
            assertTrue(browser.text(".govuk-warning-text").contains("already a member’s: Kofi Member"), browser.text("main"));
            assertTrue(browser.all("form[action$='/accept']").isEmpty(), "a member is not made twice");
            browser.assertAccessible("a join request from a member's address");
        }
    }

    /** The invitation's secret token, from the link the API gives once. */
    private static String token(Api.Answer invitation) {
        assertEquals(201, invitation.status(), invitation.body());
        String link = invitation.json().getString("link");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /**
     * A join request through the API, from an address of this class's own behind the trusted proxy:
     * the public form is limited per address, and the browser's requests come from 127.0.0.1 like
     * every other test's. A request still refused for that waits as long as Retry-After says.
     */
    private void askToJoin(String json) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Api.Answer answer = api.from("192.0.2.31").post("api/join-requests", json, ANONYMOUS);
            if (answer.status() != 429 || attempt == 3) {
                assertEquals(202, answer.status(), answer.body());
                return;
            }
            Thread.sleep(Long.parseLong(answer.header("Retry-After").orElse("12")) * 1000 + 200);
        }
    }

    private long pendingRequest(String email) {
        return api.get("api/join-requests?status=PENDING", FACILITATOR).items().stream()
                .map(r -> r.asJsonObject()).filter(r -> r.getString("email").equalsIgnoreCase(email))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /**
     * The service navigation at 1280 px: the service name and every item on one row, and exactly
     * the one item named marked as current (none when {@code current} is null).
     */
    static void assertNavigation(Browser browser, String current) {
        int row = browser.find(".govuk-service-navigation__service-name").getRect().getY();
        List<org.openqa.selenium.WebElement> items = browser.all(".govuk-service-navigation__item");
        assertTrue(items.size() >= 5, "the menu is there");
        for (var item : items) {
            assertEquals(row, item.getRect().getY(), "one row at 1280 px: " + item.getText() + " at " + browser.path());
        }
        assertEquals(current == null ? List.of() : List.of(current),
                browser.all(".govuk-service-navigation__item--active").stream().map(i -> i.getText()).toList(),
                "the current item at " + browser.path());
    }

    /** The request as a browser signed in through {@code browser} sends it (its session cookie). */
    static HttpResponse<String> asBrowser(Browser browser, Api api, String path) throws Exception {
        var cookie = browser.driver.manage().getCookieNamed("ALSHUB_SESSION");
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Accept", "text/html,*/*");
        if (cookie != null) {
            request.header("Cookie", cookie.getName() + "=" + cookie.getValue());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long feedbackCount(long entry) {
        return api.get("api/toolkit/" + entry + "/feedback", FACILITATOR).json().getInt("count");
    }
}
