package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The network and the toolkit through the API of a real Payara Micro: do's and their search,
 * the toolkit and its feedback (with the public form's spam protection), the channel trial's
 * report, join requests, peer suggestions, and who may do what.
 *
 * The public forms are rate-limited per address and every test calls from 127.0.0.1: only
 * publicFeedbackIsLimitedPerAddress sends real public feedback, and at most three tests send
 * one real join request each (the limit is five at once).
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class NetworkIT {

    final URL base = SharedServer.base();

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    // --- who may call what ---------------------------------------------------------------

    @Test
    void anonymousCallersMaySeeTheOpenDoorButMustSignInForTheRest() {
        long practice = postPractice(api.person("Ann Open", "ann.open@lambeth.test", "OFFICER"),
                "Open door", "Anyone can read this", "open").id();
        long entry = addEntry("Open toolkit entry", "TOOL", "UNDERSTAND", "Readable by anyone");
        for (String path : List.of("api/practices", "api/practices/" + practice, "api/practices/" + practice + "/comments",
                "api/practices?q=open", "api/toolkit", "api/toolkit/" + entry, "api/toolkit?stage=UNDERSTAND")) {
            assertEquals(200, api.get(path, ANONYMOUS).status(), path);
        }
        for (String[] call : List.of(
                new String[]{"POST", "api/practices"}, new String[]{"GET", "api/practices/hidden"},
                new String[]{"PUT", "api/practices/" + practice}, new String[]{"POST", "api/practices/" + practice + "/tried"},
                new String[]{"POST", "api/practices/" + practice + "/comments"},
                new String[]{"POST", "api/practices/" + practice + "/hide"},
                new String[]{"POST", "api/practices/" + practice + "/publish"},
                new String[]{"POST", "api/toolkit"}, new String[]{"PUT", "api/toolkit/" + entry},
                new String[]{"POST", "api/toolkit/" + entry + "/feedback"},
                new String[]{"GET", "api/toolkit/" + entry + "/feedback"}, new String[]{"GET", "api/toolkit/feedback"},
                new String[]{"GET", "api/toolkit/feedback.csv"},
                new String[]{"POST", "api/trials"}, new String[]{"GET", "api/trials"}, new String[]{"GET", "api/trials/1"},
                new String[]{"PUT", "api/trials/1/months/2013-01"}, new String[]{"GET", "api/trials/1/report"},
                new String[]{"GET", "api/trials/1/report.csv"},
                new String[]{"GET", "api/join-requests"}, new String[]{"GET", "api/join-requests/1"},
                new String[]{"POST", "api/join-requests/1/accept"}, new String[]{"POST", "api/join-requests/1/decline"},
                new String[]{"GET", "api/network/suggestions?about=budget"})) {
            Api.Answer answer = api.send(call[0], call[1], call[0].equals("GET") ? null : "{}", ANONYMOUS, null);
            assertEquals(401, answer.status(), call[0] + " " + call[1] + ": " + answer);
            assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), call[1]);
        }
    }

    @Test
    void officersAreRefusedWhatOnlyFacilitatorsOwnersOrAuthorsMayDo() {
        Api.Caller author = api.person("Rae Author", "rae.author@lambeth.test", "OFFICER");
        Api.Caller other = api.person("Oz Other", "oz.other@lambeth.test", "OFFICER");
        long practice = postPractice(author, "Mine to change", "Only I may edit this", "refusal").id();
        long entry = addEntry("Facilitators' entry", "TOOL", "PLAN", "Owned by the facilitator");
        long trial = api.post("api/trials", trialJson("Refusal trial", "2013-01", "2013-02", "LinkedIn"), FACILITATOR).id();
        long request = askToJoin("Rita Refused", "rita.refused@example.test", false, "nothing much").id;
        String practiceJson = practiceJson("Changed", "by someone else", "x");
        for (String[] call : List.of(
                new String[]{"GET", "api/practices/hidden", null},
                new String[]{"POST", "api/practices/" + practice + "/hide", "{\"reason\":\"no\"}"},
                new String[]{"POST", "api/practices/" + practice + "/publish", null},
                new String[]{"POST", "api/toolkit", entryJson("Mine", "TOOL", "DO", "no")},
                new String[]{"GET", "api/toolkit/" + entry + "/feedback", null},
                new String[]{"GET", "api/toolkit/feedback", null},
                new String[]{"GET", "api/toolkit/feedback.csv", null},
                new String[]{"POST", "api/trials", trialJson("Mine", "2013-01", "2013-02", "Email")},
                new String[]{"GET", "api/join-requests", null},
                new String[]{"GET", "api/join-requests/" + request, null},
                new String[]{"POST", "api/join-requests/" + request + "/accept", null},
                new String[]{"POST", "api/join-requests/" + request + "/decline", "{\"reason\":\"no\"}"})) {
            Api.Answer answer = api.send(call[0], call[1], call[2], other, null);
            assertEquals(403, answer.status(), call[0] + " " + call[1] + ": " + answer);
            assertTrue(answer.json().getString("detail").contains("facilitators"), answer.body());
        }
        Api.Answer notTheAuthor = api.put("api/practices/" + practice, practiceJson, other, null);
        assertEquals(403, notTheAuthor.status(), notTheAuthor.body());
        assertEquals(403, api.put("api/practices/" + practice, practiceJson, FACILITATOR, null).status(),
                "facilitators hide do's; only authors rewrite them");
        assertEquals(403, api.put("api/toolkit/" + entry, entryJson("Taken over", "TOOL", "PLAN", "x"), other, null).status());
        assertEquals("Mine to change", api.get("api/practices/" + practice, ANONYMOUS).json().getString("title"));
        assertEquals("Facilitators' entry", api.get("api/toolkit/" + entry, ANONYMOUS).json().getString("title"));
        assertEquals("PENDING", api.get("api/join-requests/" + request, FACILITATOR).json().getString("status"));
        assertEquals(200, api.get("api/trials/" + trial + "/report", other).status(), "members read the report");
    }

    // --- do's ----------------------------------------------------------------------------

    @Test
    void membersPostDosOthersSayTheyTriedThemOnceEachAndComment() {
        Api.Caller author = api.person("Pam Poster", "pam.poster@lambeth.test", "OFFICER");
        Api.Caller tryer = api.person("Tom Tryer", "tom.tryer@lambeth.test", "OFFICER");
        Api.Answer posted = postPractice(author, "Ask residents to chair the meeting",
                "Hand the chair to a resident for one agenda item.\nBrief them beforehand.", "meetings", "#residents");
        assertEquals(201, posted.status(), posted.body());
        assertEquals(List.of("meetings", "residents"), posted.json().getJsonArray("tags").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        long id = posted.id();

        Api.Answer first = api.post("api/practices/" + id + "/tried", null, tryer);
        assertEquals(201, first.status(), first.body());
        assertEquals(1, first.json().getInt("triedCount"));
        assertTrue(first.json().getBoolean("triedByMe"));
        Api.Answer again = api.post("api/practices/" + id + "/tried", null, tryer);
        assertEquals(200, again.status());
        assertEquals(1, again.json().getInt("triedCount"), "trying twice counts once");
        assertEquals(2, api.post("api/practices/" + id + "/tried", null, FACILITATOR).json().getInt("triedCount"));
        JsonObject read = api.get("api/practices/" + id, ANONYMOUS).json();
        assertEquals(2, read.getInt("triedCount"));
        assertFalse(read.getBoolean("triedByMe"));
        assertEquals("Pam Poster", read.getString("author"), "listed members are named");

        // most tried first: other tests' do's share the server, so none above this one, tried twice,
        // was tried fewer times, and the counts only fall down the list
        List<JsonObject> byTried = api.get("api/practices?sort=tried&size=100", ANONYMOUS).items()
                .getValuesAs(JsonObject.class);
        List<Integer> counts = byTried.stream().map(p -> p.getInt("triedCount")).toList();
        assertEquals(counts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), counts, "most tried first");
        assertTrue(byTried.stream().anyMatch(p -> p.getJsonNumber("id").longValue() == id
                && p.getInt("triedCount") == 2), "this do is listed, tried twice: " + byTried);
        long newest = postPractice(tryer, "Newest do", "Posted last", "order").id();
        assertEquals(newest, api.get("api/practices?sort=newest", ANONYMOUS).items().getJsonObject(0).getJsonNumber("id").longValue());

        assertEquals(201, api.post("api/practices/" + id + "/comments", "{\"body\":\"Tried it in Brixton: it worked.\"}", tryer).status());
        JsonObject comments = api.get("api/practices/" + id + "/comments", ANONYMOUS).json();
        assertEquals(1, comments.getInt("total"));
        assertEquals("Tried it in Brixton: it worked.", comments.getJsonArray("items").getJsonObject(0).getString("body"));
        assertEquals("Tom Tryer", comments.getJsonArray("items").getJsonObject(0).getString("author"));

        Api.Answer tooLong = postPractice(author, "x".repeat(121), "how", "t");
        assertEquals(400, tooLong.status());
        assertEquals("title", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void searchFindsDosWhateverTheAccentsAndRanksTheBestFirst() {
        Api.Caller author = api.person("Zoë Ødegård", "zoe.odegard@lambeth.test", "OFFICER");
        long cafe = postPractice(author, "Café conversations with Zoë",
                "Meet tenants in the café at Tulse Hill: naïve questions welcome.", "café").id();
        long straße = postPractice(author, "Straßenfest planning",
                "Plan the street party with the neighbours.", "street").id();
        long loose = postPractice(author, "Minutes in plain English",
                "Write minutes anyone can read; a café is a fine place to do it.", "minutes").id();

        // the words searched are this test's own: no other test's do has them
        List<Long> found = ids(api.get("api/practices?q=" + enc("zoe cafe"), ANONYMOUS));
        assertEquals(cafe, found.get(0), "both words, one in the title: " + found);
        assertTrue(found.contains(loose), "one word in the text is still a match");
        assertFalse(found.contains(straße));
        assertEquals(List.of(cafe), ids(api.get("api/practices?q=" + enc("ZOË"), ANONYMOUS)));
        assertEquals(List.of(cafe), ids(api.get("api/practices?q=" + enc("naive tenant"), ANONYMOUS)));
        assertEquals(List.of(straße), ids(api.get("api/practices?q=strassenfest", ANONYMOUS)));
        assertEquals(List.of(straße), ids(api.get("api/practices?q=" + enc("Straßenfest"), ANONYMOUS)));
        assertEquals(List.of(), ids(api.get("api/practices?q=" + enc("the and of"), ANONYMOUS)), "only common words");
        JsonObject page = api.get("api/practices?q=" + enc("zoe cafe") + "&size=1", ANONYMOUS).json();
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
    }

    @Test
    void facilitatorsHideADoAndItsAuthorStillSeesAndEditsIt() {
        Api.Caller author = api.person("Hal Hidden", "hal.hidden@lambeth.test", "OFFICER");
        Api.Caller other = api.person("Ola Onlooker", "ola.onlooker@lambeth.test", "OFFICER");
        // searches are kept until the index changes: asked before the post, asked again after it
        assertEquals(List.of(), ids(api.get("api/practices?q=quokka", ANONYMOUS)));
        long id = postPractice(author, "Quokka consultation", "A quokka-themed survey", "quokka").id();
        assertEquals(1, ids(api.get("api/practices?q=quokka", ANONYMOUS)).size());

        Api.Answer hidden = api.post("api/practices/" + id + "/hide", "{\"reason\":\"Names a resident\"}", FACILITATOR);
        assertEquals(200, hidden.status(), hidden.body());
        assertEquals(List.of(), ids(api.get("api/practices?q=quokka", ANONYMOUS)));
        assertEquals(404, api.get("api/practices/" + id, ANONYMOUS).status());
        assertEquals(404, api.get("api/practices/" + id, other).status());
        assertTrue(ids(api.get("api/practices/hidden?size=100", FACILITATOR)).contains(id));
        Api.Answer own = api.get("api/practices/" + id, author);
        assertEquals(200, own.status());
        assertEquals("Names a resident", own.json().getString("hiddenReason"));

        String tag = own.etag();
        Api.Answer edited = api.put("api/practices/" + id, practiceJson("Quokka consultation, anonymised",
                "A quokka-themed survey without names", "quokka"), author, tag);
        assertEquals(200, edited.status(), edited.body());
        assertEquals(409, api.put("api/practices/" + id, practiceJson("Stale", "stale", "quokka"), author, tag).status());

        assertEquals(200, api.post("api/practices/" + id + "/publish", null, FACILITATOR).status());
        JsonObject back = api.get("api/practices?q=anonymised", ANONYMOUS).items().getJsonObject(0);
        assertEquals("Quokka consultation, anonymised", back.getString("title"));
        assertFalse(back.getBoolean("hidden"));
    }

    // --- toolkit and feedback ------------------------------------------------------------

    @Test
    void publicFeedbackIsLimitedPerAddress() {
        long entry = addEntry("Rate-limited case study", "CASE_STUDY", "REVIEW", "Lambeth Poly's first year");
        Api visitor = api.from("192.0.2.21"); // an address of its own: no other test has spent its burst
        List<Integer> statuses = new ArrayList<>();
        Api.Answer last = null;
        for (int i = 0; i < 6; i++) {
            last = visitor.post("api/toolkit/" + entry + "/feedback/public",
                    "{\"rating\":4,\"comment\":\"Helpful " + i + "\",\"name\":\"Anne\"}", ANONYMOUS);
            statuses.add(last.status());
        }
        assertEquals(List.of(202, 202, 202, 202, 202, 429), statuses);
        assertTrue(Integer.parseInt(last.header("Retry-After").orElseThrow()) >= 1, "Retry-After says when");
        assertTrue(last.header("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(last.json().getString("detail").contains("Try again"), last.body());
        JsonObject seen = api.get("api/toolkit/" + entry + "/feedback", FACILITATOR).json();
        assertEquals(5, seen.getInt("count"), "the refused form stored nothing");
        assertEquals("public", seen.getJsonObject("feedback").getJsonArray("items").getJsonObject(0).getString("source"));
    }

    @Test
    void aHoneypotFormIsThankedAndThrownAway() {
        long entry = addEntry("Honeypot tool", "TOOL", "DO", "Bots like this one");
        Api bots = api.from("192.0.2.22");
        Api.Answer bot = bots.post("api/toolkit/" + entry + "/feedback/public",
                "{\"rating\":5,\"comment\":\"cheap pills\",\"website\":\"http://spam.test\"}", ANONYMOUS);
        assertEquals(202, bot.status());
        assertEquals(0, api.get("api/toolkit/" + entry + "/feedback", FACILITATOR).json().getInt("count"));

        Api.Answer joinBot = bots.post("api/join-requests", Json.createObjectBuilder().add("name", "Bot")
                .add("email", "bot@spam.test").add("website", "http://spam.test").build().toString(), ANONYMOUS);
        assertEquals(202, joinBot.status());
        assertTrue(joinBot.json().getString("statusUrl").startsWith("/api/join-requests/status/"),
                "the bot is answered like anyone");
        assertEquals(404, api.get(joinBot.json().getString("statusUrl"), ANONYMOUS).status());
        assertTrue(api.get("api/join-requests?size=100", FACILITATOR).items().getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("email").equals("bot@spam.test")));
    }

    @Test
    void facilitatorsSeeAveragesAndExportFeedbackAsCsv() {
        Api.Caller one = api.person("Fay Feedback", "fay.feedback@lambeth.test", "OFFICER");
        Api.Caller two = api.person("Gus Giver", "gus.giver@lambeth.test", "OFFICER");
        long entry = addEntry("Co-operative commissioning cycle", "TOOL", "UNDERSTAND", "The four stages explained");
        assertEquals(201, api.post("api/toolkit/" + entry + "/feedback", "{\"rating\":4,\"comment\":\"Clear, thanks\"}", one).status());
        assertEquals(201, api.post("api/toolkit/" + entry + "/feedback",
                "{\"rating\":5,\"comment\":\"=HYPERLINK(\\\"http://evil.test\\\")\"}", two).status());
        assertEquals(400, api.post("api/toolkit/" + entry + "/feedback", "{\"rating\":6}", one).status());

        JsonObject summary = api.get("api/toolkit/" + entry + "/feedback", FACILITATOR).json();
        assertEquals(2, summary.getInt("count"));
        assertEquals(4.5, summary.getJsonNumber("average").doubleValue(), 0.001);
        assertTrue(api.get("api/toolkit/feedback", FACILITATOR).body().contains("\"average\":4.5"));

        Api.Answer csv = api.get("api/toolkit/feedback.csv", FACILITATOR);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("entry_id,entry,rating,comment,from,source,given_at", lines[0]);
        assertTrue(csv.body().contains(entry + ",Co-operative commissioning cycle,4,\"Clear, thanks\",Fay Feedback,member,"),
                csv.body());
        assertTrue(csv.body().contains(",5,\"'=HYPERLINK(\"\"http://evil.test\"\")\",Gus Giver,member,"),
                "a formula is written as text: " + csv.body());
    }

    // --- channel trial -------------------------------------------------------------------

    @Test
    void theTrialReportCountsMembersPerChannelPerMonth() {
        Api.Caller a = api.person("Abi Channel", "abi.channel@lambeth.test", "OFFICER");
        Api.Caller b = api.person("Ben Channel", "ben.channel@lambeth.test", "OFFICER");
        Api.Caller c = api.person("Cat Channel", "cat.channel@lambeth.test", "OFFICER");
        JsonObject trial = api.post("api/trials", trialJson("Online networks trial", "2013-01", "2013-03",
                "LinkedIn", "Lino-it", "Co-operative Toolkit"), FACILITATOR).json();
        long id = trial.getJsonNumber("id").longValue();
        Map<String, Long> channel = new HashMap<>();
        trial.getJsonArray("channels").getValuesAs(JsonObject.class)
                .forEach(ch -> channel.put(ch.getString("name"), ch.getJsonNumber("id").longValue()));
        String months = "api/trials/" + id + "/months/";

        assertEquals(200, api.put(months + "2013-01", used(channel.get("LinkedIn"), channel.get("Lino-it")), a, null).status());
        assertEquals(200, api.put(months + "2013-01", used(channel.get("LinkedIn")), b, null).status());
        assertEquals(200, api.put(months + "2013-01", used(), c, null).status());
        api.put(months + "2013-02", used(channel.get("Co-operative Toolkit")), a, null);
        api.put(months + "2013-02", used(channel.get("Lino-it"), channel.get("Co-operative Toolkit")), b, null);
        JsonObject changed = api.put(months + "2013-02", used(channel.get("Co-operative Toolkit")), b, null).json();
        assertEquals(1, changed.getJsonObject("mine").getJsonArray("2013-02").size(), "a new answer replaces the old");
        assertEquals(400, api.put(months + "2013-04", used(channel.get("LinkedIn")), a, null).status(), "outside the trial");
        assertEquals(400, api.put(months + "2013-01", used(999_999L), a, null).status(), "not a channel of the trial");

        JsonObject report = api.get("api/trials/" + id + "/report", a).json();
        List<JsonObject> rows = report.getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(List.of("2013-01", "2013-02", "2013-03"), rows.stream().map(r -> r.getString("month")).toList());
        assertEquals(3, rows.get(0).getInt("respondents"));
        assertEquals(1, rows.get(0).getInt("usedNone"));
        assertEquals(List.of(2, 1, 0), counts(rows.get(0)));
        assertEquals(List.of("LinkedIn"), strings(rows.get(0), "ahead"));
        assertEquals(List.of(0, 0, 2), counts(rows.get(1)));
        assertEquals(List.of("Co-operative Toolkit"), strings(rows.get(1), "ahead"));
        assertEquals(List.of(), strings(rows.get(2), "ahead"), "nobody answered for March");
        assertEquals(List.of("LinkedIn", "Co-operative Toolkit"), strings(report, "ahead"));

        Api.Answer csv = api.get("api/trials/" + id + "/report.csv", FACILITATOR);
        assertEquals(List.of("month,respondents,none,LinkedIn,Lino-it,Co-operative Toolkit,ahead",
                "2013-01,3,1,2,1,0,LinkedIn", "2013-02,2,0,0,0,2,Co-operative Toolkit", "2013-03,0,0,0,0,0,"),
                List.of(csv.body().split("\r\n")));
    }

    // --- join requests -------------------------------------------------------------------

    @Test
    void aCouncilWorkerAskingToJoinIsAcceptedAndCanSignIn() {
        Asked asked = askToJoin("Alan Clisham", "alan.clisham@lambeth.test", true,
                "Community adult learning: accredited courses in urban farming");
        assertEquals("PENDING", api.get(asked.statusUrl, ANONYMOUS).json().getString("status"));

        Api.Answer accepted = api.post("api/join-requests/" + asked.id + "/accept", null, FACILITATOR);
        assertEquals(200, accepted.status(), accepted.body());
        String password = accepted.json().getString("password");
        JsonObject me = api.get("api/me", new Api.Caller("alan.clisham@lambeth.test", password)).json();
        assertEquals("Alan Clisham", me.getString("name"));
        assertEquals("OFFICER", me.getString("role"));
        assertEquals(List.of("OFFICER"), strings(me, "affiliations"));

        JsonObject status = api.get(asked.statusUrl, ANONYMOUS).json();
        assertEquals("ACCEPTED", status.getString("status"));
        assertTrue(status.getString("message").startsWith("Welcome"));
        assertEquals(409, api.post("api/join-requests/" + asked.id + "/accept", null, FACILITATOR).status());
        assertEquals(409, api.post("api/join-requests/" + asked.id + "/decline", "{\"reason\":\"late\"}", FACILITATOR).status());
    }

    @Test
    void aDeclinedRequesterReadsTheReasonOnTheirPage() {
        Asked asked = askToJoin("Dee Clined", "dee.clined@example.test", false, "Selling things");
        Api.Answer declined = api.post("api/join-requests/" + asked.id + "/decline",
                "{\"reason\":\"The set is for people co-producing in Lambeth.\"}", FACILITATOR);
        assertEquals(200, declined.status(), declined.body());
        JsonObject status = api.get(asked.statusUrl, ANONYMOUS).json();
        assertEquals("DECLINED", status.getString("status"));
        assertEquals("The set is for people co-producing in Lambeth.", status.getString("declineReason"));
        assertFalse(status.containsKey("email"), "the page shows the answer, not the record");
        assertEquals(0, api.get("api/members?q=dee.clined", FACILITATOR).json().getInt("total"), "no member was made");
        assertTrue(api.get("api/join-requests?status=declined", FACILITATOR).items().getValuesAs(JsonObject.class)
                .stream().anyMatch(r -> r.getString("email").equals("dee.clined@example.test")));
        assertEquals(404, api.get("api/join-requests/status/" + "x".repeat(43), ANONYMOUS).status());
    }

    // --- who else has faced this? ----------------------------------------------------------

    @Test
    void peerSuggestionsPutTheObviouslyRelatedMemberFirst() {
        Api.Caller budgeter = api.person("Josh Budget", "josh.budget@lambeth.test", "OFFICER");
        Api.Caller grower = api.person("Pamela Grower", "pamela.grower@lambeth.test", "OFFICER");
        Api.Caller writer = api.person("Nia Newsletter", "nia.newsletter@lambeth.test", "OFFICER");
        Api.Caller asker = api.person("Ike Asker", "ike.asker@lambeth.test", "OFFICER");
        long budgeting = postPractice(budgeter, "Participatory budgeting in the ward",
                "Residents decide how the ward's budget is spent: run a budgeting vote with residents.", "budgeting").id();
        postPractice(budgeter, "Thank volunteers in person", "Say thank you at the next meeting.", "volunteers");
        postPractice(grower, "Grow microgreens with residents",
                "A polytunnel on the estate, run with residents and volunteers.", "food");
        postPractice(writer, "A newsletter residents write", "Residents write one page each month.", "newsletter");
        long mine = postPractice(asker, "Ward budget: how do we start?",
                "We want residents to decide on the ward budget through participatory budgeting.", "budgeting").id();

        Api.Answer about = api.get("api/network/suggestions?about=" + enc("How do we run participatory budgeting?"), asker);
        assertEquals(200, about.status(), about.body());
        List<JsonObject> suggestions = array(about).getValuesAs(JsonObject.class);
        assertEquals("Josh Budget", suggestions.get(0).getString("name"), about.body());
        assertEquals(budgeting, suggestions.get(0).getJsonArray("matches").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(suggestions.stream().noneMatch(s -> s.getString("name").equals("Ike Asker")), "not yourself");

        JsonObject like = array(api.get("api/network/suggestions?kind=practice&id=" + mine, FACILITATOR))
                .getJsonObject(0);
        assertEquals("Josh Budget", like.getString("name"));
        assertEquals(400, api.get("api/network/suggestions", asker).status());
        assertEquals(404, api.get("api/network/suggestions?kind=challenge&id=999999999", asker).status(),
                "no such challenge in the index");
    }

    // --- helpers -------------------------------------------------------------------------

    record Asked(long id, String statusUrl) {
    }

    /** Asked from an address of this class's own, so the form's limit is not spent by other tests. */
    Asked askToJoin(String name, String email, boolean council, String wouldBring) {
        Api.Answer answer = api.from("192.0.2.23").post("api/join-requests", Json.createObjectBuilder().add("name", name).add("email", email)
                .add("organisation", council ? "Lambeth Council" : "Elsewhere").add("worksForCouncil", council)
                .add("wouldBring", wouldBring).add("listInDirectory", true).build().toString(), ANONYMOUS);
        assertEquals(202, answer.status(), answer.body());
        String statusUrl = answer.json().getString("statusUrl");
        assertNotNull(statusUrl);
        long id = api.get("api/join-requests?status=PENDING&size=100", FACILITATOR).items().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("email").equals(email)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return new Asked(id, statusUrl);
    }

    Api.Answer postPractice(Api.Caller as, String title, String how, String... tags) {
        return api.post("api/practices", practiceJson(title, how, tags), as);
    }

    long addEntry(String title, String kind, String stage, String summary) {
        Api.Answer added = api.post("api/toolkit", entryJson(title, kind, stage, summary), FACILITATOR);
        assertEquals(201, added.status(), added.body());
        return added.id();
    }

    static String practiceJson(String title, String how, String... tags) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String tag : tags) {
            list.add(tag);
        }
        return Json.createObjectBuilder().add("title", title).add("how", how).add("tags", list).build().toString();
    }

    static String entryJson(String title, String kind, String stage, String summary) {
        return Json.createObjectBuilder().add("kind", kind).add("stage", stage).add("title", title)
                .add("summary", summary).add("body", "More about " + title).build().toString();
    }

    static String trialJson(String title, String first, String last, String... channels) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String channel : channels) {
            list.add(channel);
        }
        return Json.createObjectBuilder().add("title", title).add("firstMonth", first).add("lastMonth", last)
                .add("channels", list).build().toString();
    }

    static String used(Long... channelIds) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Long id : channelIds) {
            list.add(id);
        }
        return Json.createObjectBuilder().add("channelIds", list).build().toString();
    }

    static jakarta.json.JsonArray array(Api.Answer answer) {
        return Json.createReader(new java.io.StringReader(answer.body())).readArray();
    }

    static List<Long> ids(Api.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.items().getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    static List<Integer> counts(JsonObject month) {
        return month.getJsonArray("channels").getValuesAs(JsonObject.class).stream().map(c -> c.getInt("members")).toList();
    }

    static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
