package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendars and guest invitations through a real Payara Micro: what a calendar app, a guest and
 * a mail client receive. The SMTP server is GreenMail, started here; the app reaches it through
 * the ALS_SMTP_* settings in pom.xml.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

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
            long cancelled = occurrences.get(14).getJsonNumber("id").longValue();
            assertEquals(200, api.post("api/workshops/" + cancelled + "/cancel", null, FACILITATOR).status());
            JsonObject moved = occurrences.get(16);
            String start = moved.getString("start").substring(0, 10) + "T15:30";
            String end = moved.getString("start").substring(0, 10) + "T17:00";
            assertEquals(200, api.put("api/workshops/" + moved.getJsonNumber("id").longValue(),
                    workshopJson("Series " + rule, start, end, "Room 9"), FACILITATOR, null).status());

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

    @Test
    void aGuestIsEmailedAnInvitationAcceptsItAndIsEmailedTheCancellation() throws Exception {
        long id = workshop("Guest workshop", "2030-05-15T10:00", "Room 8, Town Hall");
        int before = smtp.getReceivedMessages().length;
        Api.Answer invited = api.post("api/workshops/" + id + "/invitations",
                invite("Gwen Guest", "gwen@example.test", true), FACILITATOR);
        assertEquals(201, invited.status(), invited.body());
        assertTrue(invited.json().containsKey("emailedAt") && !invited.json().isNull("emailedAt"), invited.body());
        String token = linkToken(invited);

        MimeMessage mail = awaitMail(before + 1);
        assertEquals("gwen@example.test", mail.getAllRecipients()[0].toString().replaceAll(".*<|>.*", ""));
        BodyPart calendarPart = calendarPart(mail);
        assertTrue(calendarPart.getContentType().replaceAll("\\s", "").contains("method=REQUEST"), calendarPart.getContentType());
        Calendar request = Ics.parse(text(calendarPart));
        assertEquals("REQUEST", request.getProperty("METHOD").map(Property::getValue).orElseThrow());
        String attendee = eventOf(request, id).getProperty("ATTENDEE").map(Object::toString).orElseThrow();
        assertTrue(attendee.contains("RSVP=TRUE") && attendee.contains("mailto:gwen@example.test"), attendee);
        String plain = text(((Multipart) mail.getContent()).getBodyPart(0));
        assertTrue(plain.contains("invitations/" + token), plain);

        assertEquals(303, form("invitations/" + token, "answer=ACCEPTED").statusCode());
        JsonObject page = Json.createReader(new StringReader(get("invitations/" + token, null, "application/json").body())).readObject();
        assertEquals("ACCEPTED", page.getString("answer"));
        assertEquals("Gwen Guest", page.getString("name"));
        assertTrue(Ics.unfold(get("invitations/" + token + ".ics", null).body()).contains("PARTSTAT=ACCEPTED"));
        String html = get("invitations/" + token, null, "text/html").body();
        assertTrue(html.contains("Guest workshop") && html.contains("You said you will come."), html);

        int sequenceBefore = sequenceOf(request, id);
        assertEquals(200, api.post("api/workshops/" + id + "/cancel", null, FACILITATOR).status());
        assertEquals(200, api.post("api/invitations/" + invited.id() + "/email", null, FACILITATOR).status());
        BodyPart cancelPart = calendarPart(awaitMail(before + 2));
        assertTrue(cancelPart.getContentType().replaceAll("\\s", "").contains("method=CANCEL"), cancelPart.getContentType());
        Calendar cancel = Ics.parse(text(cancelPart));
        assertEquals("CANCEL", cancel.getProperty("METHOD").map(Property::getValue).orElseThrow());
        assertTrue(sequenceOf(cancel, id) > sequenceBefore);
        assertEquals(eventOf(request, id).getUid(), eventOf(cancel, id).getUid());
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

    @Test
    void aMemberFeedOpensByItsSecretLinkUntilResetAndCannotBeGuessed() {
        Api.Caller officer = api.person("Fiona Feed", "fiona.feed@lambeth.test", "OFFICER");
        workshop("Member feed workshop", "2030-07-10T10:00", "Room 8");
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
        assertTrue(unfolded.contains("PARTSTAT=NEEDS-ACTION") && unfolded.contains("mailto:fiona.feed@lambeth.test"), unfolded);
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

    static VEvent eventOf(Calendar calendar, long workshopId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith("workshop-" + workshopId + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no workshop " + workshopId));
    }

    static int sequenceOf(Calendar calendar, long workshopId) {
        return Integer.parseInt(eventOf(calendar, workshopId).getProperty("SEQUENCE").map(Property::getValue).orElseThrow());
    }

    static MimeMessage awaitMail(int count) throws InterruptedException {
        assertTrue(smtp.waitForIncomingEmail(15_000, count), "mail number " + count + " arrived");
        MimeMessage[] received = smtp.getReceivedMessages();
        return received[count - 1];
    }

    static BodyPart calendarPart(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().toLowerCase().startsWith("text/calendar")) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no text/calendar part");
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
