package org.alshub.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** A plain HTTP client for the tests: calls the running app as a given person. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static final Caller ANONYMOUS = new Caller(null, null);
    public static final Caller FACILITATOR = new Caller("facilitator@alshub.test", "integration-facilitator-pass");

    private final URI base;
    /** The client's address as the trusted proxy (127.0.0.1, ALS_TRUSTED_PROXIES) reports it, or null. */
    private final String forwardedFor;

    /** The server listens on loopback only; Payara reports the machine's own address instead. */
    public Api(URL base) {
        String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        this.base = URI.create("http://127.0.0.1:" + base.getPort() + path);
        this.forwardedFor = null;
    }

    private Api(URI base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    /**
     * The same server, called as from another address behind the trusted proxy: what is limited
     * per address (public forms, sign-in failures) is then counted apart from every other test's.
     */
    public Api from(String address) {
        return new Api(base, address);
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public record Caller(String email, String password) {
        void sign(HttpRequest.Builder request) {
            if (email != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    public record Answer(int status, HttpResponse<String> response) {
        public String body() {
            return response.body();
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }

        public JsonArray items() {
            return json().getJsonArray("items");
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String etag() {
            return header("ETag").orElseThrow();
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

    public Answer get(String path, Caller as) {
        return send("GET", path, null, as, null);
    }

    public Answer post(String path, String json, Caller as) {
        return send("POST", path, json, as, null);
    }

    public Answer put(String path, String json, Caller as, String ifMatch) {
        return send("PUT", path, json, as, ifMatch);
    }

    public Answer send(String method, String path, String json, Caller as, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        as.sign(request);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** Adds a member with an account of the given role; returns how to call as them. */
    public Caller person(String name, String email, String role) {
        Answer member = post("api/members", Json.createObjectBuilder()
                .add("name", name).add("email", email)
                .add("affiliations", Json.createArrayBuilder().add("OFFICER"))
                .add("listedInDirectory", true).build().toString(), FACILITATOR);
        if (member.status() != 201) {
            throw new IllegalStateException("could not add " + email + ": " + member);
        }
        String password = "horse-battery-" + Integer.toHexString(email.hashCode()) + "-staple";
        Answer account = post("api/members/" + member.id() + "/account",
                Json.createObjectBuilder().add("role", role).add("password", password).build().toString(), FACILITATOR);
        if (account.status() != 201) {
            throw new IllegalStateException("could not open account for " + email + ": " + account);
        }
        return new Caller(email, password);
    }

    /**
     * Makes this workshop the next one on everyone's home page, which shows the one next workshop
     * of the whole set: on the server the tests share, workshops other tests left may come sooner.
     * Those are cancelled, telling no one.
     */
    public void makeNext(long workshop) {
        OffsetDateTime start = startsAt(workshop);
        cancelOthers("upcoming", Set.of(workshop), when -> !when.isAfter(start), when -> when.isAfter(start));
    }

    /**
     * Makes {@code first} the last workshop held before {@code last}, where the console of
     * {@code last} starts "since the last workshop": the workshops other tests left between the two
     * are cancelled, telling no one.
     */
    public void nothingBetween(long first, long last) {
        OffsetDateTime from = startsAt(first);
        OffsetDateTime to = startsAt(last);
        for (String when : List.of("past", "upcoming")) {
            cancelOthers(when, Set.of(first, last), start -> start.isAfter(from) && start.isBefore(to),
                    start -> when.equals("past") ? !start.isAfter(from) : !start.isBefore(to));
        }
    }

    private OffsetDateTime startsAt(long workshop) {
        return OffsetDateTime.parse(get("api/workshops/" + workshop, FACILITATOR).json().getString("startsAt"));
    }

    /** Walks a list of workshops (upcoming soonest first, past latest first) until {@code done}. */
    private void cancelOthers(String when, Set<Long> keep, Predicate<OffsetDateTime> cancel,
                              Predicate<OffsetDateTime> done) {
        for (int page = 0; page < 1_000; page++) {
            JsonArray items = get("api/workshops?when=" + when + "&size=100&page=" + page, FACILITATOR).items();
            for (JsonObject workshop : items.getValuesAs(JsonObject.class)) {
                long id = workshop.getJsonNumber("id").longValue();
                OffsetDateTime start = OffsetDateTime.parse(workshop.getString("startsAt"));
                if (done.test(start)) {
                    return;
                }
                if (!keep.contains(id) && cancel.test(start) && !"CANCELLED".equals(workshop.getString("status"))) {
                    Answer cancelled = post("api/workshops/" + id + "/cancel?tell=false", null, FACILITATOR);
                    if (cancelled.status() != 200) {
                        throw new IllegalStateException("could not cancel workshop " + id + ": " + cancelled);
                    }
                }
            }
            if (items.size() < 100) {
                return;
            }
        }
    }

    public static String string(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(field);
    }
}
