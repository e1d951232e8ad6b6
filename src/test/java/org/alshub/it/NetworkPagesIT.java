package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The network's pages in headless Chromium: the public do's, toolkit and join pages as an
 * anonymous visitor sees them, members posting and trying do's, axe-core on every page and error
 * state, 320 px reflow, and the public forms with JavaScript switched off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkPagesIT {

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
    void anAnonymousVisitorSearchesDosAndSendsToolkitFeedback() {
        Api.Caller author = api.person("Ama Owusu", "ama.pages@lambeth.test", "OFFICER");
        long cafe = api.post("api/practices", NetworkIT.practiceJson("Café chats with résidents",
                "Meet people where they already are: a table in the community café, tea, and no agenda.",
                "listening", "outreach"), author).id();
        api.post("api/practices", NetworkIT.practiceJson("Plain English first drafts",
                "Write the first draft of every letter as if to a neighbour.", "writing"), author);
        long entry = api.post("api/toolkit", NetworkIT.entryJson("Community asset map", "TOOL", "UNDERSTAND",
                "Map what a neighbourhood already has before planning anything."), FACILITATOR).id();

        try (Browser browser = Browser.start(api, true)) {
            browser.open("/dos");
            assertEquals("Do's of co-production", browser.text("h1"));
            assertTrue(browser.text("main").contains("Café chats with résidents"), browser.text("main"));
            browser.assertAccessible("do's, newest first");
            browser.assertFitsNarrowScreen("do's");
            browser.screenshot(Path.of("target", "screenshots", "screenshot-dos.png"));

            browser.type("q", "RÉSIDENTS");
            browser.click("form[role='search'] button");
            assertTrue(browser.path().startsWith("/dos?q="), browser.path());
            List<String> found = browser.all("main h2 a").stream().map(a -> a.getText()).toList();
            assertEquals(List.of("Café chats with résidents"), found, "accents and case do not matter");
            assertTrue(browser.text("[role='status']").startsWith("1 do found"), browser.text("[role='status']"));
            browser.assertAccessible("do's search results");

            browser.type("q", "x".repeat(201));
            browser.click("form[role='search'] button");
            assertEquals("There is a problem", browser.text(".govuk-error-summary__title"));
            assertTrue(browser.driver.getTitle().startsWith("Error: "), browser.driver.getTitle());
            browser.assertAccessible("do's search with an error");

            browser.open("/dos/" + cafe);
            assertEquals("Café chats with résidents", browser.text("h1"));
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

            browser.open("/dos?sort=tried");
            assertEquals("Ask “what matters to you?” before “what’s the matter?”", browser.text("main h2 a"),
                    "most tried first");
        }
        long id = api.get("api/practices?sort=tried&size=1", ANONYMOUS).items().getJsonObject(0).getInt("id");
        assertEquals(1, api.get("api/practices/" + id, ANONYMOUS).json().getInt("triedCount"));
    }

    @Test
    void theJoinFormAndSearchWorkWithoutJavaScript() {
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
        }
        var pending = api.get("api/join-requests?status=PENDING", FACILITATOR).items();
        assertTrue(pending.stream().anyMatch(r -> r.asJsonObject().getString("email").equals("nneka@residents.example")),
                pending.toString());
    }

    @Test
    void aFacilitatorAnswersJoinRequestsAndReadsTheTrialReport() {
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Europe/London"));
        long trial = api.post("api/trials", NetworkIT.trialJson("Pages trial", now.minusMonths(1).toString(),
                now.plusMonths(1).toString(), "LinkedIn", "Lino-it", "Co-operative Toolkit"), FACILITATOR).id();
        Api.Caller member = api.person("Dee Answers", "dee.pages@lambeth.test", "OFFICER");
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

            browser.click("header form[action='/sign-out'] button");
            browser.open(declinedStatus);
            assertEquals("Declined", browser.text("main .govuk-tag"));
            assertTrue(browser.text("main").contains("The set is full until April"), browser.text("main"));
            browser.open(acceptedStatus);
            assertEquals("Accepted", browser.text("main .govuk-tag"));

            browser.open("/trials/" + trial);
            browser.signIn(member.email(), member.password());
            assertEquals("/trials/" + trial, browser.path());
            browser.submit();
            assertTrue(browser.text("#channels-error").contains("I did not use any of them"), browser.text("main"));
            browser.find("label[for='channels-1']").click();
            browser.find("label[for='channels-3']").click();
            browser.submit();
            assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("Thank you: your answer for"));
            assertTrue(browser.find("#channels-1").isSelected(), "the answer is shown back");
            browser.click(browser.driver.findElement(By.linkText(
                    now.minusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)))));
            browser.find("label[for='channels-4']").click();
            browser.submit();

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
        }
    }

    private long feedbackCount(long entry) {
        return api.get("api/toolkit/" + entry + "/feedback", FACILITATOR).json().getInt("count");
    }
}
