package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The reads the national benchmark measures cost the same number of SQL statements however much
 * data there is (no N+1), and feeds are served from memory until something changes. The server
 * runs with als.sql-count on (SharedServer), so every answer carries X-SQL-Statements.
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class PerformanceIT {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final URL base = SharedServer.base();

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void everyListedReadCostsTheSameStatementsWhenTheDataGrows() {
        Api.Caller officer = api.person("Nina National", "nina.national@perf.test", "OFFICER");
        long officerId = api.get("api/me", officer).id();
        String feed = feedPath(officer);
        grow(officerId, officer, 1);
        Map<String, Integer> small = statements(officerId, officer, feed);
        grow(officerId, officer, 6);
        Map<String, Integer> large = statements(officerId, officer, feed);

        assertEquals(small, large, "statements per read with 1 and then 7 workshops, actions and answers each");
        small.forEach((read, count) -> assertTrue(count > 0 || read.endsWith("again"), read + " counted nothing"));
        assertEquals(0, small.get("public feed again"), "an unchanged public feed comes from memory");
        assertTrue(small.get("member feed again") < small.get("member feed"),
                "an unchanged member feed is not rendered again: " + small);
    }

    @Test
    void aMembersFeedAnswersIfNoneMatchWith304UntilTheirAnswerChanges() throws Exception {
        Api.Caller officer = api.person("Ola Etag", "ola.etag@perf.test", "OFFICER");
        long officerId = api.get("api/me", officer).id();
        long workshop = workshop("Etag workshop", "2031-03-12");
        String feed = feedPath(officer);
        HttpResponse<String> first = calendar(feed, null);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertFalse(Ics.unfold(first.body()).contains("Etag workshop"), "not answered yet, so not in the member's feed");

        HttpResponse<byte[]> zipped = HTTP.send(HttpRequest.newBuilder(api.uri(feed))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertEquals(first.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8), "the same feed, compressed");
        }

        HttpResponse<String> same = calendar(feed, etag);
        assertEquals(304, same.statusCode());
        assertEquals("", same.body());

        assertEquals(200, api.put("api/workshops/" + workshop + "/rsvps/" + officerId, "{\"answer\":\"GOING\"}",
                officer, null).status());
        HttpResponse<String> changed = calendar(feed, etag);
        assertEquals(200, changed.statusCode(), "a new answer makes a new feed");
        assertTrue(Ics.unfold(changed.body()).contains("PARTSTAT=ACCEPTED"), changed.body());
        assertTrue(!etag.equals(changed.headers().firstValue("ETag").orElseThrow()));
    }

    /**
     * The public feed is answered from memory ahead of JAX-RS (PublicFeedFilter); a request that
     * needs more (If-Match here) still reaches the JAX-RS method. A calendar app must not be able to
     * tell them apart: same bytes, validators, gzip and headers, and 304 for a copy it holds.
     */
    @Test
    void thePublicFeedAnswersTheSameFromMemoryAsThroughJaxRs() throws Exception {
        workshop("Same-bytes workshop", "2031-02-12");
        for (String encoding : new String[] {"gzip", null}) {
            // the first answer after a change renders the feed (and stamps it: X-SQL-Statements 3),
            // the next ones read memory: compare two of those
            feed(encoding, Map.of());
            HttpResponse<byte[]> fast = feed(encoding, Map.of());
            HttpResponse<byte[]> full = feed(encoding, Map.of("If-Match", "*"));
            assertEquals(200, fast.statusCode());
            assertEquals(200, full.statusCode());
            assertEquals(headers(full), headers(fast), "headers with Accept-Encoding " + encoding);
            assertTrue(Arrays.equals(full.body(), fast.body()), "the same bytes");
            assertEquals("nosniff", fast.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(encoding == null ? "" : "gzip", fast.headers().firstValue("Content-Encoding").orElse(""));

            String etag = fast.headers().firstValue("ETag").orElseThrow();
            String modified = fast.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<byte[]> held = feed(encoding, Map.of("If-None-Match", etag));
            assertEquals(304, held.statusCode());
            assertEquals(0, held.body().length);
            assertEquals(headers(feed(encoding, Map.of("If-None-Match", etag, "If-Match", "*"))), headers(held),
                    "304 headers with Accept-Encoding " + encoding);
            assertEquals(304, feed(encoding, Map.of("If-None-Match", "\"other\", W/" + etag)).statusCode());
            assertEquals(304, feed(encoding, Map.of("If-Modified-Since", modified)).statusCode());
            assertEquals(200, feed(encoding, Map.of("If-None-Match", "\"other\"", "If-Modified-Since", modified))
                    .statusCode(), "If-None-Match decides when both are sent");
        }
        String gzipTag = feed("gzip", Map.of()).headers().firstValue("ETag").orElseThrow();
        assertEquals(200, feed(null, Map.of("If-None-Match", gzipTag)).statusCode(),
                "the gzip bytes' ETag does not stand for the plain bytes");
    }

    HttpResponse<byte[]> feed(String acceptEncoding, Map<String, String> conditions) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("calendar/workshops.ics")).timeout(Duration.ofSeconds(60));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        conditions.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every header but the date, which moves on between two requests. */
    static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void myActionsArePagedAndBadPagesRefused() {
        Api.Caller officer = api.person("Pia Pages", "pia.pages@perf.test", "OFFICER");
        long officerId = api.get("api/me", officer).id();
        long workshop = workshop("Paging workshop", "2031-04-09");
        for (int i = 0; i < 3; i++) {
            action("Action " + i, officerId, "2031-05-0" + (i + 1), workshop);
        }
        Api.Answer page = api.get("api/mine?page=1&size=2", officer);
        assertEquals(200, page.status(), page.body());
        assertEquals(3, page.json().getJsonNumber("actionsTotal").longValue());
        assertEquals(1, page.json().getJsonArray("actions").size());
        assertEquals("Action 2", page.json().getJsonArray("actions").getJsonObject(0).getString("description"));
        assertEquals(400, api.get("api/mine?size=101", officer).status());
        assertEquals(400, api.get("api/mine?page=-1", officer).status());
        assertEquals(401, api.get("api/mine", ANONYMOUS).status());
    }

    /** Adds n workshops, each with an answer, a project with a challenge, and two actions for the member. */
    void grow(long memberId, Api.Caller member, int n) {
        for (int i = 0; i < n; i++) {
            long workshop = workshop("Growth " + i, "2031-0" + (1 + i % 9) + "-1" + (i % 9));
            assertEquals(200, api.put("api/workshops/" + workshop + "/rsvps/" + memberId,
                    "{\"answer\":\"" + (i % 2 == 0 ? "GOING" : "MAYBE") + "\"}", member, null).status());
            Api.Answer project = api.post("api/projects", Json.createObjectBuilder().add("title", "Project " + i)
                    .add("department", "Housing").add("stage", "PLAN").build().toString(), member);
            assertEquals(201, project.status(), project.body());
            assertEquals(201, api.post("api/projects/" + project.id() + "/challenges", Json.createObjectBuilder()
                    .add("question", "How? " + i).add("workshopId", workshop).build().toString(), member).status());
            action("Ask the tenants " + i, memberId, "2031-06-01", workshop);
            action("Ask the panel " + i, memberId, "2031-06-02", workshop);
        }
    }

    /** Each listed read, twice: the second shows what is served from memory. */
    Map<String, Integer> statements(long officerId, Api.Caller officer, String feed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("public feed", count(calendar("calendar/workshops.ics", null)));
        counts.put("public feed again", count(calendar("calendar/workshops.ics", null)));
        counts.put("member feed", count(calendar(feed, null)));
        counts.put("member feed again", count(calendar(feed, null)));
        Map<String, Api.Caller> reads = new LinkedHashMap<>();
        reads.put("api/workshops?when=upcoming", officer);
        reads.put("api/workshops?when=past", officer);
        reads.put("api/mine", officer);
        reads.put("api/actions?status=OPEN&ownerId=" + officerId, FACILITATOR);
        reads.put("api/actions?status=OPEN&department=HOUSING", FACILITATOR);
        reads.put("api/projects?ownerId=" + officerId, FACILITATOR);
        reads.forEach((path, caller) -> {
            api.get(path, caller);
            Api.Answer answer = api.get(path, caller);
            assertEquals(200, answer.status(), path + ": " + answer.body());
            counts.put(path, Integer.parseInt(answer.header("X-SQL-Statements").orElseThrow()));
        });
        return counts;
    }

    String feedPath(Api.Caller member) {
        Api.Answer made = api.post("api/me/calendar-feed", null, member);
        assertEquals(201, made.status(), made.body());
        return URI.create(made.json().getString("url")).getPath().substring(1);
    }

    long workshop(String title, String date) {
        Api.Answer created = api.post("api/workshops", Json.createObjectBuilder().add("title", title)
                .add("start", date + "T10:00").add("end", date + "T12:00").add("location", "Room 8")
                .add("capacity", 30).build().toString(), FACILITATOR);
        assertEquals(201, created.status(), created.body());
        return created.id();
    }

    void action(String description, long ownerId, String due, long workshopId) {
        Api.Answer created = api.post("api/actions", Json.createObjectBuilder().add("description", description)
                .add("ownerId", ownerId).add("due", due).add("workshopId", workshopId).build().toString(), FACILITATOR);
        assertEquals(201, created.status(), created.body());
    }

    static int count(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow());
    }

    HttpResponse<String> calendar(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).timeout(Duration.ofSeconds(60));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }
}
