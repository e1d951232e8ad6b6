package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The learning loop through the public API of a real Payara Micro on a real Derby: a challenge
 * is brought, actions are agreed, and the next workshops ask what happened to them.
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class LearningLoopIT {

    final URL base = SharedServer.base();

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    // --- the story ------------------------------------------------------------------------

    /**
     * "Last Thursday on the 29th November the latest Coproduction Action Learning Set was held in
     * the Town Hall ... There were six initial projects ... From this last meeting a number of
     * actions have arisen." Then January asks what became of them, and February asks again.
     */
    @Test
    void theNovemberActionsAreFollowedUpInJanuaryAndTheLaggardIsStillAskedAboutInFebruary() {
        // The facilitator schedules the November workshop and the two after it.
        long november = workshop("Coproduction Action Learning Set", "2012-11-29", "Lambeth Town Hall", 30);
        long january = workshop("Coproduction Action Learning Set", "2013-01-23", "Room 8, Lambeth Town Hall", 30);
        long february = workshop("Coproduction Action Learning Set", "2013-02-27", "Room 8, Lambeth Town Hall", 30);

        // Six officers from various departments each register a project and bring a challenge to November.
        String[][] six = {
                {"Abena Okafor", "story.abena@lambeth.test", "Housing", "Co-producing the Housing departmental plan",
                        "How do we co-produce a large departmental plan with many customer groups and stakeholders?"},
                {"Tom Riley", "story.tom@lambeth.test", "Adult Social Care", "Day services review",
                        "How can we add co-production to a project that is already far along?"},
                {"Priya Shah", "story.priya@lambeth.test", "Children's Services", "Young carers' offer",
                        "How do we keep young carers involved after the first workshops?"},
                {"Dan Mensah", "story.dan@lambeth.test", "Neighbourhoods", "Estate food growing",
                        "Who should own the growing sites once the pilot ends?"},
                {"Lesley Robinson", "story.lesley@lambeth.test", "Adult Learning", "Urban farming course",
                        "How do we co-design an accredited course with residents?"},
                {"Sam Adeyemi", "story.sam@lambeth.test", "Public Health", "Healthy high streets",
                        "How do we reach traders who never come to meetings?"}};
        List<Api.Caller> officers = new ArrayList<>();
        List<Long> officerIds = new ArrayList<>();
        List<Long> challenges = new ArrayList<>();
        for (String[] o : six) {
            Api.Caller officer = api.person(o[0], o[1], "OFFICER");
            officers.add(officer);
            officerIds.add(api.get("api/me", officer).id());
            Api.Answer project = api.post("api/projects", Json.createObjectBuilder().add("title", o[3])
                    .add("department", o[2]).add("stakeholders", "residents, tenants' groups, voluntary sector")
                    .add("stage", "PLAN").build().toString(), officer);
            assertEquals(201, project.status(), project.body());
            Api.Answer challenge = api.post("api/projects/" + project.id() + "/challenges",
                    Json.createObjectBuilder().add("question", o[4]).add("workshopId", november).build().toString(),
                    officer);
            assertEquals(201, challenge.status(), challenge.body());
            challenges.add(challenge.id());
        }
        Api.Caller amara = officers.get(0);
        Api.Caller tom = officers.get(1);

        // The November agenda lists the six projects in the order they were brought; nothing is carried over yet.
        JsonObject novemberAgenda = api.get("api/workshops/" + november + "/agenda", FACILITATOR).json();
        assertEquals(6, novemberAgenda.getJsonArray("brought").size());
        assertEquals("Co-producing the Housing departmental plan",
                novemberAgenda.getJsonArray("brought").getJsonObject(0).getString("title"));
        assertEquals("Healthy high streets", novemberAgenda.getJsonArray("brought").getJsonObject(5).getString("title"));
        assertEquals(0, novemberAgenda.getJsonArray("carriedOver").size());

        // Everyone came, and a friend from outside the council too.
        Api.Answer came = api.post("api/workshops/" + november + "/attendance", Json.createObjectBuilder()
                .add("memberIds", Json.createArrayBuilder(officerIds))
                .add("guests", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Pamela Green")))
                .build().toString(), FACILITATOR);
        assertEquals(200, came.status(), came.body());

        // Two actions are agreed, in seconds each.
        long dos = action("Find a place online to record people's little 'do's' of coproduction",
                officerIds.get(0), "2013-01-23", november, challenges.get(0));
        long networks = action("Trial LinkedIn, Lino-it and the Cooperative Toolkit for keeping in touch",
                officerIds.get(1), "2013-01-23", november, challenges.get(1));

        // The November record, for sharing after the session.
        String record = api.get("api/workshops/" + november + "/record", FACILITATOR).body();
        assertTrue(record.contains("Pamela Green (guest)"), record);
        assertTrue(record.contains("Find a place online to record people's little 'do's'"), record);
        assertTrue(record.contains("Thursday 29 November 2012"), record);

        // Before January, both actions are on its agenda without anyone re-typing them.
        assertEquals(List.of(dos, networks), carriedOver(january));

        // In January Abena says the do's have a home: done. Tom has tried Lino-it only: in progress.
        Api.Answer done = api.post("api/actions/" + dos + "/follow-ups", Json.createObjectBuilder()
                .add("note", "The do's now have a page on the Cooperative Toolkit").add("status", "DONE")
                .add("workshopId", january).add("on", "2013-01-23").build().toString(), amara);
        assertEquals(201, done.status(), done.body());
        Api.Answer progress = api.post("api/actions/" + networks + "/follow-ups", Json.createObjectBuilder()
                .add("note", "Lino-it tried by four of us; the LinkedIn group is not started")
                .add("status", "IN_PROGRESS").add("workshopId", january).add("on", "2013-01-23").build().toString(), tom);
        assertEquals(201, progress.status(), progress.body());

        String januaryRecord = api.get("api/workshops/" + january + "/record?format=markdown", FACILITATOR).body();
        assertTrue(januaryRecord.contains("The do's now have a page on the Cooperative Toolkit | done"), januaryRecord);
        assertTrue(januaryRecord.contains("Lino\\-it tried by four of us"), januaryRecord);

        // February asks about the networks action again (carried over a second time), now overdue; the do's are gone.
        assertEquals(List.of(networks), carriedOver(january));
        assertEquals(List.of(networks), carriedOver(february));
        JsonObject stillOpen = api.get("api/workshops/" + february + "/agenda", FACILITATOR).json()
                .getJsonArray("carriedOver").getJsonObject(0);
        assertEquals("IN_PROGRESS", stillOpen.getString("status"));
        assertTrue(stillOpen.getBoolean("overdue"));
        assertEquals("Tom Riley", stillOpen.getString("ownerName"));
        assertTrue(api.get("api/workshops/" + february + "/record?format=markdown", FACILITATOR).body()
                .contains("in progress, overdue"));

        // The facilitator's tracker for November's actions: one done, one overdue.
        JsonObject tracker = api.get("api/actions?workshopId=" + november, FACILITATOR).json();
        assertEquals(2, tracker.getInt("total"));
        assertEquals(1, tracker.getJsonObject("counts").getInt("DONE"));
        assertEquals(1, tracker.getJsonObject("counts").getInt("IN_PROGRESS"));
        assertEquals(1, tracker.getJsonObject("counts").getInt("OVERDUE"));
        JsonObject overdue = api.get("api/actions?workshopId=" + november + "&overdue=true", FACILITATOR).json();
        assertEquals(1, overdue.getInt("total"));
        assertEquals(networks, overdue.getJsonArray("items").getJsonObject(0).getInt("id"));
        assertEquals(1, api.get("api/actions?department=adult%20social%20care&workshopId=" + november, FACILITATOR)
                .json().getInt("total"));

        // Tom's project moves to another department: its action follows it in the tracker, counts and all, at once.
        JsonObject dayServices = api.get("api/mine", tom).json().getJsonArray("projects").getJsonObject(0);
        long tomsProject = dayServices.getJsonNumber("id").longValue();
        Api.Answer movedProject = api.put("api/projects/" + tomsProject, Json.createObjectBuilder()
                .add("title", dayServices.getString("title")).add("department", "Adult Services")
                .add("stage", dayServices.getString("stage")).build().toString(), tom,
                api.get("api/projects/" + tomsProject, tom).etag());
        assertEquals(200, movedProject.status(), movedProject.body());
        JsonObject before = api.get("api/actions?department=Adult%20Social%20Care", FACILITATOR).json();
        assertEquals(0, before.getInt("total"));
        assertEquals(0, before.getJsonObject("counts").getInt("ALL"));
        JsonObject after = api.get("api/actions?department=adult%20services&status=IN_PROGRESS", FACILITATOR).json();
        assertEquals(1, after.getInt("total"));
        assertEquals(networks, after.getJsonArray("items").getJsonObject(0).getInt("id"));
        assertEquals("Adult Services", after.getJsonArray("items").getJsonObject(0).getString("department"));
        assertEquals(1, after.getJsonObject("counts").getInt("IN_PROGRESS"));

        // Tom's own page shows his project, his challenge and the action he still owes.
        JsonObject mine = api.get("api/mine", tom).json();
        assertEquals("Day services review", mine.getJsonArray("projects").getJsonObject(0).getString("title"));
        assertEquals(1, mine.getJsonArray("challenges").size());
        assertTrue(mine.getJsonArray("actions").getJsonObject(0).getBoolean("overdue"));

        // Abena's attendance history holds November.
        assertEquals(List.of(november), attended(officerIds.get(0), amara));
    }

    // --- RSVPs and the waiting list -------------------------------------------------------

    @Test
    void twoPeopleRacingForTheLastSeatGetOneSeatAndOneWaitingPlace() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long workshop = workshop("Last seat " + round, "2031-0" + (round + 1) + "-15", "Room 8", 1);
                Api.Caller first = api.person("Racer A" + round, "race.a" + round + "@lambeth.test", "OFFICER");
                Api.Caller second = api.person("Racer B" + round, "race.b" + round + "@lambeth.test", "OFFICER");
                long firstId = api.get("api/me", first).id();
                long secondId = api.get("api/me", second).id();
                CountDownLatch start = new CountDownLatch(1);
                Callable<Api.Answer> a = () -> {
                    start.await();
                    return api.put("api/workshops/" + workshop + "/rsvps/" + firstId, "{\"answer\":\"GOING\"}", first, null);
                };
                Callable<Api.Answer> b = () -> {
                    start.await();
                    return api.put("api/workshops/" + workshop + "/rsvps/" + secondId, "{\"answer\":\"GOING\"}", second, null);
                };
                Future<Api.Answer> fa = clients.submit(a);
                Future<Api.Answer> fb = clients.submit(b);
                start.countDown();
                Api.Answer ra = fa.get(60, TimeUnit.SECONDS);
                Api.Answer rb = fb.get(60, TimeUnit.SECONDS);
                assertEquals(200, ra.status(), ra.body());
                assertEquals(200, rb.status(), rb.body());
                List<String> places = List.of(ra.json().getString("place"), rb.json().getString("place"));
                assertTrue(places.contains("SEAT") && places.contains("WAITING"), "round " + round + ": " + places);

                JsonObject list = api.get("api/workshops/" + workshop + "/rsvps", FACILITATOR).json();
                assertEquals(1, list.getInt("seatsTaken"));
                assertEquals(1, list.getInt("waiting"));

                // The one with the seat withdraws: the waiting list moves up.
                boolean firstSeated = ra.json().getString("place").equals("SEAT");
                Api.Caller seated = firstSeated ? first : second;
                long seatedId = firstSeated ? firstId : secondId;
                long waitingId = firstSeated ? secondId : firstId;
                Api.Caller waiting = firstSeated ? second : first;
                assertEquals(1, api.get("api/workshops/" + workshop + "/rsvps/" + waitingId, waiting).json()
                        .getInt("waitingPosition"));
                Api.Answer withdrawn = api.put("api/workshops/" + workshop + "/rsvps/" + seatedId,
                        "{\"answer\":\"NOT_GOING\"}", seated, null);
                assertEquals("NOT_GOING", withdrawn.json().getString("answer"));
                assertEquals(null, Api.string(withdrawn.json(), "place"), "no seat, no queue");
                assertEquals("SEAT", api.get("api/workshops/" + workshop + "/rsvps/" + waitingId, waiting).json()
                        .getString("place"));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aGuestWithoutAnAccountQueuesLikeEveryoneAndMovesUpWhenAMemberWithdraws() {
        long workshop = workshop("Bring a friend", "2031-09-24", "Room 8", 1);
        Api.Caller officer = api.person("Seated Sol", "guest.sol@lambeth.test", "OFFICER");
        long sol = api.get("api/me", officer).id();
        assertEquals("SEAT", api.put("api/workshops/" + workshop + "/rsvps/" + sol, "{\"answer\":\"GOING\"}", officer,
                null).json().getString("place"));
        String guest = "api/workshops/" + workshop + "/rsvps/guests/4711";
        JsonObject queued = api.put(guest, "{\"answer\":\"GOING\",\"guestName\":\"Pamela Green\"}", FACILITATOR, null)
                .json();
        assertEquals("WAITING", queued.getString("place"));
        assertEquals("Pamela Green", queued.getString("name"));
        assertEquals(1, queued.getInt("waitingPosition"));
        api.put("api/workshops/" + workshop + "/rsvps/" + sol, "{\"answer\":\"MAYBE\"}", officer, null);
        JsonObject list = api.get("api/workshops/" + workshop + "/rsvps", FACILITATOR).json();
        JsonObject seated = list.getJsonArray("items").getJsonObject(0);
        assertEquals("Pamela Green", seated.getString("name"));
        assertEquals("SEAT", seated.getString("place"));
        assertEquals(4711, seated.getInt("guestInvitationId"));
        assertEquals(400, api.put(guest, "{\"answer\":\"GOING\"}", FACILITATOR, null).status(), "a guest needs a name");
        assertEquals(403, api.put(guest, "{\"answer\":\"GOING\",\"guestName\":\"X\"}", officer, null).status());
    }

    @Test
    void answersAreRefusedForCancelledAndPastWorkshops() {
        Api.Caller officer = api.person("Late Lee", "late.lee@lambeth.test", "OFFICER");
        long me = api.get("api/me", officer).id();
        long past = workshop("Long gone", "2012-10-10", "Room 8", 10);
        assertEquals(409, api.put("api/workshops/" + past + "/rsvps/" + me, "{\"answer\":\"GOING\"}", officer, null)
                .status());
        long cancelled = workshop("Called off", "2031-10-10", "Room 8", 10);
        api.post("api/workshops/" + cancelled + "/cancel", null, FACILITATOR);
        assertEquals(409, api.put("api/workshops/" + cancelled + "/rsvps/" + me, "{\"answer\":\"GOING\"}", officer,
                null).status());
        long future = workshop("Not yet", "2031-11-12", "Room 8", 10);
        Api.Answer early = api.post("api/workshops/" + future + "/attendance",
                "{\"memberIds\":[" + me + "]}", FACILITATOR);
        assertEquals(409, early.status(), "attendance is recorded at or after the workshop: " + early.body());
        assertEquals(400, api.put("api/workshops/" + future + "/rsvps/" + me, "{\"answer\":\"PERHAPS\"}", officer,
                null).status());
    }

    // --- CSV -----------------------------------------------------------------------------------

    @Test
    void actionsExportAsCsvThatASpreadsheetReadsBack() throws Exception {
        long workshop = workshop("Export", "2012-12-12", "Room 8", 20);
        long zoe = api.post("api/members", Json.createObjectBuilder().add("name", "Zoë O'Brien, \"Jo\"")
                .add("email", "zoe@lambeth.test").build().toString(), FACILITATOR).id();
        long dafydd = api.post("api/members", Json.createObjectBuilder().add("name", "Dafydd ap Gwŷn, Łukasz Żółć")
                .add("email", "dafydd@lambeth.test").build().toString(), FACILITATOR).id();
        String multiline = "Ask the tenants' forum, the TRA and \"Friends of Brockwell\"\nthen report back";
        action(multiline, zoe, "2013-01-23", workshop, null);
        action("=HYPERLINK(\"http://evil.example\",\"click\")", dafydd, "2099-01-01", workshop, null);

        Api.Answer csv = api.get("api/actions/csv?workshopId=" + workshop, FACILITATOR);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").orElse("").contains("attachment"));
        assertTrue(csv.body().startsWith("\uFEFF"), "byte order mark for Excel");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1)))) {
            rows = parser.getRecords();
        }
        assertEquals(2, rows.size());
        assertEquals(multiline, rows.get(0).get("action"));
        assertEquals("Zoë O'Brien, \"Jo\"", rows.get(0).get("owner"));
        assertEquals("yes", rows.get(0).get("overdue"));
        assertEquals("Dafydd ap Gwŷn, Łukasz Żółć", rows.get(1).get("owner"));
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", rows.get(1).get("action"),
                "a formula is shown, not run");
        assertEquals("2099-01-01", rows.get(1).get("due"));
    }

    @Test
    void theRecordShowsWhatWasTypedAndRunsNothing() {
        Api.Caller officer = api.person("Mal Formed", "mal@lambeth.test", "OFFICER");
        long workshop = workshop("Escaping", "2012-12-05", "Room 8", 20);
        long project = api.post("api/projects", Json.createObjectBuilder()
                .add("title", "<script>alert(1)</script> *urgent* [plan](http://evil.example)").build().toString(),
                officer).id();
        api.post("api/projects/" + project + "/challenges", Json.createObjectBuilder()
                .add("question", "# Heading? | table | <b>bold</b>").add("workshopId", workshop).build().toString(),
                officer);
        Api.Answer html = api.get("api/workshops/" + workshop + "/record", officer);
        assertEquals(200, html.status());
        assertTrue(html.header("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(html.body().contains("<script>alert"), html.body());
        assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html.body());
        assertFalse(html.body().contains("<b>bold</b>"));
        Api.Answer markdown = api.get("api/workshops/" + workshop + "/record?format=markdown", officer);
        assertTrue(markdown.header("Content-Type").orElse("").startsWith("text/markdown"));
        assertTrue(markdown.body().contains("\\*urgent\\* \\[plan\\]\\(http://evil\\.example\\)"), markdown.body());
        assertTrue(markdown.body().contains("\\# Heading? \\| table \\| \\<b\\>bold\\</b\\>"), markdown.body());
    }

    // --- who may do what ------------------------------------------------------------------

    @Test
    void anonymousCallersAreAskedToSignInForEveryLoopEndpoint() {
        for (String call : List.of("GET api/projects", "POST api/projects", "GET api/projects/1", "PUT api/projects/1",
                "GET api/projects/1/challenges", "POST api/projects/1/challenges", "GET api/challenges/1",
                "PUT api/challenges/1", "GET api/workshops/1/rsvps", "GET api/workshops/1/rsvps/1",
                "PUT api/workshops/1/rsvps/1", "PUT api/workshops/1/rsvps/guests/1", "GET api/workshops/1/attendance", "POST api/workshops/1/attendance",
                "DELETE api/workshops/1/attendance/1", "GET api/members/1/attendance", "GET api/actions",
                "POST api/actions", "GET api/actions/csv", "GET api/actions/1", "POST api/actions/1/follow-ups",
                "GET api/workshops/1/agenda", "GET api/workshops/1/record", "GET api/mine")) {
            String[] parts = call.split(" ");
            boolean body = parts[0].equals("POST") || parts[0].equals("PUT");
            Api.Answer answer = api.send(parts[0], parts[1], body ? "{}" : null, ANONYMOUS, null);
            assertEquals(401, answer.status(), call + ": " + answer.body());
            assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), call);
        }
    }

    @Test
    void officersChangeOnlyTheirOwnAndOnlyFacilitatorsRecordAttendanceAndCaptureActions() {
        Api.Caller owner = api.person("Olu Owner", "rule.owner@lambeth.test", "OFFICER");
        Api.Caller other = api.person("Nia Nosy", "rule.other@lambeth.test", "OFFICER");
        long ownerId = api.get("api/me", owner).id();
        long workshop = workshop("Rules", "2012-12-19", "Room 8", 20);
        long future = workshop("Rules ahead", "2031-12-17", "Room 8", 20);
        Api.Answer project = api.post("api/projects", "{\"title\":\"Owner's project\"}", owner);
        long challenge = api.post("api/projects/" + project.id() + "/challenges",
                "{\"question\":\"Owner's question\",\"workshopId\":" + workshop + "}", owner).id();
        long action = action("Owner's action", ownerId, "2013-01-23", workshop, challenge);
        assertEquals(200, api.put("api/workshops/" + future + "/rsvps/" + ownerId, "{\"answer\":\"GOING\"}", owner,
                null).status());

        List<String[]> refused = List.of(
                new String[]{"PUT", "api/projects/" + project.id(), "{\"title\":\"Hijacked\"}"},
                new String[]{"POST", "api/projects/" + project.id() + "/challenges", "{\"question\":\"Mine now\"}"},
                new String[]{"PUT", "api/challenges/" + challenge, "{\"question\":\"Rewritten\"}"},
                new String[]{"POST", "api/projects", "{\"title\":\"For someone else\",\"ownerId\":" + ownerId + "}"},
                new String[]{"GET", "api/workshops/" + future + "/rsvps", null},
                new String[]{"GET", "api/workshops/" + future + "/rsvps/" + ownerId, null},
                new String[]{"PUT", "api/workshops/" + future + "/rsvps/" + ownerId, "{\"answer\":\"NOT_GOING\"}"},
                new String[]{"GET", "api/workshops/" + workshop + "/attendance", null},
                new String[]{"POST", "api/workshops/" + workshop + "/attendance", "{\"memberIds\":[" + ownerId + "]}"},
                new String[]{"DELETE", "api/workshops/" + workshop + "/attendance/1", null},
                new String[]{"GET", "api/members/" + ownerId + "/attendance", null},
                new String[]{"GET", "api/actions", null},
                new String[]{"GET", "api/actions/csv", null},
                new String[]{"POST", "api/actions", Json.createObjectBuilder().add("description", "Self-assigned")
                        .add("ownerId", ownerId).add("workshopId", workshop).build().toString()},
                new String[]{"POST", "api/actions/" + action + "/follow-ups", "{\"note\":\"Done it\",\"status\":\"DONE\"}"});
        for (String[] call : refused) {
            Api.Answer answer = api.send(call[0], call[1], call[2], other, null);
            assertEquals(403, answer.status(), call[0] + " " + call[1] + ": " + answer.body());
            assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), call[1]);
        }
        // nothing changed behind the refusals
        assertEquals("Owner's project", api.get("api/projects/" + project.id(), owner).json().getString("title"));
        assertEquals("Owner's question", api.get("api/challenges/" + challenge, owner).json().getString("question"));
        assertEquals("SEAT", api.get("api/workshops/" + future + "/rsvps/" + ownerId, owner).json().getString("place"));
        assertEquals("OPEN", api.get("api/actions/" + action, owner).json().getJsonObject("action").getString("status"));

        // ...while the owner may do each of those things
        String tag = api.get("api/projects/" + project.id(), owner).etag();
        assertEquals(200, api.put("api/projects/" + project.id(),
                "{\"title\":\"Owner's project, renamed\",\"stage\":\"DO\"}", owner, tag).status());
        assertEquals(409, api.put("api/projects/" + project.id(), "{\"title\":\"Stale\"}", owner, tag).status());
        assertEquals(201, api.post("api/actions/" + action + "/follow-ups", "{\"note\":\"Started\",\"status\":\"IN_PROGRESS\"}",
                owner).status());
        assertEquals(200, api.get("api/members/" + ownerId + "/attendance", owner).status());
    }

    // --- helpers -------------------------------------------------------------------------

    long workshop(String title, String date, String location, int capacity) {
        Api.Answer created = api.post("api/workshops", Json.createObjectBuilder().add("title", title)
                .add("start", date + "T10:00").add("end", date + "T12:00").add("location", location)
                .add("capacity", capacity).build().toString(), FACILITATOR);
        assertEquals(201, created.status(), created.body());
        return created.id();
    }

    long action(String description, long ownerId, String due, long workshopId, Long challengeId) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("description", description).add("ownerId", ownerId)
                .add("due", due).add("workshopId", workshopId);
        if (challengeId != null) {
            form.add("challengeId", challengeId);
        }
        Api.Answer created = api.post("api/actions", form.build().toString(), FACILITATOR);
        assertEquals(201, created.status(), created.body());
        return created.id();
    }

    List<Long> attended(long memberId, Api.Caller as) {
        return Json.createReader(new StringReader(api.get("api/members/" + memberId + "/attendance", as).body()))
                .readArray().getValuesAs(JsonObject.class).stream()
                .map(w -> w.getJsonNumber("workshopId").longValue()).toList();
    }

    List<Long> carriedOver(long workshopId) {
        return api.get("api/workshops/" + workshopId + "/agenda", FACILITATOR).json().getJsonArray("carriedOver")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    /** Between workshops, an officer asks the network who has faced their challenge before. */
    @org.junit.jupiter.api.Test
    void aChallengeFindsThePeersWhoseProjectsAndDoneActionsMatchIt() {
        Api.Caller asker = api.person("Asha Asker", "asha@peers.test", "OFFICER");
        Api.Caller budgeter = api.person("Bilal Budget", "bilal@peers.test", "OFFICER");
        Api.Caller gardener = api.person("Gita Garden", "gita@peers.test", "OFFICER");
        long workshop = api.post("api/workshops", "{\"title\":\"Peers\",\"start\":\"2031-01-22T10:00\","
                + "\"end\":\"2031-01-22T12:00\"}", Api.FACILITATOR).id();
        api.post("api/projects", "{\"title\":\"Participatory budgeting in Brixton\",\"department\":\"Finance\","
                + "\"summary\":\"Residents vote on how the ward budget is spent\",\"stage\":\"DO\"}", budgeter);
        api.post("api/projects", "{\"title\":\"Growing food on Tulse Hill\",\"department\":\"Parks\","
                + "\"summary\":\"A polytunnel with residents\",\"stage\":\"DO\"}", gardener);
        long gitaId = api.get("api/me", gardener).id();
        long action = api.post("api/actions", "{\"description\":\"Publish the ward budget vote results\","
                + "\"ownerId\":" + api.get("api/me", budgeter).id() + ",\"workshopId\":" + workshop + "}",
                Api.FACILITATOR).id();
        api.post("api/actions/" + action + "/follow-ups", "{\"note\":\"Results published on the ward budget page\","
                + "\"status\":\"DONE\"}", budgeter);

        long project = api.post("api/projects", "{\"title\":\"Ward budget plan\",\"stage\":\"PLAN\"}", asker).id();
        long challenge = api.post("api/projects/" + project + "/challenges",
                "{\"question\":\"How do we let residents vote on the ward budget?\"}", asker).id();
        Api.Answer suggestions = api.get("api/network/suggestions?kind=challenge&id=" + challenge, asker);
        org.junit.jupiter.api.Assertions.assertEquals(200, suggestions.status(), suggestions.body());
        var list = jakarta.json.Json.createReader(new java.io.StringReader(suggestions.body())).readArray()
                .getValuesAs(jakarta.json.JsonObject.class);
        org.junit.jupiter.api.Assertions.assertFalse(list.isEmpty(), suggestions.body());
        org.junit.jupiter.api.Assertions.assertEquals("Bilal Budget", list.get(0).getString("name"), suggestions.body());
        org.junit.jupiter.api.Assertions.assertTrue(list.stream().noneMatch(s -> s.getString("name").equals("Asha Asker")));
        long top = list.get(0).getJsonNumber("score").longValue();
        list.stream().filter(s -> s.getJsonNumber("memberId").longValue() == gitaId).forEach(s ->
                org.junit.jupiter.api.Assertions.assertTrue(s.getJsonNumber("score").longValue() * 3 < top,
                        "the gardener shares only a word with the question: " + suggestions.body()));
    }
}
