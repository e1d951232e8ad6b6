package org.alshub.it;

import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * A month of the set, through the pages only, as the blog tells it: the facilitator starts the
 * monthly series and brings a friend in, officers answer and bring their projects, the set meets
 * and agrees its four actions, the record goes out, an action is done before the next workshop
 * and that workshop's console hears it, and a workshop moves and its people are told. Chromium
 * does everything; the API only checks what the pages did, and GreenMail is everyone's inbox.
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class MonthOfTheSetIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final List<String> FOUR_ACTIONS = List.of(
            "Find a place online to record people's little do's of coproduction",
            "Trial LinkedIn, Lino-it and the Cooperative Toolkit for keeping in touch",
            "Invite councillors to share their experience of coproduction",
            "Expand the group invite to anyone, whether or not they work for the council");

    final URL base = SharedServer.base();

    Api api;
    Browser facilitator;
    Browser amara;
    LocalDate today = LocalDate.now(LONDON);

    @Test
    void aMonthOfTheSetThroughThePages() {
        api = new Api(base);
        try (Browser facilitatorsBrowser = Browser.start(api, true); Browser amarasBrowser = Browser.start(api, true);
             Browser friendsBrowser = Browser.start(api, false)) {
            facilitator = facilitatorsBrowser;
            amara = amarasBrowser;
            facilitator.signIn(FACILITATOR.email(), FACILITATOR.password());

            String amaraPassword = theFacilitatorAddsAnOfficer("Amara Okafor", "amara@lambeth.test");
            theFacilitatorAddsAnOfficer("Tom Reilly", "tom@lambeth.test");
            List<Long> series = theFacilitatorStartsTheMonthlySeriesInRoom8();
            long today = theFacilitatorSchedulesTodaysWorkshopInTheTownHall();
            String link = theFacilitatorBringsAFriendToTheNextWorkshop(series.get(0), "Pamela Green");

            amara.signIn("amara@lambeth.test", amaraPassword);
            anOfficerAnswersAWorkshopThatIsNotTheNext(series.get(1));
            api.makeNext(today); // a challenge is brought to the next workshop: other tests' may come first
            anOfficerRegistersAProjectAndBringsAChallengeToToday();

            theFriendAcceptsByTheirLink(friendsBrowser, link);

            onTheDayTheConsoleRecordsWhoCameAndTheFourActions(today);
            theRecordIsOneLinkAway(today);
            theRecordIsEmailedToThoseWhoCame(today);
            betweenWorkshopsTheOfficerMarksAnActionDone();
            api.nothingBetween(today, series.get(0)); // other tests' workshops on the shared server
            nextMonthsConsoleHearsIt(series.get(0));
            aWorkshopIsMovedAndThePeopleAreTold(series.get(1));
        }
    }

    String theFacilitatorAddsAnOfficer(String name, String email) {
        facilitator.open("/members/new");
        facilitator.type("name", name);
        facilitator.type("email", email);
        facilitator.find("#affiliations-1").click();
        facilitator.find("#account-2").click();
        facilitator.submit();
        assertEquals("Member added with an account", facilitator.text("h1"));
        return facilitator.text("#password");
    }

    /** The fourth Wednesday from next month, 10:00 to 12:00, Room 8: checked against its first dates, then started. */
    List<Long> theFacilitatorStartsTheMonthlySeriesInRoom8() {
        LocalDate firstDay = today.plusMonths(1).withDayOfMonth(1);
        LocalDate first = firstDay.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.WEDNESDAY));
        facilitator.open("/workshops");
        facilitator.click("a[href='/series/new']");
        facilitator.type("title", "Coproduction Action Learning Set");
        facilitator.type("rule", "fourth Wednesday");
        facilitator.type("startTime", "10:00");
        facilitator.type("durationMinutes", "120");
        facilitator.type("firstDate-day", String.valueOf(firstDay.getDayOfMonth()));
        facilitator.type("firstDate-month", String.valueOf(firstDay.getMonthValue()));
        facilitator.type("firstDate-year", String.valueOf(firstDay.getYear()));
        facilitator.type("location", "Room 8, Lambeth Town Hall");
        facilitator.submit();
        assertEquals(6, facilitator.all("#first-dates li").size(), "six dates to check before anything is saved");
        assertTrue(facilitator.text("#first-dates li").contains(first.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.UK))), facilitator.text("#first-dates"));
        facilitator.submit();
        assertTrue(facilitator.text(".govuk-notification-banner__heading").startsWith("Series started"));
        return facilitator.all("main table tbody tr a").stream().limit(2)
                .map(a -> Long.parseLong(a.getAttribute("href").replaceAll(".*/", ""))).toList();
    }

    long theFacilitatorSchedulesTodaysWorkshopInTheTownHall() {
        facilitator.open("/workshops/new");
        facilitator.type("title", "Coproduction Action Learning Set, November");
        facilitator.type("date-day", String.valueOf(today.getDayOfMonth()));
        facilitator.type("date-month", String.valueOf(today.getMonthValue()));
        facilitator.type("date-year", String.valueOf(today.getYear()));
        facilitator.type("start", "00:30");
        facilitator.type("end", "23:59");
        facilitator.type("location", "Lambeth Town Hall");
        facilitator.submit();
        assertEquals("Workshop scheduled", facilitator.text(".govuk-notification-banner__heading"));
        return Long.parseLong(facilitator.path().replaceAll(".*/", ""));
    }

    /** "Feel free to bring a friend": from the workshop's page; the friend's link comes in their email. */
    String theFacilitatorBringsAFriendToTheNextWorkshop(long workshop, String friend) {
        facilitator.open("/workshops/" + workshop);
        facilitator.click("a[href='/workshops/" + workshop + "/invitations']");
        facilitator.assertAccessible("invitations");
        facilitator.type("name", friend);
        facilitator.type("email", "pamela@lambeth-poly.test");
        facilitator.submit();
        assertEquals(friend + " is invited: the invitation is on its way by email",
                facilitator.text(".govuk-notification-banner__heading"));
        String text = textOf(mailTo("pamela@lambeth-poly.test", "Invitation: "));
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("https?://\\S+/invitations/[A-Za-z0-9_-]+")
                .matcher(text);
        assertTrue(found.find(), "the personal link is in the email: " + text);
        String link = found.group();
        assertTrue(facilitator.text("#invited ~ div table").contains(friend), "the invitation is listed with its state");
        facilitator.assertFitsNarrowScreen("invitations with a link");
        return link;
    }

    void anOfficerAnswersAWorkshopThatIsNotTheNext(long second) {
        amara.open("/workshops");
        amara.click(amara.findOnSomePage(By.cssSelector("a[href='/workshops/" + second + "']")));
        amara.find("#answer-1").click();
        amara.click("form[action$='/answer'] button");
        assertEquals("Your answer is saved: Going", amara.text(".govuk-notification-banner__heading"));
        assertEquals("You said: Going", amara.text("#your-answer + p"));
        amara.assertAccessible("a workshop answered");
    }

    void anOfficerRegistersAProjectAndBringsAChallengeToToday() {
        amara.open("/projects/new");
        amara.type("title", "Co-producing the Housing departmental plan");
        amara.type("department", "Housing");
        amara.find("#stage-2").click();
        amara.submit();
        amara.type("question", "How do we co-produce a large departmental plan with many customer groups?");
        amara.click("form[action$='/challenges'] button");
        assertEquals("Challenge added", amara.text(".govuk-notification-banner__heading"));
    }

    void theFriendAcceptsByTheirLink(Browser friend, String link) {
        friend.open(link.substring(link.indexOf("/invitations/")));
        friend.click("button[value='ACCEPTED']");
        assertEquals("You said you will come.", friend.text("#answer"));
        facilitator.open(facilitator.path());
        assertTrue(facilitator.text("#invited ~ div table").contains("Accepted"), "the facilitator sees the answer");
    }

    void onTheDayTheConsoleRecordsWhoCameAndTheFourActions(long workshop) {
        facilitator.open("/workshops/" + workshop + "/console");
        assertTrue(facilitator.text("#agenda + ol").contains("Co-producing the Housing departmental plan"),
                "the challenge Amara brought is on the agenda");
        String box = facilitator.driver.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Amara Okafor')]"))
                .getAttribute("for");
        facilitator.find("#" + box).click();
        facilitator.click("form[action$='/attendance'] button");
        assertEquals("Attendance saved: 1 person", facilitator.text(".govuk-notification-banner__heading"));
        for (int i = 0; i < FOUR_ACTIONS.size(); i++) {
            facilitator.type("description", FOUR_ACTIONS.get(i));
            facilitator.type("owner", i == 1 ? "Tom Reilly" : "Amara");
            facilitator.click("form[action$='/action'] button");
            assertEquals("Action agreed: " + FOUR_ACTIONS.get(i), facilitator.text(".govuk-notification-banner__heading"));
            assertEquals("description", facilitator.driver.switchTo().activeElement().getAttribute("id"),
                    "back in \"What will be done\", ready for the next action");
        }
        assertEquals(4, facilitator.all("#agreed + ul li").size());
        facilitator.assertAccessible("the console after four actions");
    }

    void theRecordIsOneLinkAway(long workshop) {
        facilitator.click("a#record");
        String record = facilitator.text("main");
        assertTrue(record.contains("Amara Okafor"), "who came: " + record);
        FOUR_ACTIONS.forEach(action -> assertTrue(record.contains(action), action));
        assertTrue(api.get("api/workshops/" + workshop + "/record?format=markdown", FACILITATOR).body()
                .contains("Expand the group invite"), "the same record as the API's");
    }

    void betweenWorkshopsTheOfficerMarksAnActionDone() {
        amara.open("/");
        amara.click("a[href='/actions/mine']");
        amara.click(amara.driver.findElement(By.linkText(FOUR_ACTIONS.get(0))));
        amara.type("note", "The do's now have a page on the Cooperative Toolkit");
        amara.find("input[name='status'][value='DONE']").click();
        amara.submit();
        assertEquals("Marked done. The set will hear it at the next workshop.",
                amara.text(".govuk-notification-banner__heading"));
        amara.assertAccessible("an action marked done");
    }

    void nextMonthsConsoleHearsIt(long next) {
        facilitator.open("/workshops/" + next + "/console");
        String updates = facilitator.text("#updates");
        assertTrue(updates.contains("The do's now have a page on the Cooperative Toolkit") && updates.contains("Done"),
                updates);
        String carried = facilitator.text("#carried-over + div table");
        assertTrue(carried.contains(FOUR_ACTIONS.get(1)) && !carried.contains(FOUR_ACTIONS.get(0)),
                "the three still open are carried over, the done one is not: " + carried);
        assertTrue(facilitator.text("#guests").contains("Pamela Green Accepted"), facilitator.text("#guests"));
    }

    /** "Tell the people who answered and the guests?" is ticked already: Amara, going, hears of it. */
    void aWorkshopIsMovedAndThePeopleAreTold(long workshop) {
        facilitator.open("/workshops/" + workshop + "/change");
        assertTrue(facilitator.find("input[name='tell']").isSelected(), "telling people is on by default");
        facilitator.type("start", "14:00");
        facilitator.type("end", "16:00");
        facilitator.submit();
        assertEquals("Workshop changed: 1 person told by email", facilitator.text(".govuk-notification-banner__heading"));
        assertTrue(facilitator.text(".govuk-summary-list").contains("2pm to 4pm"));
        assertTrue(textOf(mailTo("amara@lambeth.test", "Changed: ")).contains("14:00"), "the email says the new time");
    }

    void theRecordIsEmailedToThoseWhoCame(long workshop) {
        facilitator.open("/workshops/" + workshop + "/console");
        facilitator.click("form[action$='/record/email'] button");
        assertEquals("The record is emailed to 1 person who came", facilitator.text(".govuk-notification-banner__heading"));
        String record = textOf(mailTo("amara@lambeth.test", "Record: "));
        FOUR_ACTIONS.forEach(action -> assertTrue(record.contains(action), "the record's actions: " + record));
    }

    /** The first email to {@code to} whose subject starts so, waiting up to a minute for the outbox. */
    static MimeMessage mailTo(String to, String subject) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try {
            while (System.nanoTime() < until) {
                for (MimeMessage message : SharedServer.smtp().getReceivedMessages()) {
                    if (message.getSubject().startsWith(subject) && message.getAllRecipients()[0].toString().contains(to)) {
                        return message;
                    }
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no email to " + to + " starting \"" + subject + "\"");
    }

    /** The text parts of a message, decoded, one after the other. */
    static String textOf(Part part) {
        try {
            if (part.getContent() instanceof Multipart parts) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    text.append(textOf(parts.getBodyPart(i)));
                }
                return text.toString();
            }
            if (!part.isMimeType("text/plain")) {
                return "";
            }
            return (part instanceof BodyPart body ? CalendarIT.text(body) : (String) part.getContent()) + "\n";
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
