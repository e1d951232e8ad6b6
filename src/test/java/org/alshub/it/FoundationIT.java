package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The foundation through the public API of a real Payara Micro on a real Derby: who may do what,
 * members, workshops and monthly series, and errors a user can act on.
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class FoundationIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final URL base = SharedServer.base();

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    // --- who may call what ---------------------------------------------------------------

    @Test
    void anonymousCallersAreAskedToSignInEverywhere() {
        for (String[] call : List.of(
                new String[]{"GET", "api/me"}, new String[]{"GET", "api/members"}, new String[]{"POST", "api/members"},
                new String[]{"GET", "api/members/1"}, new String[]{"PUT", "api/members/1"},
                new String[]{"POST", "api/members/1/account"}, new String[]{"GET", "api/workshops"},
                new String[]{"POST", "api/workshops"}, new String[]{"GET", "api/workshops/1"},
                new String[]{"PUT", "api/workshops/1"}, new String[]{"POST", "api/workshops/1/cancel"},
                new String[]{"GET", "api/series"}, new String[]{"POST", "api/series"},
                new String[]{"GET", "api/series/1"}, new String[]{"POST", "api/series/1/changes"})) {
            Api.Answer answer = api.send(call[0], call[1], call[0].equals("GET") ? null : "{}", ANONYMOUS, null);
            assertEquals(401, answer.status(), call[0] + " " + call[1]);
            assertTrue(answer.header("WWW-Authenticate").orElse("").startsWith("Basic"), call[1]);
            assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), call[1]);
        }
    }

    @Test
    void officersAreRefusedWhatOnlyFacilitatorsMayDo() {
        Api.Caller officer = api.person("Olu Officer", "olu@lambeth.test", "OFFICER");
        long workshop = api.post("api/workshops", workshopJson("Refusals", "2027-03-10T10:00", "2027-03-10T12:00"),
                FACILITATOR).id();
        long series = api.post("api/series", seriesJson("first Monday", "2027-01-01"), FACILITATOR).id();
        for (String[] call : List.of(
                new String[]{"POST", "api/members", memberJson("Someone", "someone@lambeth.test")},
                new String[]{"POST", "api/members/1/account", "{\"role\":\"OFFICER\"}"},
                new String[]{"POST", "api/workshops", workshopJson("Mine", "2027-03-10T10:00", "2027-03-10T12:00")},
                new String[]{"PUT", "api/workshops/" + workshop, workshopJson("Moved", "2027-03-11T10:00", "2027-03-11T12:00")},
                new String[]{"POST", "api/workshops/" + workshop + "/cancel", null},
                new String[]{"POST", "api/series", seriesJson("last Friday", "2027-01-01")},
                new String[]{"POST", "api/series/" + series + "/changes", "{\"from\":\"2027-06-01\",\"startTime\":\"14:00\"}"})) {
            Api.Answer answer = api.send(call[0], call[1], call[2], officer, null);
            assertEquals(403, answer.status(), call[0] + " " + call[1] + ": " + answer);
            assertTrue(answer.json().getString("detail").contains("facilitators"), answer.body());
        }
        assertEquals("SCHEDULED", api.get("api/workshops/" + workshop, FACILITATOR).json().getString("status"));
        assertEquals(200, api.get("api/workshops/" + workshop, officer).status());
        assertEquals(200, api.get("api/series/" + series, officer).status());
    }

    @Test
    void aWrongPasswordIsRefused() {
        api.person("Pat Password", "pat@lambeth.test", "OFFICER");
        Api.Answer answer = api.get("api/me", new Api.Caller("pat@lambeth.test", "not-the-password"));
        assertEquals(401, answer.status());
        assertEquals(401, api.get("api/me", new Api.Caller("nobody@lambeth.test", "whatever-it-is")).status());
    }

    // --- members -------------------------------------------------------------------------

    @Test
    void facilitatorsAddOfficersWhoThenSignInAsThemselves() {
        Api.Caller officer = api.person("Sam Officer", "Sam.Officer@Lambeth.test", "OFFICER");
        JsonObject me = api.get("api/me", new Api.Caller("sam.officer@lambeth.test", officer.password())).json();
        assertEquals("Sam Officer", me.getString("name"));
        assertEquals("OFFICER", me.getString("role"));
        assertEquals("FACILITATOR", api.get("api/me", FACILITATOR).json().getString("role"));
    }

    @Test
    void anAccountWithoutAPasswordGetsAGeneratedOneShownOnce() {
        long id = api.post("api/members", memberJson("Gen Erated", "gen@lambeth.test"), FACILITATOR).id();
        Api.Answer opened = api.post("api/members/" + id + "/account", "{\"role\":\"OFFICER\"}", FACILITATOR);
        assertEquals(201, opened.status(), opened.body());
        String password = opened.json().getString("password");
        assertTrue(password.length() >= 16);
        assertEquals(200, api.get("api/me", new Api.Caller("gen@lambeth.test", password)).status());
        assertEquals(409, api.post("api/members/" + id + "/account", "{\"role\":\"OFFICER\"}", FACILITATOR).status());
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        assertEquals(201, api.post("api/members", memberJson("Jo One", "jo@council.test"), FACILITATOR).status());
        Api.Answer again = api.post("api/members", memberJson("Jo Two", "JO@Council.TEST"), FACILITATOR);
        assertEquals(409, again.status());
        assertTrue(again.json().getString("detail").contains("email"));
    }

    @Test
    void aStaleUpdateIsRefusedAndNothingIsOverwritten() {
        Api.Answer created = api.post("api/members", memberJson("Val Version", "val@lambeth.test"), FACILITATOR);
        String path = "api/members/" + created.id();
        String firstTag = api.get(path, FACILITATOR).etag();
        Api.Answer first = api.put(path, memberJson("Val Renamed", "val@lambeth.test"), FACILITATOR, firstTag);
        assertEquals(200, first.status(), first.body());
        assertNotEquals(firstTag, first.etag());
        Api.Answer stale = api.put(path, memberJson("Val Overwritten", "val@lambeth.test"), FACILITATOR, firstTag);
        assertEquals(409, stale.status());
        assertEquals("Val Renamed", api.get(path, FACILITATOR).json().getString("name"));

        long workshop = api.post("api/workshops", workshopJson("Versioned", "2027-05-05T10:00", "2027-05-05T12:00"),
                FACILITATOR).id();
        String tag = api.get("api/workshops/" + workshop, FACILITATOR).etag();
        assertEquals(200, api.put("api/workshops/" + workshop,
                workshopJson("Versioned", "2027-05-06T10:00", "2027-05-06T12:00"), FACILITATOR, tag).status());
        assertEquals(409, api.put("api/workshops/" + workshop,
                workshopJson("Versioned", "2027-05-07T10:00", "2027-05-07T12:00"), FACILITATOR, tag).status());
        assertEquals("2027-05-06T10:00:00", api.get("api/workshops/" + workshop, FACILITATOR).json().getString("start"));
    }

    @Test
    void officersChangeOnlyTheirOwnProfileAndSeeOnlyTheDirectory() {
        Api.Caller officer = api.person("Kim Keen", "kim@lambeth.test", "OFFICER");
        long kim = api.get("api/me", officer).id();
        long hidden = api.post("api/members", Json.createObjectBuilder().add("name", "Hana Hidden")
                .add("email", "hana@resident.test").add("affiliations", Json.createArrayBuilder().add("RESIDENT"))
                .add("listedInDirectory", false).build().toString(), FACILITATOR).id();

        Api.Answer own = api.put("api/members/" + kim, memberJson("Kim Keener", "kim@lambeth.test"), officer, null);
        assertEquals(200, own.status(), own.body());
        long other = api.get("api/me", api.person("Lee Listed", "lee@lambeth.test", "OFFICER")).id();
        assertEquals(403, api.put("api/members/" + other, memberJson("Lee Hacked", "lee@lambeth.test"), officer, null).status());
        assertEquals("Lee Listed", api.get("api/members/" + other, FACILITATOR).json().getString("name"));

        assertEquals(404, api.get("api/members/" + hidden, officer).status());
        assertEquals(200, api.get("api/members/" + hidden, FACILITATOR).status());
        String directory = api.get("api/members?size=100", officer).body();
        assertFalse(directory.contains("hana@resident.test"));
        assertTrue(directory.contains("lee@lambeth.test"));
        assertTrue(api.get("api/members?size=100", FACILITATOR).body().contains("hana@resident.test"));
    }

    // --- errors a user can act on --------------------------------------------------------

    @Test
    void badInputIsRefusedNamingTheField() {
        assertField(api.post("api/workshops", "{\"start\":\"2027-01-01T10:00\",\"end\":\"2027-01-01T12:00\"}", FACILITATOR), "title");
        assertField(api.post("api/workshops", workshopJson("Backwards", "2027-01-01T12:00", "2027-01-01T10:00"), FACILITATOR), "end");
        assertField(api.post("api/workshops", Json.createObjectBuilder().add("title", "Zone")
                .add("start", "2027-01-01T10:00").add("end", "2027-01-01T11:00").add("timeZone", "Mars/Olympus")
                .build().toString(), FACILITATOR), "timeZone");
        assertField(api.post("api/series", seriesJson("fifth Monday", "2027-01-01"), FACILITATOR), "rule");
        assertField(api.post("api/series", seriesJson("every so often", "2027-01-01"), FACILITATOR), "rule");
        assertField(api.post("api/members", memberJson("No Email", "not-an-email"), FACILITATOR), "email");
        assertField(api.post("api/members", Json.createObjectBuilder().add("name", "Odd").add("email", "odd@x.test")
                .add("affiliations", Json.createArrayBuilder().add("WIZARD")).build().toString(), FACILITATOR), "affiliations");
        assertField(api.post("api/members/1/account", "{\"role\":\"OFFICER\",\"password\":\"short\"}", FACILITATOR), "password");
        assertField(api.get("api/workshops?size=500", FACILITATOR), "size");
        assertField(api.get("api/workshops?when=someday", FACILITATOR), "when");

        Api.Answer malformed = api.post("api/workshops", "{\"title\": ", FACILITATOR);
        assertEquals(400, malformed.status());
        assertProblem(malformed);
        Api.Answer wrongType = api.post("api/workshops", "{\"title\":\"x\",\"start\":\"tomorrow\"}", FACILITATOR);
        assertEquals(400, wrongType.status());
        assertProblem(wrongType);
        Api.Answer missing = api.get("api/workshops/987654", FACILITATOR);
        assertEquals(404, missing.status());
        assertProblem(missing);
        assertEquals(404, api.get("api/nowhere", FACILITATOR).status());
    }

    // --- workshops and monthly series ----------------------------------------------------

    @Test
    void seriesFollowTheirRuleThroughBothClockChanges() {
        record Rule(String words, Function<YearMonth, LocalDate> date) {
        }
        List<Rule> rules = List.of(
                new Rule("fourth Wednesday", m -> m.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.WEDNESDAY))),
                new Rule("last Thursday", m -> m.atDay(1).with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY))),
                new Rule("first Monday", m -> m.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))),
                new Rule("the 15th", m -> m.atDay(15)),
                new Rule("the 31st", YearMonth::atEndOfMonth));
        LocalDate horizon = LocalDate.now(LONDON).plusMonths(12);
        for (Rule rule : rules) {
            Api.Answer created = api.post("api/series", seriesJson(rule.words(), "2026-01-01"), FACILITATOR);
            assertEquals(201, created.status(), created.body());
            List<JsonObject> occurrences = created.json().getJsonArray("occurrences").getValuesAs(JsonObject.class);
            List<LocalDate> expected = new ArrayList<>();
            for (YearMonth month = YearMonth.of(2026, 1); !month.atDay(1).isAfter(horizon); month = month.plusMonths(1)) {
                LocalDate date = rule.date().apply(month);
                if (!date.isAfter(horizon)) {
                    expected.add(date);
                }
            }
            assertEquals(expected, occurrences.stream().map(o -> LocalDate.parse(o.getString("occurrenceDate"))).toList(),
                    rule.words());
            for (JsonObject occurrence : occurrences) {
                LocalDate date = LocalDate.parse(occurrence.getString("occurrenceDate"));
                OffsetDateTime expectedStart = date.atTime(LocalTime.of(10, 0)).atZone(LONDON).toOffsetDateTime();
                assertEquals(expectedStart, OffsetDateTime.parse(occurrence.getString("startsAt")), rule.words() + " " + date);
                assertEquals(expectedStart.plusHours(2), OffsetDateTime.parse(occurrence.getString("endsAt")));
                assertEquals(date.atTime(10, 0).toString(), occurrence.getString("start").substring(0, 16));
            }
        }
        // the clocks went forward on 29 March 2026 and back on 25 October 2026: 10:00 stays 10:00
        JsonObject march = occurrence("fourth Wednesday", "2026-03-25");
        JsonObject april = occurrence("fourth Wednesday", "2026-04-22");
        JsonObject november = occurrence("fourth Wednesday", "2026-11-25");
        assertEquals("2026-03-25T10:00Z", OffsetDateTime.parse(march.getString("startsAt")).toString());
        assertEquals("2026-04-22T10:00+01:00", OffsetDateTime.parse(april.getString("startsAt")).toString());
        assertEquals("2026-11-25T10:00Z", OffsetDateTime.parse(november.getString("startsAt")).toString());
    }

    @Test
    void oneOccurrenceIsMovedOrCancelledWithoutTouchingTheOthers() {
        JsonObject series = api.post("api/series", seriesJson("fourth Wednesday", "2027-01-01"), FACILITATOR).json();
        List<JsonObject> before = series.getJsonArray("occurrences").getValuesAs(JsonObject.class);
        JsonObject february = before.get(1);
        JsonObject march = before.get(2);

        Api.Answer moved = api.put("api/workshops/" + february.getInt("id"),
                workshopJson("Coproduction ALS (moved)", "2027-02-25T14:00", "2027-02-25T16:00"), FACILITATOR, null);
        assertEquals(200, moved.status(), moved.body());
        assertTrue(moved.json().getBoolean("moved"));
        assertEquals(1, moved.json().getInt("sequence"));
        Api.Answer cancelled = api.post("api/workshops/" + march.getInt("id") + "/cancel", null, FACILITATOR);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(1, cancelled.json().getInt("sequence"));

        List<JsonObject> after = api.get("api/series/" + series.getInt("id"), FACILITATOR).json()
                .getJsonArray("occurrences").getValuesAs(JsonObject.class);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (i == 1 || i == 2) {
                continue;
            }
            assertEquals(before.get(i).getString("startsAt"), after.get(i).getString("startsAt"));
            assertEquals("SCHEDULED", after.get(i).getString("status"));
            assertEquals(0, after.get(i).getInt("sequence"));
        }
        assertEquals("2027-02-24", after.get(1).getString("occurrenceDate"), "a moved occurrence keeps its place in the series");
        assertEquals("2027-02-25T14:00:00Z", after.get(1).getString("startsAt"));
    }

    @Test
    void aSeriesChangedFromADateOnwardKeepsItsPastAndMovesItsFuture() {
        JsonObject series = api.post("api/series", seriesJson("fourth Wednesday", "2027-01-01"), FACILITATOR).json();
        List<JsonObject> before = series.getJsonArray("occurrences").getValuesAs(JsonObject.class);
        Api.Answer changed = api.post("api/series/" + series.getInt("id") + "/changes",
                "{\"from\":\"2027-06-01\",\"rule\":\"first Monday\",\"startTime\":\"14:00\",\"location\":\"Room 9\"}",
                FACILITATOR);
        assertEquals(201, changed.status(), changed.body());
        JsonObject next = changed.json();
        assertEquals("first Monday", next.getString("rule"));
        List<JsonObject> continued = next.getJsonArray("occurrences").getValuesAs(JsonObject.class);
        for (JsonObject occurrence : continued) {
            LocalDate date = LocalDate.parse(occurrence.getString("occurrenceDate"));
            assertEquals(DayOfWeek.MONDAY, date.getDayOfWeek());
            assertTrue(date.getDayOfMonth() <= 7);
            assertEquals(date.atTime(14, 0).atZone(LONDON).toOffsetDateTime(),
                    OffsetDateTime.parse(occurrence.getString("startsAt")));
            assertEquals("Room 9", occurrence.getString("location"));
        }
        // occurrences from June kept their ids: what is attached to them stays attached
        List<Integer> oldIdsFromJune = before.stream()
                .filter(o -> !LocalDate.parse(o.getString("occurrenceDate")).isBefore(LocalDate.of(2027, 6, 1)))
                .map(o -> o.getInt("id")).toList();
        assertTrue(continued.stream().map(o -> o.getInt("id")).toList().containsAll(oldIdsFromJune));
        JsonObject old = api.get("api/series/" + series.getInt("id"), FACILITATOR).json();
        assertEquals("2027-06-01", old.getString("endsBefore"));
        assertEquals(5, old.getJsonArray("occurrences").size(), "January to May stay with the old series");
        old.getJsonArray("occurrences").getValuesAs(JsonObject.class)
                .forEach(o -> assertTrue(o.getString("startsAt").contains("T10:00")));
    }

    @Test
    void upcomingAndPastListsArePagedInOrder() {
        for (int day = 1; day <= 5; day++) {
            api.post("api/workshops", workshopJson("Past " + day, "2012-10-0" + day + "T10:00", "2012-10-0" + day + "T12:00"),
                    FACILITATOR);
        }
        JsonObject firstPage = api.get("api/workshops?when=past&size=2", FACILITATOR).json();
        assertEquals(2, firstPage.getJsonArray("items").size());
        assertTrue(firstPage.getInt("total") >= 5);
        JsonObject secondPage = api.get("api/workshops?when=past&size=2&page=1", FACILITATOR).json();
        String newest = firstPage.getJsonArray("items").getJsonObject(0).getString("startsAt");
        String next = secondPage.getJsonArray("items").getJsonObject(0).getString("startsAt");
        // latest first; other tests' past workshops share the server, some starting at the same time
        assertFalse(OffsetDateTime.parse(next).isAfter(OffsetDateTime.parse(newest)), newest + " then " + next);

        List<JsonObject> upcoming = api.get("api/workshops?size=100", FACILITATOR).items().getValuesAs(JsonObject.class);
        for (int i = 1; i < upcoming.size(); i++) {
            assertFalse(OffsetDateTime.parse(upcoming.get(i).getString("startsAt"))
                    .isBefore(OffsetDateTime.parse(upcoming.get(i - 1).getString("startsAt"))));
        }
        upcoming.forEach(w -> assertTrue(OffsetDateTime.parse(w.getString("endsAt")).isAfter(OffsetDateTime.now())));

        // A workshop under way is still upcoming, and first; one that just ended is past. Totals follow at once.
        long upcomingBefore = api.get("api/workshops?size=1", FACILITATOR).json().getInt("total");
        long pastBefore = api.get("api/workshops?when=past&size=1", FACILITATOR).json().getInt("total");
        LocalDateTime now = LocalDateTime.now(LONDON).withSecond(0).withNano(0);
        // begun yesterday: no other test's workshop under way began sooner (they begin today at the earliest)
        long underWay = api.post("api/workshops", workshopJson("Under way", now.minusHours(26).toString(),
                now.plusHours(2).toString()), FACILITATOR).id();
        long justEnded = api.post("api/workshops", workshopJson("Just ended", now.minusMinutes(20).toString(),
                now.minusMinutes(2).toString()), FACILITATOR).id();
        JsonObject soonest = api.get("api/workshops?size=1", FACILITATOR).json();
        assertEquals(underWay, soonest.getJsonArray("items").getJsonObject(0).getInt("id"));
        assertEquals(upcomingBefore + 1, soonest.getInt("total"));
        JsonObject latest = api.get("api/workshops?when=past&size=1", FACILITATOR).json();
        assertEquals(justEnded, latest.getJsonArray("items").getJsonObject(0).getInt("id"));
        assertEquals(pastBefore + 1, latest.getInt("total"));

        // A workshop lasts a week at most: the bound that lets the list read the start index in order.
        Api.Answer tooLong = api.post("api/workshops", workshopJson("Retreat", "2031-03-01T10:00", "2031-03-08T10:01"),
                FACILITATOR);
        assertEquals(400, tooLong.status(), tooLong.body());
        assertTrue(tooLong.body().contains("\"end\""), tooLong.body());
        assertEquals(201, api.post("api/workshops", workshopJson("Week away", "2031-03-01T10:00", "2031-03-08T10:00"),
                FACILITATOR).status());
    }

    // --- operations ----------------------------------------------------------------------

    @Test
    void healthReportsTheDatabaseAndOpenApiStatesEveryRole() {
        Api.Answer health = api.get("health", ANONYMOUS);
        assertEquals(200, health.status());
        assertTrue(health.body().contains("\"database\""), health.body());

        var request = java.net.http.HttpRequest.newBuilder(api.uri("openapi")).header("Accept", "application/json").build();
        JsonObject openapi;
        try {
            String body = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            openapi = Json.createReader(new StringReader(body)).readObject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        JsonObject paths = openapi.getJsonObject("paths");
        int operations = 0;
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/")) {
                continue;
            }
            for (var operation : paths.getJsonObject(path).entrySet()) {
                if (operation.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                operations++;
                assertTrue(operation.getValue().asJsonObject().containsKey("x-roles"), operation.getKey() + " " + path);
            }
        }
        assertTrue(operations >= 14, "operations documented: " + operations);
    }

    // --- helpers -------------------------------------------------------------------------

    JsonObject occurrence(String rule, String date) {
        for (JsonObject series : api.get("api/series?size=100", FACILITATOR).items().getValuesAs(JsonObject.class)) {
            if (series.getString("rule").equals(rule) && series.getString("firstDate").equals("2026-01-01")) {
                for (JsonObject o : api.get("api/series/" + series.getInt("id"), FACILITATOR).json()
                        .getJsonArray("occurrences").getValuesAs(JsonObject.class)) {
                    if (o.getString("occurrenceDate").equals(date)) {
                        return o;
                    }
                }
            }
        }
        throw new AssertionError("no occurrence of " + rule + " on " + date);
    }

    static void assertField(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        assertProblem(answer);
        assertTrue(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals(field)), "field " + field + " named in " + answer.body());
    }

    static void assertProblem(Api.Answer answer) {
        assertAll(
                () -> assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), answer.body()),
                () -> assertEquals(answer.status(), answer.json().getInt("status")),
                () -> assertFalse(answer.body().matches("(?s).*(Exception|\\bat org\\.|java\\.|SQL|derby|eclipse).*"),
                        "leaks internals: " + answer.body()));
    }

    static String memberJson(String name, String email) {
        return Json.createObjectBuilder().add("name", name).add("email", email)
                .add("affiliations", Json.createArrayBuilder().add("OFFICER"))
                .add("organisation", "Lambeth").add("listedInDirectory", true).build().toString();
    }

    static String workshopJson(String title, String start, String end) {
        return Json.createObjectBuilder().add("title", title).add("start", start).add("end", end)
                .add("location", "Room 8, Town Hall").add("capacity", 20).build().toString();
    }

    static String seriesJson(String rule, String firstDate) {
        return Json.createObjectBuilder().add("title", "Coproduction ALS").add("rule", rule)
                .add("startTime", "10:00").add("durationMinutes", 120).add("firstDate", firstDate)
                .add("location", "Room 8, Town Hall").build().toString();
    }
}
