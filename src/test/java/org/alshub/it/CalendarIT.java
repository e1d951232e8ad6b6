package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Calendars and guest invitations through a real Payara Micro: what a calendar app, a guest and
 * a mail client receive, and what their calendars answer. GreenMail, started with the shared
 * server, is the SMTP server the app sends through and the IMAP server holding the organizer's
 * mailbox it reads replies from (see SharedServer; the mailbox is read every second there).
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class CalendarIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String ORGANIZER = SharedServer.ORGANIZER;
    /** Messages a test already took from the SMTP server, so the next look finds the next one. */
    static final Set<String> TAKEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    final URL base = SharedServer.base();

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    // --- who may call what ---------------------------------------------------------------

    @Test
    void theInvitationAndFeedApiRefusesStrangersAndOfficersWhereItShould() {
        long workshop = workshop("Refusals", "2030-03-10T10:00", "Room 8");
        Api.Caller officer = api.person("Ola Officer", "ola.cal@lambeth.test", "OFFICER");
        Api.Caller other = api.person("Oren Other", "oren.cal@lambeth.test", "OFFICER");
        assertEquals(403, api.post("api/workshops/" + workshop + "/invitations",
                invite("Friend of Ola", "friend.ola@example.test", false), officer).status(),
                "a friend is brought to a workshop one is going to");
        going(workshop, officer);
        long invitation = api.post("api/workshops/" + workshop + "/invitations",
                invite("Friend of Ola", "friend.ola@example.test", false), officer).id();
        for (String[] call : List.of(
                new String[]{"POST", "api/workshops/" + workshop + "/invitations"},
                new String[]{"GET", "api/workshops/" + workshop + "/invitations"},
                new String[]{"DELETE", "api/invitations/" + invitation},
                new String[]{"POST", "api/invitations/" + invitation + "/email"},
                new String[]{"POST", "api/me/calendar-feed"},
                new String[]{"DELETE", "api/me/calendar-feed"})) {
            String body = call[0].equals("POST") ? invite("X", "x@example.test", false) : null;
            Api.Answer answer = api.send(call[0], call[1], body, ANONYMOUS, null);
            assertEquals(401, answer.status(), call[0] + " " + call[1]);
            assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        assertEquals(403, api.post("api/invitations/" + invitation + "/email", null, officer).status());
        assertEquals(403, api.send("DELETE", "api/invitations/" + invitation, null, other, null).status());
        assertEquals("[]", api.get("api/workshops/" + workshop + "/invitations", other).body());
        assertTrue(api.get("api/workshops/" + workshop + "/invitations", officer).body().contains("friend.ola@example.test"));
        assertEquals(204, api.send("DELETE", "api/invitations/" + invitation, null, officer, null).status());
    }

    @Test
    void openApiStatesTheRolesOfEveryOperationIncludingCalendarsAndGuestPages() throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(api.uri("openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonObject paths = Json.createReader(new StringReader(body)).readObject().getJsonObject("paths");
        Set<String> seen = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (var operation : paths.getJsonObject(path).entrySet()) {
                if (operation.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                    assertTrue(operation.getValue().asJsonObject().containsKey("x-roles"), operation.getKey() + " " + path);
                    seen.add(path.replaceAll("\\{(\\w+):[^}]*}", "{$1}"));
                }
            }
        }
        for (String expected : List.of("/calendar/workshops.ics", "/calendar/workshops/{id}.ics",
                "/calendar/series/{id}.ics", "/calendar/members/{token}.ics", "/invitations/{token}",
                "/invitations/{token}.ics", "/api/workshops/{workshopId}/invitations", "/api/me/calendar-feed")) {
            assertTrue(seen.contains(expected), expected + " documented in " + seen);
        }
    }

    // --- the public feed -----------------------------------------------------------------

    @Test
    void thePublicFeedAnswers304UntilAWorkshopChangesThenANewEtagAndAHigherSequence() {
        long id = workshop("Feed workshop", "2030-04-10T10:00", "Room 8");
        HttpResponse<String> first = get("calendar/workshops.ics", null);
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age=900"));
        Calendar feed = Ics.parse(first.body());
        assertEquals("PUBLISH", feed.getProperty("METHOD").map(Property::getValue).orElseThrow());
        assertTrue(first.body().contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"), first.body());
        assertTrue(first.body().contains("X-PUBLISHED-TTL:PT1H\r\n"));
        assertFalse(first.body().contains("ATTENDEE"));
        assertFalse(first.body().contains("@alshub.test"), "no member's email in the public feed");
        assertEquals(0, sequenceOf(feed, id));

        HttpResponse<String> again = get("calendar/workshops.ics", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());

        String tag = api.get("api/workshops/" + id, FACILITATOR).etag();
        assertEquals(200, api.put("api/workshops/" + id, workshopJson("Feed workshop", "2030-04-11T10:00", "Room 9"),
                FACILITATOR, tag).status());
        HttpResponse<String> changed = get("calendar/workshops.ics", etag);
        assertEquals(200, changed.statusCode());
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
        Calendar after = Ics.parse(changed.body());
        assertEquals(1, sequenceOf(after, id));
        assertEquals(OffsetDateTime.parse("2030-04-11T10:00+01:00").toInstant(), Ics.startOf(eventOf(after, id)));
    }

    // --- hostile input -------------------------------------------------------------------

    @Test
    void everyCalendarForHostileWorkshopsIsValidFoldedByOctetsAndKeepsTheText() {
        Api.Caller officer = api.person("Hostile Reader", "hostile.reader@lambeth.test", "OFFICER");
        List<String> texts = List.of("Commas, semicolons; back\\slash", "Line one\nline two\r\nthree",
                "Emoji 🎉 Welsh ŵŷ Llanfairpwllgwyngyll Polish zażółć gęślą jaźń Bengali বাংলা ভাষা সহ-উৎপাদন",
                "ক্ষ".repeat(60));
        List<String> starts = List.of("2030-03-31T10:00", "2030-10-27T10:00");
        Api.Answer folded = api.post("api/workshops/" + api.post("api/workshops", workshopJson("Names on one line",
                "2030-05-02T10:00", "2030-05-02T12:00", "Room 8"), FACILITATOR).id() + "/invitations",
                invite("Line one\nBcc: everyone@example.test", "folded.guest@example.test", false), FACILITATOR);
        assertEquals(400, folded.status(), "a name is one line: it goes into email headers and calendars");
        assertTrue(folded.body().contains("\"field\":\"name\""), folded.body());
        for (String text : texts) {
            for (String start : starts) {
                String end = start.replace("T10", "T12");
                String json = Json.createObjectBuilder().add("title", text).add("start", start).add("end", end)
                        .add("location", text).add("agendaNotes", text + " " + "x".repeat(1900)).build().toString();
                Api.Answer created = api.post("api/workshops", json, FACILITATOR);
                assertEquals(201, created.status(), created.body());
                long id = created.id();
                String token = linkToken(api.post("api/workshops/" + id + "/invitations",
                        invite(text.replaceAll("\\s+", " "), "hostile.guest@example.test", false), FACILITATOR));
                for (String ics : List.of(get("calendar/workshops/" + id + ".ics", null).body(),
                        api.get("calendar/workshops/" + id + ".ics", officer).body(),
                        get("invitations/" + token + ".ics", null).body())) {
                    Calendar calendar = Ics.parse(ics);
                    VEvent event = eventOf(calendar, id);
                    String expected = text.replace("\r\n", "\n");
                    assertEquals(expected, event.getProperty("SUMMARY").map(Property::getValue).orElseThrow());
                    assertEquals(expected, event.getProperty("LOCATION").map(Property::getValue).orElseThrow());
                    assertEquals(java.time.LocalDateTime.parse(start).atZone(LONDON).toInstant(), Ics.startOf(event));
                }
                assertEquals(200, api.post("api/workshops/" + id + "/cancel", null, FACILITATOR).status());
                Calendar cancelled = Ics.parse(get("invitations/" + token + ".ics", null).body());
                assertEquals("CANCEL", cancelled.getProperty("METHOD").map(Property::getValue).orElseThrow());
                assertEquals("CANCELLED", eventOf(cancelled, id).getProperty("STATUS").map(Property::getValue).orElseThrow());
                Ics.parse(api.get("calendar/workshops/" + id + ".ics", officer).body());
            }
        }
        Ics.parse(get("calendar/workshops.ics", null).body());
    }

    // --- series --------------------------------------------------------------------------

    @Test
    void twoYearsOfASeriesExpandedFromItsIcsAreTheOccurrencesTheAppStores() {
        LocalDate first = LocalDate.now(LONDON).minusMonths(12).withDayOfMonth(1);
        for (String rule : List.of("the 31st", "last Sunday", "the 30th")) {
            Api.Answer created = api.post("api/series", Json.createObjectBuilder().add("title", "Series " + rule)
                    .add("rule", rule).add("startTime", "10:00").add("durationMinutes", 120)
                    .add("firstDate", first.toString()).add("location", "Room 8, Town Hall").build().toString(), FACILITATOR);
            assertEquals(201, created.status(), created.body());
            long id = created.id();
            List<JsonObject> occurrences = created.json().getJsonArray("occurrences").getValuesAs(JsonObject.class);
            assertTrue(occurrences.size() >= 24, "stored: " + occurrences.size());
            int initial = seriesSequence(id);
            long cancelled = occurrences.get(14).getJsonNumber("id").longValue();
            assertEquals(200, api.post("api/workshops/" + cancelled + "/cancel", null, FACILITATOR).status());
            int afterExdate = seriesSequence(id);
            assertTrue(afterExdate > initial, "an EXDATE is a new version of the series: " + initial + " then " + afterExdate);
            JsonObject moved = occurrences.get(16);
            String start = moved.getString("start").substring(0, 10) + "T15:30";
            String end = moved.getString("start").substring(0, 10) + "T17:00";
            assertEquals(200, api.put("api/workshops/" + moved.getJsonNumber("id").longValue(),
                    workshopJson("Series " + rule, start, end, "Room 9"), FACILITATOR, null).status());

            assertTrue(seriesSequence(id) > afterExdate, "so is an override");
            Set<Instant> stored = new TreeSet<>();
            for (JsonObject w : api.get("api/series/" + id, FACILITATOR).json().getJsonArray("occurrences")
                    .getValuesAs(JsonObject.class)) {
                if (!"CANCELLED".equals(w.getString("status"))) {
                    stored.add(OffsetDateTime.parse(w.getString("startsAt")).toInstant());
                }
            }
            HttpResponse<String> ics = get("calendar/series/" + id + ".ics", null);
            assertEquals(200, ics.statusCode());
            Set<Instant> expanded = Ics.expand(Ics.parse(ics.body()), Ics.london(first), Ics.london(first.plusYears(2)));
            assertEquals(stored, expanded, rule);
            assertTrue(ics.body().contains("EXDATE;TZID=Europe/London:"), ics.body());
            assertTrue(ics.body().contains("RECURRENCE-ID;TZID=Europe/London:"), ics.body());
        }
    }

    // --- guests --------------------------------------------------------------------------

    /**
     * The invitation email as Gmail sends its own: text and HTML beside the calendar inline
     * (method=REQUEST) and the same calendar as invite.ics; a Message-ID of ours; a reminder the
     * day before. Accepted on the page; cancelled, the guest is told at once (CANCEL, no RSVP).
     */
    @Test
    void aGuestIsEmailedAnInvitationAcceptsItAndIsEmailedTheCancellation() throws Exception {
        long id = workshop("Guest workshop", "2030-05-15T10:00", "Room 8, Town Hall");
        Instant asked = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Api.Answer invited = api.post("api/workshops/" + id + "/invitations",
                invite("Gwen Guest", "gwen@example.test", true), FACILITATOR);
        assertEquals(201, invited.status(), invited.body());
        String token = linkToken(invited);

        MimeMessage mail = awaitMail("gwen@example.test", "Invitation: Guest workshop");
        Instant received = Instant.now().plusSeconds(1);
        assertTrue(mail.getMessageID().endsWith("@" + api.uri("/").getHost() + ">"), mail.getMessageID());
        assertEquals("als@lambeth.test", ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getAddress());
        Multipart mixed = (Multipart) mail.getContent();
        assertTrue(mail.getContentType().startsWith("multipart/mixed"), mail.getContentType());
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        BodyPart calendarPart = alternative.getBodyPart(2);
        assertTrue(calendarPart.getContentType().replaceAll("\\s", "").contains("method=REQUEST"), calendarPart.getContentType());
        BodyPart attached = mixed.getBodyPart(1);
        assertEquals("invite.ics", attached.getFileName());
        assertTrue(attached.isMimeType("application/ics") && BodyPart.ATTACHMENT.equalsIgnoreCase(attached.getDisposition()));
        assertEquals(text(calendarPart), text(attached), "the attachment is the same calendar");

        Calendar request = Ics.parse(text(calendarPart));
        assertEquals("REQUEST", request.getProperty("METHOD").map(Property::getValue).orElseThrow());
        VEvent event = eventOf(request, id);
        String attendee = event.getProperty("ATTENDEE").map(Object::toString).orElseThrow();
        assertTrue(attendee.contains("RSVP=TRUE") && attendee.contains("mailto:gwen@example.test"), attendee);
        Instant stamp = Instant.from(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .parse(event.getProperty("DTSTAMP").map(Property::getValue).orElseThrow()));
        assertTrue(!stamp.isBefore(asked) && stamp.isBefore(received), "DTSTAMP is when the message was made: " + stamp);
        assertTrue(Ics.unfold(text(calendarPart)).contains("BEGIN:VALARM\r\nTRIGGER:-P1D\r\nACTION:DISPLAY"),
                "a reminder the day before");
        String plain = text(alternative.getBodyPart(0));
        assertTrue(plain.contains("invitations/" + token) && plain.contains("Room 8, Town Hall"), plain);
        String html = text(alternative.getBodyPart(1));
        assertTrue(html.contains("<h1") && html.contains("href=\"" + api.uri("invitations/" + token)), html);
        awaitTrue("the invitation says when it was emailed", () -> !guestsOf(id).get(0).isNull("emailedAt"));

        assertEquals(303, form("invitations/" + token, "answer=ACCEPTED").statusCode());
        JsonObject page = Json.createReader(new StringReader(get("invitations/" + token, null, "application/json").body())).readObject();
        assertEquals("ACCEPTED", page.getString("answer"));
        assertEquals("Gwen Guest", page.getString("name"));
        assertTrue(Ics.unfold(get("invitations/" + token + ".ics", null).body()).contains("PARTSTAT=ACCEPTED"));
        String guestPage = get("invitations/" + token, null, "text/html").body();
        assertTrue(guestPage.contains("Guest workshop") && guestPage.contains("You said you will come."), guestPage);

        int sequenceBefore = sequenceOf(request, id);
        Api.Answer cancelled = api.post("api/workshops/" + id + "/cancel", null, FACILITATOR);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals(1, cancelled.json().getInt("told"), "the guest is told");
        BodyPart cancelPart = calendarPart(awaitMail("gwen@example.test", "Cancelled: Guest workshop"));
        assertTrue(cancelPart.getContentType().replaceAll("\\s", "").contains("method=CANCEL"), cancelPart.getContentType());
        Calendar cancel = Ics.parse(text(cancelPart));
        assertEquals("CANCEL", cancel.getProperty("METHOD").map(Property::getValue).orElseThrow());
        assertTrue(sequenceOf(cancel, id) > sequenceBefore);
        assertEquals(eventOf(request, id).getUid(), eventOf(cancel, id).getUid());
        assertFalse(Ics.unfold(text(cancelPart)).contains("RSVP="), "a cancellation asks for no answer");
        assertEquals(200, api.post("api/invitations/" + invited.id() + "/email", null, FACILITATOR).status());
        Ics.parse(text(calendarPart(awaitMail("gwen@example.test", "Cancelled: Guest workshop"))));
    }

    /**
     * A guest presses Accept (or Maybe, or Decline) in Outlook, Gmail, Apple Mail or Thunderbird:
     * their client emails a REPLY to the organizer; the next poll of the mailbox makes it their
     * answer, marks the message read, and the console says it came by email.
     */
    @Test
    void aReplyFromOutlookGmailAppleMailOrThunderbirdIsTheGuestsAnswerAfterOnePoll() throws Exception {
        Map<String, String> answers = Map.of("outlook", "ACCEPTED", "gmail", "ACCEPTED", "apple", "TENTATIVE",
                "thunderbird", "DECLINED");
        Map<String, String> expected = Map.of("ACCEPTED", "GOING", "TENTATIVE", "MAYBE", "DECLINED", "NOT_GOING");
        List<Long> times = new ArrayList<>();
        Map<String, Long> workshops = new java.util.HashMap<>();
        for (String client : ImipFixtures.CLIENTS) {
            long id = workshop("Answered in " + client, "2030-06-19T10:00", "Room 8");
            workshops.put(client, id);
            String email = client + ".guest@example.test";
            assertEquals(201, api.post("api/workshops/" + id + "/invitations", invite("Zoë " + client, email, true),
                    FACILITATOR).status());
            VEvent invitation = eventOf(Ics.parse(text(calendarPart(awaitMail(email, "Invitation: ")))), id);
            String uid = invitation.getUid().orElseThrow().getValue();

            long delivered = deliver(reply(client, uid, "Answered in " + client, email, answers.get(client)));
            String answer = expected.get(answers.get(client));
            awaitTrue(client + "'s answer is the guest's", () -> answer.equals(rsvpOf(id, "Zoë " + client).getString("answer")));
            times.add(Duration.ofNanos(System.nanoTime() - delivered).toMillis());
            assertTrue(rsvpOf(id, "Zoë " + client).getBoolean("byEmail"));
            assertEquals(answers.get(client), guestsOf(id).get(0).getString("answer"));
        }
        awaitTrue("every reply was marked read", () -> unreadInMailbox() == 0);
        System.out.println("CalendarIT: reply to RSVP, four clients, ms: " + times);

        long accepted = workshops.get("outlook");
        String console = AccessMatrixIT.PageSession.signedIn(api, FACILITATOR)
                .send("GET", "workshops/" + accepted + "/console", null).body();
        assertTrue(console.contains("Accepted (by email)"), console);
    }

    /**
     * One seat: Ann says yes from Gmail and takes it; Ben says yes from Outlook and is told, by a
     * REQUEST that says so, that he waits; his page and his file say the same. Ann then declines
     * from Thunderbird: Ben gets "You have a place" and a confirmed REQUEST with a higher SEQUENCE.
     */
    @Test
    void aDeclineFreesTheSeatAndTheNextPersonWaitingGetsYouHaveAPlace() throws Exception {
        Api.Answer created = api.post("api/workshops", Json.createObjectBuilder().add("title", "One seat")
                .add("start", "2030-07-17T10:00").add("end", "2030-07-17T12:00").add("location", "Room 8")
                .add("capacity", 1).build().toString(), FACILITATOR);
        long id = created.id();
        String ann = "ann.seat@example.test";
        String ben = "ben.seat@example.test";
        api.post("api/workshops/" + id + "/invitations", invite("Ann Seat", ann, true), FACILITATOR);
        String benToken = linkToken(api.post("api/workshops/" + id + "/invitations", invite("Ben Wait", ben, true), FACILITATOR));
        String uid = eventOf(Ics.parse(text(calendarPart(awaitMail(ann, "Invitation: One seat")))), id).getUid()
                .orElseThrow().getValue();
        int invited = sequenceOf(Ics.parse(text(calendarPart(awaitMail(ben, "Invitation: One seat")))), id);

        deliver(reply("gmail", uid, "One seat", ann, "ACCEPTED"));
        awaitTrue("Ann has the seat", () -> "SEAT".equals(Api.string(rsvpOf(id, "Ann Seat"), "place")));
        deliver(reply("outlook", uid, "One seat", ben, "ACCEPTED"));
        MimeMessage waiting = awaitMail(ben, "Waiting list, place 1: no seat yet: One seat");
        VEvent tentative = eventOf(Ics.parse(text(calendarPart(waiting))), id);
        assertEquals("TENTATIVE", tentative.getProperty("STATUS").map(Property::getValue).orElseThrow());
        assertEquals("TRANSPARENT", tentative.getProperty("TRANSP").map(Property::getValue).orElseThrow());
        assertTrue(tentative.getProperty("ATTENDEE").map(Object::toString).orElseThrow().contains("PARTSTAT=TENTATIVE"));
        assertTrue(tentative.getProperty("SUMMARY").map(Property::getValue).orElseThrow()
                .startsWith("Waiting list, place 1: no seat yet"));
        assertTrue(tentative.getProperty("DESCRIPTION").map(Property::getValue).orElseThrow()
                .startsWith("Waiting list, place 1: no seat yet"));
        int waitingSequence = Integer.parseInt(tentative.getProperty("SEQUENCE").map(Property::getValue).orElseThrow());
        assertTrue(waitingSequence > invited, "the honest copy replaces the invitation");
        assertTrue(get("invitations/" + benToken, null, "text/html").body().contains("Waiting list, place 1: no seat yet."));
        VEvent benFile = eventOf(Ics.parse(get("invitations/" + benToken + ".ics", null).body()), id);
        assertEquals("TENTATIVE", benFile.getProperty("STATUS").map(Property::getValue).orElseThrow());
        assertTrue(benFile.getProperty("SUMMARY").map(Property::getValue).orElseThrow().startsWith("Waiting list, place 1"));

        deliver(reply("thunderbird", uid, "One seat", ann, "DECLINED").saying("DECLINED", Instant.now().plusSeconds(5)));
        MimeMessage place = awaitMail(ben, "You have a place: One seat");
        assertTrue(text(((Multipart) ((Multipart) place.getContent()).getBodyPart(0).getContent()).getBodyPart(0))
                .contains("You have a place"));
        VEvent confirmed = eventOf(Ics.parse(text(calendarPart(place))), id);
        assertEquals("CONFIRMED", confirmed.getProperty("STATUS").map(Property::getValue).orElseThrow());
        assertEquals("OPAQUE", confirmed.getProperty("TRANSP").map(Property::getValue).orElseThrow());
        assertTrue(confirmed.getProperty("ATTENDEE").map(Object::toString).orElseThrow().contains("PARTSTAT=ACCEPTED"));
        assertEquals("One seat", confirmed.getProperty("SUMMARY").map(Property::getValue).orElseThrow());
        assertTrue(Integer.parseInt(confirmed.getProperty("SEQUENCE").map(Property::getValue).orElseThrow()) > waitingSequence);
        assertEquals("SEAT", Api.string(rsvpOf(id, "Ben Wait"), "place"));
        assertEquals("NOT_GOING", rsvpOf(id, "Ann Seat").getString("answer"));
    }

    /** A member waiting for a seat reads the same words on the home page and in their own file. */
    @Test
    void aMemberOnTheWaitingListIsToldSoOnTheHomePageAndInTheirFile() throws Exception {
        Api.Caller first = api.person("Fay First", "fay.first@lambeth.test", "OFFICER");
        Api.Caller second = api.person("Sid Second", "sid.second@lambeth.test", "OFFICER");
        LocalDate tomorrow = LocalDate.now(LONDON).plusDays(1);
        long id = api.post("api/workshops", Json.createObjectBuilder().add("title", "Small room")
                .add("start", tomorrow + "T08:00").add("end", tomorrow + "T09:00").add("capacity", 1).build().toString(),
                FACILITATOR).id();
        api.makeNext(id); // so the home page shows this one
        assertEquals(200, api.put("api/workshops/" + id + "/rsvps/" + api.get("api/me", first).id(),
                "{\"answer\":\"GOING\"}", first, null).status());
        assertEquals("WAITING", api.put("api/workshops/" + id + "/rsvps/" + api.get("api/me", second).id(),
                "{\"answer\":\"GOING\"}", second, null).json().getString("place"));
        VEvent mine = eventOf(Ics.parse(api.get("calendar/workshops/" + id + ".ics", second).body()), id);
        assertEquals("TENTATIVE", mine.getProperty("STATUS").map(Property::getValue).orElseThrow());
        assertTrue(mine.getProperty("SUMMARY").map(Property::getValue).orElseThrow().startsWith("Waiting list, place 1: no seat yet"));
        String home = AccessMatrixIT.PageSession.signedIn(api, second).send("GET", "", null).body();
        assertTrue(home.contains("Small room") && home.contains("Waiting list, place 1: no seat yet."), home);
    }

    /**
     * Only the invited address answers for itself: a REPLY for Gwen sent by Mallory, one from a
     * stranger, one about no workshop of ours and one about a cancelled workshop change nothing,
     * and each is counted. An ordinary email is counted and left unread for the facilitators.
     */
    @Test
    void aForgedStrangeUnknownOrLateReplyChangesNothingAndIsCounted() throws Exception {
        long id = workshop("Forgery", "2030-08-21T10:00", "Room 8");
        String gwen = linkToken(api.post("api/workshops/" + id + "/invitations", invite("Gwen True", "gwen.true@example.test", false), FACILITATOR));
        api.post("api/workshops/" + id + "/invitations", invite("Mallory", "mallory@example.test", false), FACILITATOR);
        assertEquals(303, form("invitations/" + gwen, "answer=ACCEPTED").statusCode());
        long cancelled = workshop("Called off", "2030-08-28T10:00", "Room 8");
        api.post("api/workshops/" + cancelled + "/invitations", invite("Late Guest", "late@example.test", false), FACILITATOR);
        api.post("api/workshops/" + cancelled + "/cancel?tell=false", null, FACILITATOR);
        Map<String, Long> before = replyCounts();

        String uid = "workshop-" + id + "@als-hub";
        deliver(reply("gmail", uid, "Forgery", "gwen.true@example.test", "DECLINED").from("mallory@example.test"));
        deliver(reply("outlook", uid, "Forgery", "stranger@example.test", "ACCEPTED"));
        deliver(reply("apple", "workshop-99999999@als-hub", "Forgery", "gwen.true@example.test", "DECLINED"));
        deliver(reply("apple", "workshop-" + id + "@elsewhere.example", "Forgery", "gwen.true@example.test", "DECLINED"));
        deliver(reply("thunderbird", "workshop-" + cancelled + "@als-hub", "Called off", "late@example.test", "ACCEPTED"));
        MimeMessage question = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        question.setFrom("curious@example.test");
        question.setSubject("Can I bring a colleague?");
        question.setText("Is there room for one more?");
        question.saveChanges();
        imapUser().deliver(question);

        awaitTrue("all six were read", () -> total(replyCounts()) - total(before) == 6);
        Map<String, Long> after = replyCounts();
        assertEquals(1, after.get("FORGED") - before.get("FORGED"));
        assertEquals(1, after.get("STRANGER") - before.get("STRANGER"));
        assertEquals(2, after.get("UNKNOWN") - before.get("UNKNOWN"));
        assertEquals(1, after.get("CLOSED") - before.get("CLOSED"));
        assertEquals(1, after.get("NOT_A_REPLY") - before.get("NOT_A_REPLY"));
        assertEquals(0, after.get("APPLIED") - before.get("APPLIED"));
        assertEquals("GOING", rsvpOf(id, "Gwen True").getString("answer"), "Mallory's word changed nothing");
        assertEquals(1, unreadInMailbox(), "the question stays unread for a person to answer");
        inbox().deleteAllMessages();
        assertTrue(Json.createReader(new StringReader(api.get("health", Api.ANONYMOUS).body())).readObject().toString()
                .contains("\"mailbox\":\"reachable\""), "health shows the mailbox read");
    }

    /** The same REPLY twice (one message seen again, or sent again) is one change; an older one none. */
    @Test
    void theSameReplyTwiceChangesTheAnswerOnce() throws Exception {
        long id = workshop("Twice", "2030-09-18T10:00", "Room 8");
        api.post("api/workshops/" + id + "/invitations", invite("Tess Twice", "tess@example.test", false), FACILITATOR);
        String uid = "workshop-" + id + "@als-hub";
        Map<String, Long> before = replyCounts();
        Instant said = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ImipFixtures.Reply yes = reply("gmail", uid, "Twice", "tess@example.test", "ACCEPTED").saying("ACCEPTED", said);
        byte[] once = ImipFixtures.raw(yes, "tess-once");
        deliverRaw(once);
        awaitTrue("the first is applied", () -> replyCounts().get("APPLIED") - before.get("APPLIED") == 1);
        String answeredAt = rsvpOf(id, "Tess Twice").getString("answeredAt");
        deliverRaw(once);
        deliver(yes);
        deliver(yes.saying("DECLINED", said.minusSeconds(3600)));
        awaitTrue("the other three are read", () -> total(replyCounts()) - total(before) == 3);
        Map<String, Long> after = replyCounts();
        assertEquals(1, after.get("APPLIED") - before.get("APPLIED"));
        assertEquals(1, after.get("UNCHANGED") - before.get("UNCHANGED"), "the same answer sent again");
        assertEquals(1, after.get("OUTDATED") - before.get("OUTDATED"), "an answer older than the one taken");
        assertEquals("GOING", rsvpOf(id, "Tess Twice").getString("answer"));
        assertEquals(answeredAt, rsvpOf(id, "Tess Twice").getString("answeredAt"), "one change, not three");
        awaitTrue("the copy seen again is marked read too", () -> unreadInMailbox() == 0);
    }

    /**
     * A move tells everyone who answered going or maybe and every guest, each with their own copy
     * (their answer as PARTSTAT, SEQUENCE raised) and the words for what moved; not those who
     * said no, and nobody when the facilitator says not to.
     */
    @Test
    void aMoveTellsEveryoneWhoAnsweredGoingOrMaybeAndEveryGuestWhatChanged() throws Exception {
        long id = workshop("Moving", "2030-10-16T10:00", "Room 8");
        Map<String, String> said = Map.of("ada.move@lambeth.test", "GOING", "bea.move@lambeth.test", "MAYBE",
                "cal.move@lambeth.test", "NOT_GOING");
        for (Map.Entry<String, String> person : said.entrySet()) {
            Api.Caller caller = api.person(person.getKey().substring(0, 3) + " Mover", person.getKey(), "OFFICER");
            assertEquals(200, api.put("api/workshops/" + id + "/rsvps/" + api.get("api/me", caller).id(),
                    "{\"answer\":\"" + person.getValue() + "\"}", caller, null).status());
        }
        api.post("api/workshops/" + id + "/invitations", invite("Gus Guest", "gus.move@example.test", false), FACILITATOR);

        Api.Answer moved = api.put("api/workshops/" + id, workshopJson("Moving", "2030-10-16T15:00",
                "2030-10-16T17:00", "Room 3"), FACILITATOR, null);
        assertEquals(200, moved.status(), moved.body());
        assertEquals(3, moved.json().getInt("told"));
        for (String email : List.of("ada.move@lambeth.test", "bea.move@lambeth.test", "gus.move@example.test")) {
            MimeMessage mail = awaitMail(email, "Changed: Moving");
            Multipart alternative = (Multipart) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
            assertTrue(text(alternative.getBodyPart(0)).contains("Now at 15:00 in Room 3 (before: at 10:00 in Room 8)"),
                    text(alternative.getBodyPart(0)));
            assertTrue(text(alternative.getBodyPart(1)).contains("Now at 15:00 in Room 3"));
            VEvent event = eventOf(Ics.parse(text(calendarPart(mail))), id);
            assertEquals(1, Integer.parseInt(event.getProperty("SEQUENCE").map(Property::getValue).orElseThrow()));
            String partStat = email.startsWith("ada") ? "ACCEPTED" : email.startsWith("bea") ? "TENTATIVE" : "NEEDS-ACTION";
            assertTrue(event.getProperty("ATTENDEE").map(Object::toString).orElseThrow().contains("PARTSTAT=" + partStat));
            assertEquals("Room 3", event.getProperty("LOCATION").map(Property::getValue).orElseThrow());
        }
        Api.Answer quiet = api.put("api/workshops/" + id + "?tell=false", workshopJson("Moving", "2030-10-16T16:00",
                "2030-10-16T18:00", "Room 3"), FACILITATOR, null);
        assertEquals(0, quiet.json().getInt("told"));
        Api.Answer renamed = api.put("api/workshops/" + id, workshopJson("Moving on", "2030-10-16T16:00",
                "2030-10-16T18:00", "Room 3"), FACILITATOR, null);
        assertEquals(0, renamed.json().getInt("told"), "a new title is no move");
        awaitTrue("nothing more waits for Ada", () -> outboxItems(List.of("ada.move@lambeth.test")).isEmpty());
        assertEquals(1, mailsTo("ada.move@lambeth.test").size());
        assertTrue(mailsTo("cal.move@lambeth.test").isEmpty(), "who said no is not told");
    }

    /** Two days before, everyone with a seat gets the agenda; members also what they still owe. */
    @Test
    void aReminderBringsTheAgendaAndTheActionsStillOwed() throws Exception {
        Api.Caller rhea = api.person("Rhea Reminded", "rhea@lambeth.test", "OFFICER");
        long rheaId = api.get("api/me", rhea).id();
        LocalDate tomorrow = LocalDate.now(LONDON).plusDays(1);
        long earlier = workshop("Where it was agreed", "2030-02-13T10:00", "Room 8");
        // made far off and moved to tomorrow once everyone has answered: the reminder job runs every two seconds
        long id = workshop("Tomorrow's set", "2031-12-03T10:00", "Room 8");
        assertEquals(201, api.post("api/actions", Json.createObjectBuilder().add("description", "Phone the tenants' panel")
                .add("ownerId", rheaId).add("due", tomorrow.plusDays(7).toString()).add("workshopId", earlier)
                .build().toString(), FACILITATOR).status());
        long project = api.post("api/projects", "{\"title\":\"Brixton food map\",\"stage\":\"PLAN\"}", rhea).id();
        assertEquals(201, api.post("api/projects/" + project + "/challenges", Json.createObjectBuilder()
                .add("question", "Who keeps the map up to date?").add("workshopId", id).build().toString(), rhea).status());
        assertEquals(200, api.put("api/workshops/" + id + "/rsvps/" + rheaId, "{\"answer\":\"GOING\"}", rhea, null).status());
        String token = linkToken(api.post("api/workshops/" + id + "/invitations", invite("Gil Guest", "gil@example.test", false), FACILITATOR));
        assertEquals(303, form("invitations/" + token, "answer=ACCEPTED").statusCode());
        assertEquals(200, api.put("api/workshops/" + id + "?tell=false", workshopJson("Tomorrow's set",
                tomorrow + "T10:00", tomorrow + "T12:00", "Room 8"), FACILITATOR, null).status());

        MimeMessage reminder = awaitMail("rhea@lambeth.test", "Reminder: Tomorrow's set");
        String text = text(((Multipart) reminder.getContent()).getBodyPart(0));
        assertTrue(text.contains("Phone the tenants' panel") && text.contains("Who keeps the map up to date?")
                && text.contains("Actions you still owe"), text);
        String guest = text(((Multipart) awaitMail("gil@example.test", "Reminder: Tomorrow's set").getContent()).getBodyPart(0));
        assertTrue(guest.contains("Who keeps the map up to date?") && !guest.contains("Actions you still owe"), guest);
    }

    /**
     * The mail server is down: what is queued waits, is tried again later and later, shows on the
     * facilitator's page, and once the server is back every message arrives; none is lost.
     */
    @Test
    void withTheMailServerDownNothingIsLostFromTheOutbox() throws Exception {
        long id = workshop("While the mail is down", "2030-11-13T10:00", "Room 8");
        List<String> guests = List.of("down.one@example.test", "down.two@example.test", "down.three@example.test");
        SharedServer.stopSmtp();
        try {
            for (String email : guests) {
                assertEquals(201, api.post("api/workshops/" + id + "/invitations", invite("Guest " + email.split("\\.")[1],
                        email, true), FACILITATOR).status());
            }
            assertEquals(3, api.put("api/workshops/" + id, workshopJson("While the mail is down", "2030-11-13T14:00",
                    "2030-11-13T16:00", "Room 3"), FACILITATOR, null).json().getInt("told"));
            awaitTrue("each was tried twice", () -> outboxItems(guests).size() == 6
                    && outboxItems(guests).stream().allMatch(m -> m.getInt("attempts") >= 2 && !m.isNull("lastError")));
            try (Browser browser = Browser.start(api, true)) {
                browser.open("/email");
                browser.signIn(FACILITATOR.email(), FACILITATOR.password());
                assertEquals("/email", browser.path());
                assertTrue(browser.text("#outbox ~ .app-table-scroll").contains("down.two@example.test"), browser.text("main"));
                assertTrue(browser.text("main").contains("Connection refused") || browser.text("main").contains("ConnectException"),
                        "the facilitator sees why: " + browser.text("main"));
                browser.assertAccessible("the outbox with messages waiting");
                browser.assertFitsNarrowScreen("the outbox with messages waiting");
            }
            try (Browser browser = Browser.start(api, false)) {
                browser.open("/email");
                browser.signIn(FACILITATOR.email(), FACILITATOR.password());
                assertFalse(browser.find("body").getAttribute("class").contains("js-enabled"), "scripts really are off");
                assertTrue(browser.text("main").contains("down.three@example.test"), "the page works without scripts");
            }
        } finally {
            SharedServer.restartSmtp();
        }
        for (String email : guests) {
            awaitMail(email, "Invitation: While the mail is down");
            awaitMail(email, "Changed: While the mail is down");
        }
        awaitTrue("nothing waits", () -> outboxItems(guests).isEmpty());
        JsonObject counts = api.get("api/outbox", FACILITATOR).json().getJsonObject("counts");
        assertEquals(0, counts.getInt("FAILED"), counts.toString());
    }

    @Test
    void aGuestLinkOpensOnlyItsOwnInvitationAndARevokedOneNothing() {
        long id = workshop("Isolation workshop", "2030-06-12T10:00", "Room 8");
        Api.Caller officer = api.person("Bringing Friend", "bringer@lambeth.test", "OFFICER");
        going(id, officer);
        Api.Answer ann = api.post("api/workshops/" + id + "/invitations", invite("Ann Guest", "ann@example.test", false), officer);
        Api.Answer bob = api.post("api/workshops/" + id + "/invitations", invite("Bob Guest", "bob@example.test", false), FACILITATOR);
        String annToken = linkToken(ann);
        String bobToken = linkToken(bob);
        assertTrue(annToken.length() >= 22, "at least 128 bits: " + annToken);

        String annPage = get("invitations/" + annToken, null, "application/json").body();
        assertTrue(annPage.contains("Ann Guest") && !annPage.contains("Bob") && !annPage.contains("bob@"), annPage);
        String annIcs = Ics.unfold(get("invitations/" + annToken + ".ics", null).body());
        assertTrue(annIcs.contains("ann@example.test") && !annIcs.contains("bob@example.test"));

        char last = annToken.charAt(annToken.length() - 1);
        String neighbour = annToken.substring(0, annToken.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String wrong : List.of(neighbour, "1", "x".repeat(43), ann.id() + "", "..%2F" + bobToken)) {
            assertEquals(404, get("invitations/" + wrong, null, "application/json").statusCode(), wrong);
            assertEquals(404, get("invitations/" + wrong + ".ics", null).statusCode(), wrong);
        }
        assertEquals(204, api.send("DELETE", "api/invitations/" + ann.id(), null, officer, null).status());
        assertEquals(404, get("invitations/" + annToken, null, "application/json").statusCode());
        assertEquals(404, get("invitations/" + annToken + ".ics", null).statusCode());
        assertEquals(404, form("invitations/" + annToken, "answer=ACCEPTED").statusCode());
        assertEquals(200, get("invitations/" + bobToken, null, "application/json").statusCode());
    }

    /**
     * A member's feed holds the workshops they said they are going to (what the home page
     * promises), under UIDs and a name of its own, and opens by its secret link until reset.
     */
    @Test
    void aMemberFeedOpensByItsSecretLinkUntilResetAndCannotBeGuessed() {
        Api.Caller officer = api.person("Fiona Feed", "fiona.feed@lambeth.test", "OFFICER");
        long unanswered = workshop("Member feed workshop", "2030-07-10T10:00", "Room 8");
        long going = workshop("Member feed going", "2030-07-24T10:00", "Room 8");
        assertEquals(200, api.put("api/workshops/" + going + "/rsvps/" + api.get("api/me", officer).id(),
                "{\"answer\":\"GOING\"}", officer, null).status());
        Api.Answer made = api.post("api/me/calendar-feed", null, officer);
        assertEquals(201, made.status(), made.body());
        String url = made.json().getString("url");
        assertTrue(made.json().getString("webcal").startsWith("webcal://"));
        String path = URI.create(url).getPath().substring(1);
        HttpResponse<String> feed = get(path, null);
        assertEquals(200, feed.statusCode());
        Calendar calendar = Ics.parse(feed.body());
        assertTrue(calendar.getProperty("METHOD").isEmpty(), "a feed with ATTENDEEs is no iTIP message");
        String unfolded = Ics.unfold(feed.body());
        assertTrue(unfolded.contains("PARTSTAT=ACCEPTED") && unfolded.contains("mailto:fiona.feed@lambeth.test"), unfolded);
        assertTrue(unfolded.contains("UID:workshop-" + going + "-mine@"), "its own UID: " + unfolded);
        assertFalse(unfolded.contains("Member feed workshop") || unfolded.contains("workshop-" + unanswered + "@"),
                "only the workshops the member is going to");
        assertTrue(unfolded.contains("X-WR-CALNAME:My Action Learning Set workshops"), unfolded);
        assertFalse(Ics.unfold(get("calendar/workshops.ics", null).body()).contains("-mine@"), "the public feed's UIDs differ");
        String cacheControl = feed.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("private") && cacheControl.contains("no-cache"), cacheControl);

        String other = linkOf(api.post("api/me/calendar-feed", null, officer).json().getString("url"));
        assertEquals(404, get(path, null).statusCode(), "the old link stops working");
        assertEquals(200, get(other, null).statusCode());
        assertEquals(404, get("calendar/members/" + "A".repeat(43) + ".ics", null).statusCode());
        assertEquals(404, get("calendar/members/1.ics", null).statusCode());
        assertEquals(204, api.send("DELETE", "api/me/calendar-feed", null, officer, null).status());
        assertEquals(404, get(other, null).statusCode());
    }

    /**
     * A start in the repeated autumn hour (read an hour off by every parser) or in the spring gap
     * (emitted as 02:30 while the API said 01:30) is refused, saying why.
     */
    @Test
    void aStartInTheRepeatedAutumnHourOrTheSpringGapIsRefusedSayingWhy() {
        for (String[] refused : List.of(new String[]{"2030-10-27T01:30", "happens twice in Europe/London"},
                new String[]{"2030-03-31T01:30", "does not exist in Europe/London"})) {
            Api.Answer answer = api.post("api/workshops", workshopJson("Night owls", refused[0],
                    refused[0].replace("T01:30", "T03:30"), "Room 8"), FACILITATOR);
            assertEquals(400, answer.status(), answer.body());
            JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("start", error.getString("field"));
            assertTrue(error.getString("message").contains(refused[1]), error.toString());
        }
        Api.Answer series = api.post("api/series", Json.createObjectBuilder().add("title", "Night owls")
                .add("rule", "last Sunday").add("startTime", "01:30").add("durationMinutes", 60)
                .add("firstDate", "2030-01-01").build().toString(), FACILITATOR);
        assertEquals(400, series.status(), series.body());
        assertTrue(series.body().contains("Sunday 31 March 2030 does not exist"), series.body());
    }

    /** What a member owes is in their feed as a task and a due day, and leaves it once done, at once. */
    @Test
    void aMembersFeedCarriesTheirOpenActionsUntilTheyAreDone() {
        Api.Caller officer = api.person("Owen Owes", "owen.owes@lambeth.test", "OFFICER");
        long me = api.get("api/me", officer).id();
        long agreedAt = workshop("Where it was agreed", "2030-08-14T10:00", "Room 8");
        Api.Answer agreed = api.post("api/actions", Json.createObjectBuilder()
                .add("description", "Ask the tenants' panel, then report back").add("ownerId", me)
                .add("due", "2030-09-11").add("workshopId", agreedAt).build().toString(), FACILITATOR);
        assertEquals(201, agreed.status(), agreed.body());
        String feed = linkOf(api.post("api/me/calendar-feed", null, officer).json().getString("url"));

        HttpResponse<String> owing = get(feed, null);
        String unfolded = Ics.unfold(owing.body());
        assertTrue(unfolded.contains("BEGIN:VTODO"), unfolded);
        assertTrue(unfolded.contains("DUE;VALUE=DATE:20300911"), unfolded);
        assertTrue(unfolded.contains("SUMMARY:Action due: Ask the tenants' panel\\, then report back"), unfolded);
        assertTrue(unfolded.contains("DTSTART;VALUE=DATE:20300911"), unfolded);
        assertTrue(unfolded.contains("TRANSP:TRANSPARENT"), unfolded);
        String etag = owing.headers().firstValue("ETag").orElseThrow();

        Api.Answer done = api.post("api/actions/" + agreed.id() + "/follow-ups",
                "{\"note\":\"Asked; they want a second session\",\"status\":\"DONE\"}", officer);
        assertEquals(201, done.status(), done.body());
        HttpResponse<String> settled = get(feed, null);
        assertNotEquals(etag, settled.headers().firstValue("ETag").orElseThrow());
        assertFalse(Ics.unfold(settled.body()).contains("tenants' panel"), "a done action leaves the feed");
    }

    // --- helpers -------------------------------------------------------------------------

    long workshop(String title, String start, String location) {
        Api.Answer created = api.post("api/workshops", workshopJson(title, start, start.replace("T10", "T12"), location),
                FACILITATOR);
        assertEquals(201, created.status(), created.body());
        return created.id();
    }

    static String workshopJson(String title, String start, String location) {
        return workshopJson(title, start, start.replace("T10", "T12"), location);
    }

    static String workshopJson(String title, String start, String end, String location) {
        return Json.createObjectBuilder().add("title", title).add("start", start).add("end", end)
                .add("location", location).add("capacity", 20).build().toString();
    }

    static String invite(String name, String email, boolean send) {
        return Json.createObjectBuilder().add("name", name).add("email", email).add("send", send).build().toString();
    }

    static String linkToken(Api.Answer invited) {
        assertEquals(201, invited.status(), invited.body());
        String link = invited.json().getString("link");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static String linkOf(String url) {
        return URI.create(url).getPath().substring(1);
    }

    HttpResponse<String> get(String path, String ifNoneMatch) {
        return get(path, ifNoneMatch, null);
    }

    HttpResponse<String> get(String path, String ifNoneMatch, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).timeout(Duration.ofSeconds(60));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    HttpResponse<String> form(String path, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    int seriesSequence(long seriesId) {
        Calendar calendar = Ics.parse(get("calendar/series/" + seriesId + ".ics", null).body());
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith("series-" + seriesId + "@")
                        && e.getProperty("RECURRENCE-ID").isEmpty())
                .map(e -> Integer.parseInt(e.getProperty("SEQUENCE").map(Property::getValue).orElseThrow()))
                .findFirst().orElseThrow();
    }

    static VEvent eventOf(Calendar calendar, long workshopId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith("workshop-" + workshopId + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no workshop " + workshopId));
    }

    static int sequenceOf(Calendar calendar, long workshopId) {
        return Integer.parseInt(eventOf(calendar, workshopId).getProperty("SEQUENCE").map(Property::getValue).orElseThrow());
    }

    /** The next message to {@code to} whose subject starts so, not taken before; waits for it. */
    static MimeMessage awaitMail(String to, String subject) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage message : SharedServer.smtp().getReceivedMessages()) {
                if (message.getSubject() != null && message.getSubject().startsWith(subject)
                        && message.getAllRecipients()[0].toString().contains(to) && TAKEN.add(message.getMessageID())) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + to + " starting \"" + subject + "\"; to them: " + mailsTo(to).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        return "?";
                    }
                }).toList());
    }

    static List<MimeMessage> mailsTo(String to) {
        return java.util.Arrays.stream(SharedServer.smtp().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(to);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The text/calendar part at whatever depth it is. */
    static BodyPart calendarPart(MimeMessage mail) throws Exception {
        BodyPart found = calendarPart((Multipart) mail.getContent());
        if (found == null) {
            throw new AssertionError("no text/calendar part");
        }
        return found;
    }

    private static BodyPart calendarPart(Multipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("multipart/*")) {
                BodyPart inner = calendarPart((Multipart) part.getContent());
                if (inner != null) {
                    return inner;
                }
            } else if (part.isMimeType("text/calendar")) {
                return part;
            }
        }
        return null;
    }

    static void awaitTrue(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited a minute for: " + what);
            }
            Thread.sleep(100);
        }
    }

    // --- the organizer's mailbox ---------------------------------------------------------

    static ImipFixtures.Reply reply(String client, String uid, String title, String email, String partStat) {
        return new ImipFixtures.Reply(client, uid, title, java.time.LocalDateTime.of(2030, 6, 19, 10, 0),
                email.substring(0, email.indexOf('@')), email, partStat,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ORGANIZER);
    }

    static GreenMailUser imapUser() {
        return SharedServer.imap().getUserManager().getUserByEmail(ORGANIZER);
    }

    static MailFolder inbox() {
        try {
            return SharedServer.imap().getManagers().getImapHostManager().getInbox(imapUser());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long unreadInMailbox() {
        return inbox().getMessages().stream().filter(m -> !m.isSet(Flags.Flag.SEEN)).count();
    }

    /** Puts a reply in the organizer's mailbox as the client sends it; returns when (System.nanoTime). */
    static long deliver(ImipFixtures.Reply reply) {
        return deliverRaw(ImipFixtures.raw(reply));
    }

    static long deliverRaw(byte[] raw) {
        long at = System.nanoTime();
        imapUser().deliver(ImipFixtures.parse(raw));
        return at;
    }

    Map<String, Long> replyCounts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        api.get("api/email-replies?size=1", FACILITATOR).json().getJsonObject("counts")
                .forEach((outcome, n) -> counts.put(outcome, ((jakarta.json.JsonNumber) n).longValue()));
        return counts;
    }

    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The outbox's messages not sent to these addresses. */
    List<JsonObject> outboxItems(List<String> to) {
        return api.get("api/outbox", FACILITATOR).json().getJsonArray("unsent").getValuesAs(JsonObject.class).stream()
                .filter(m -> to.contains(m.getString("toEmail"))).toList();
    }

    List<JsonObject> guestsOf(long workshopId) {
        return Json.createReader(new StringReader(api.get("api/workshops/" + workshopId + "/invitations", FACILITATOR)
                .body())).readArray().getValuesAs(JsonObject.class);
    }

    JsonObject rsvpOf(long workshopId, String name) {
        return api.get("api/workshops/" + workshopId + "/rsvps", FACILITATOR).items().getValuesAs(JsonObject.class)
                .stream().filter(r -> name.equals(r.getString("name"))).findFirst()
                .orElse(Json.createObjectBuilder().add("name", name).add("answer", "none").add("byEmail", false).build());
    }

    static String text(BodyPart part) {
        try (var in = part.getInputStream(); var out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The member says they are going, as they must before bringing a friend. */
    private void going(long workshop, Api.Caller member) {
        long id = api.get("api/me", member).id();
        assertEquals(200, api.put("api/workshops/" + workshop + "/rsvps/" + id, "{\"answer\":\"GOING\"}", member, null)
                .status());
    }
}
