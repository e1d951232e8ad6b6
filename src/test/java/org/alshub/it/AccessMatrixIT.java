package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The access-control matrix: every operation the app's own /openapi lists is called as an
 * anonymous visitor, a guest holding a secret link, an officer who owns the record, another
 * officer and a facilitator, and each answer is compared with the table in access-matrix.txt.
 * An operation missing from the table fails the build, so a new endpoint must state its rule.
 */
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class AccessMatrixIT {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");
    private static final String MADE_UP_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    final URL base = SharedServer.base();

    record Rule(String method, String path, Map<String, String> expected, Map<String, String> overrides, String body,
                int line) {
        String key() {
            return method + " " + path;
        }

        /** An operation of /openapi (the API, calendar files, guests' links); every other line is a page. */
        boolean isApi() {
            return path.startsWith("/api/") || path.startsWith("/calendar/") || path.startsWith("/invitations/");
        }
    }

    /**
     * The pages' side of the table: every route of PagesApplication is called through a browser
     * session of each kind of caller, forms with the session's CSRF token, and the answer
     * compared with the table. A route missing from the table fails the build.
     */
    @Test
    void everyPageAnswersEachKindOfCallerAsTheTableSays() throws Exception {
        Api api = new Api(base);
        List<Rule> rules = table().stream().filter(r -> !r.isApi()).toList();
        assertEveryOneHasALine(rules, pageRoutes(), "page routes");

        Fixtures fixtures = new Fixtures(api, "pages");
        fixtures.ids.put("dos", fixtures.ids.get("practices"));
        fixtures.ids.put("dos.spare", fixtures.ids.get("practices"));
        fixtures.tokens.put("join/status", fixtures.tokens.get("api/join-requests/status"));
        fixtures.tokens.put("password-reset", fixtures.tokens.get("api/password-resets"));
        Map<String, PageSession> callers = new LinkedHashMap<>();
        callers.put("anon", PageSession.anonymous(api));
        callers.put("guest", PageSession.anonymous(api));
        callers.put("other", PageSession.signedIn(api, fixtures.other));
        callers.put("officer", PageSession.signedIn(api, fixtures.officer));
        callers.put("fac", PageSession.signedIn(api, FACILITATOR));

        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Rule rule : rules) {
            for (Map.Entry<String, PageSession> caller : callers.entrySet()) {
                String who = caller.getKey();
                String expected = rule.expected().getOrDefault(who, rule.expected().get("anon"));
                String path = fixtures.fill(rule.path(), who, rule.overrides());
                HttpResponse<String> answer = caller.getValue().send(rule.method(), path,
                        rule.body().equals("{}") ? "" : rule.body());
                calls++;
                boolean ok = expected.equals("sign-in")
                        ? answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("")
                        .contains("/sign-in?next=")
                        : matches(expected, answer.statusCode());
                if (!ok) {
                    mismatches.add(String.format("line %d %s as %s: expected %s, got %d %s", rule.line(), rule.key(),
                            who, expected, answer.statusCode(), answer.headers().firstValue("Location").orElse("")));
                }
            }
        }
        System.out.println("Access matrix, pages: " + rules.size() + " routes, " + calls + " calls, "
                + mismatches.size() + " mismatches");
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }

    /** Each of {@code actual} has its line in the table, and each line still has its operation or route. */
    static void assertEveryOneHasALine(List<Rule> rules, TreeSet<String> actual, String what) {
        TreeSet<String> declared = new TreeSet<>();
        rules.forEach(r -> declared.add(r.key()));
        TreeSet<String> missing = new TreeSet<>(actual);
        missing.removeAll(declared);
        assertTrue(missing.isEmpty(), what + " with no line in access-matrix.txt: " + missing);
        TreeSet<String> stale = new TreeSet<>(declared);
        stale.removeAll(actual);
        assertTrue(stale.isEmpty(), "lines in access-matrix.txt for " + what + " that no longer exist: " + stale);
    }

    /** "METHOD /path/{param}" for every page method, read from the resources PagesApplication lists. */
    static TreeSet<String> pageRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        for (Class<?> page : org.alshub.app.PagesApplication.PAGES) {
            String root = pathOf(page);
            for (java.lang.reflect.Method method : page.getMethods()) {
                for (var annotation : method.getAnnotations()) {
                    jakarta.ws.rs.HttpMethod verb = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                    if (verb != null) {
                        String path = ("/" + root + "/" + pathOf(method)).replaceAll("/+", "/");
                        path = PARAM.matcher(path.length() > 1 && path.endsWith("/")
                                ? path.substring(0, path.length() - 1) : path).replaceAll("{$1}");
                        routes.add(verb.value() + " " + path);
                    }
                }
            }
        }
        return routes;
    }

    private static String pathOf(java.lang.reflect.AnnotatedElement element) {
        jakarta.ws.rs.Path path = element.getAnnotation(jakarta.ws.rs.Path.class);
        return path == null ? "" : path.value();
    }

    /** A browser as the pages see it: its own cookies, no redirects followed, the session's form token. */
    static final class PageSession {
        private final Api api;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf;

        private PageSession(Api api) {
            this.api = api;
        }

        static PageSession anonymous(Api api) throws Exception {
            PageSession session = new PageSession(api);
            session.csrf = token(session.send("GET", "sign-in", null).body());
            return session;
        }

        static PageSession signedIn(Api api, Api.Caller caller) throws Exception {
            PageSession session = anonymous(api);
            HttpResponse<String> done = session.send("POST", "sign-in", "email="
                    + java.net.URLEncoder.encode(caller.email(), StandardCharsets.UTF_8) + "&password="
                    + java.net.URLEncoder.encode(caller.password(), StandardCharsets.UTF_8));
            if (done.statusCode() != 303) {
                throw new IllegalStateException("could not sign in " + caller.email() + ": " + done.statusCode());
            }
            session.csrf = token(session.send("GET", "me", null).body());
            return session;
        }

        HttpResponse<String> send(String method, String path, String form) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path));
            if (method.equals("GET")) {
                request.GET();
            } else {
                String body = "csrf=" + (csrf == null ? "" : csrf) + (form == null || form.isEmpty() ? "" : "&" + form);
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String token(String html) {
            Matcher matcher = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    @Test
    void everyOperationAnswersEachKindOfCallerAsTheTableSays() throws Exception {
        Api api = new Api(base);
        List<Rule> rules = table().stream().filter(Rule::isApi).toList();
        assertEveryOneHasALine(rules, operations(api), "operations");

        Fixtures fixtures = new Fixtures(api, "matrix");
        Map<String, Api.Caller> callers = new LinkedHashMap<>();
        callers.put("anon", ANONYMOUS);
        callers.put("guest", ANONYMOUS);
        callers.put("other", fixtures.other);
        callers.put("officer", fixtures.officer);
        callers.put("fac", FACILITATOR);

        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Rule rule : rules) {
            for (Map.Entry<String, Api.Caller> caller : callers.entrySet()) {
                String who = caller.getKey();
                String expected = rule.expected().getOrDefault(who, rule.expected().get("anon"));
                String path = fixtures.fill(rule.path(), who, rule.overrides());
                Api.Answer answer = send(api, rule.method(), path, rule.body(), caller.getValue());
                calls++;
                if (!matches(expected, answer.status())) {
                    mismatches.add(String.format("line %d %s as %s: expected %s, got %d %s", rule.line(), rule.key(), who,
                            expected, answer.status(), answer.body().length() > 160 ? answer.body().substring(0, 160) : answer.body()));
                }
            }
        }
        System.out.println("Access matrix: " + rules.size() + " operations, " + calls + " calls, "
                + mismatches.size() + " mismatches");
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }

    /**
     * Bad input never hurts: malformed JSON, wrong types, missing and extra fields, 1 MB strings,
     * control characters, unpaired surrogates, SQL and HTML fragments, hand-picked and drawn by a
     * seeded generator ({@link BadInput#SEED}: the same every run), thrown at every operation that takes a JSON body. Every answer is below 500, every refusal a
     * problem document that leaks nothing, and a refused new member is not half-saved.
     */
    @Test
    void badInputAtEveryJsonEndpointIsRefusedCleanly() throws Exception {
        Api api = new Api(base);
        Fixtures fixtures = new Fixtures(api, "badinput");
        long membersBefore = api.get("api/members?size=1", FACILITATOR).json().getJsonNumber("total").longValue();
        int membersAdded = 0;
        var random = new java.util.Random(20121129L);
        var nasty = BadInput.bodies();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        TreeSet<String> withBody = operationsTakingJson(api);
        for (Rule rule : table()) {
            if (!withBody.contains(rule.key())) {
                continue;
            }
            String path = fixtures.fill(rule.path(), "guest", rule.overrides());
            Api.Caller caller = rule.expected().getOrDefault("fac", "ok").equals("ok") ? FACILITATOR : fixtures.officer;
            for (int n = 0; n < BadInput.PER_ENDPOINT; n++) {
                String body = nasty.get(random.nextInt(nasty.size()));
                Api.Answer answer = api.send(rule.method(), path, body, caller, null);
                cases++;
                if (rule.key().equals("POST /api/members") && answer.status() == 201) {
                    membersAdded++;
                }
                String problem = BadInput.problemWith(answer);
                if (problem != null) {
                    failures.add(rule.key() + " with " + BadInput.describe(body) + ": " + problem);
                }
            }
        }
        System.out.println("Bad input: " + cases + " requests, " + failures.size() + " answered badly");
        assertEquals(List.of(), failures, String.join("\n", failures));
        long membersAfter = api.get("api/members?size=1", FACILITATOR).json().getJsonNumber("total").longValue();
        assertEquals(membersBefore + membersAdded, membersAfter, "no refused member was half-saved");
    }

    static boolean matches(String expected, int status) {
        if (status >= 500 && !expected.equals(Integer.toString(status))) {
            return false;
        }
        return switch (expected) {
            case "ok" -> status != 401 && status != 403 && status != 404;
            case "ref" -> status == 401 || status == 403 || status == 404;
            default -> status == Integer.parseInt(expected);
        };
    }

    /** The line's JSON body; the guest's own answer for the guest page's form. */
    static Api.Answer send(Api api, String method, String path, String json, Api.Caller as) throws Exception {
        if (method.equals("POST") && path.startsWith("invitations/")) {
            HttpRequest request = HttpRequest.newBuilder(api.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("answer=ACCEPTED")).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Answer(response.statusCode(), response);
        }
        boolean body = method.equals("POST") || method.equals("PUT");
        return api.send(method, path, body ? json : null, as, null);
    }

    static List<Rule> table() throws Exception {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                AccessMatrixIT.class.getResourceAsStream("/access-matrix.txt"), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                String[] operation = parts[0].trim().split("\\s+");
                rules.add(new Rule(operation[0], operation[1], pairs(parts[1]),
                        parts.length > 2 && !parts[2].trim().equals("-") ? pairs(parts[2]) : Map.of(),
                        parts.length > 3 ? parts[3].trim() : "{}", number));
            }
        }
        return rules;
    }

    static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new HashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            String[] kv = pair.split("=");
            pairs.put(kv[0], kv[1]);
        }
        return pairs;
    }

    /** The operations whose request body /openapi documents as JSON. */
    static TreeSet<String> operationsTakingJson(Api api) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.uri("openapi")).header("Accept", "application/json").build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        JsonObject paths = Json.createReader(new StringReader(body)).readObject().getJsonObject("paths");
        TreeSet<String> operations = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (var operation : paths.getJsonObject(path).entrySet()) {
                if (operation.getValue().getValueType() == JsonValue.ValueType.OBJECT
                        && operation.getValue().asJsonObject().containsKey("requestBody")
                        && operation.getValue().asJsonObject().getJsonObject("requestBody").toString().contains("application/json")) {
                    operations.add(operation.getKey().toUpperCase() + " " + PARAM.matcher(path).replaceAll("{$1}"));
                }
            }
        }
        return operations;
    }

    /** "METHOD /path/{param}" for every operation /openapi documents, regular expressions dropped. */
    static TreeSet<String> operations(Api api) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.uri("openapi")).header("Accept", "application/json").build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        JsonObject paths = Json.createReader(new StringReader(body)).readObject().getJsonObject("paths");
        TreeSet<String> operations = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (var operation : paths.getJsonObject(path).entrySet()) {
                if (operation.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                    operations.add(operation.getKey().toUpperCase() + " " + PARAM.matcher(path).replaceAll("{$1}"));
                }
            }
        }
        return operations;
    }

    /** The records the calls are made on, owned by "officer", with spares for destructive calls. */
    static final class Fixtures {
        final Api api;
        final Api.Caller officer;
        /** The officer's name, their fixture's own: a name typed at the console must find one member. */
        final String officerName;
        final Api.Caller other;
        final Map<String, String> ids = new HashMap<>();
        final Map<String, String> tokens = new HashMap<>();
        /** Where this fixture's public forms come from (X-Forwarded-For). */
        final String address;

        Fixtures(Api api, String domain) {
            this.api = api;
            this.address = "198.51.100." + (1 + Math.floorMod(domain.hashCode(), 250));
            officerName = "Owen Owner " + Character.toUpperCase(domain.charAt(0)) + domain.substring(1);
            officer = api.person(officerName, "owen@" + domain + ".test", "OFFICER");
            other = api.person("Olga Other", "olga@" + domain + ".test", "OFFICER");
            long owner = api.get("api/me", officer).id();
            ids.put("members", Long.toString(owner));
            ids.put("members.spare", Long.toString(api.post("api/members",
                    "{\"name\":\"Spare Member\",\"email\":\"spare@" + domain + ".test\"}", FACILITATOR).id()));
            String reset = api.post("api/members/" + ids.get("members.spare") + "/account",
                    "{\"role\":\"OFFICER\"}", FACILITATOR).body();
            tokens.put("api/password-resets", api.post("api/members/" + ids.get("members.spare") + "/password-reset",
                    null, FACILITATOR).json().getString("token"));
            long workshop = created(api.post("api/workshops", "{\"title\":\"Matrix\",\"start\":\"2031-05-28T10:00\","
                    + "\"end\":\"2031-05-28T12:00\",\"capacity\":10}", FACILITATOR));
            ids.put("workshops", Long.toString(workshop));
            ids.put("workshops.spare", Long.toString(created(api.post("api/workshops", "{\"title\":\"Spare\","
                    + "\"start\":\"2031-06-25T10:00\",\"end\":\"2031-06-25T12:00\"}", FACILITATOR))));
            long past = created(api.post("api/workshops", "{\"title\":\"Past\",\"start\":\"2012-11-29T10:00\","
                    + "\"end\":\"2012-11-29T12:00\"}", FACILITATOR));
            ids.put("workshops.past", Long.toString(past));
            String attended = api.post("api/workshops/" + past + "/attendance",
                    "{\"memberIds\":[" + owner + "]}", FACILITATOR).body();
            ids.put("attendance", Long.toString(Json.createReader(new StringReader(attended)).readArray()
                    .getJsonObject(0).getJsonNumber("id").longValue()));
            ids.put("series", Long.toString(created(api.post("api/series", "{\"title\":\"Matrix series\","
                    + "\"rule\":\"last Thursday\",\"startTime\":\"10:00\",\"durationMinutes\":120}", FACILITATOR))));
            long project = created(api.post("api/projects", "{\"title\":\"Owner's project\",\"stage\":\"PLAN\"}", officer));
            ids.put("projects", Long.toString(project));
            ids.put("challenges", Long.toString(created(api.post("api/projects/" + project + "/challenges",
                    "{\"question\":\"How do we start?\"}", officer))));
            ids.put("actions", Long.toString(created(api.post("api/actions", "{\"description\":\"Owner's action\","
                    + "\"ownerId\":" + owner + ",\"workshopId\":" + workshop + "}", FACILITATOR))));
            JsonObject invitation = api.post("api/workshops/" + workshop + "/invitations",
                    "{\"name\":\"Gus Guest\",\"email\":\"gus@guest.test\",\"send\":false}", FACILITATOR).json();
            ids.put("invitations", Long.toString(invitation.getJsonNumber("id").longValue()));
            tokens.put("invitations", lastSegment(invitation.getString("link")));
            ids.put("invitations.spare", Long.toString(api.post("api/workshops/" + workshop + "/invitations",
                    "{\"name\":\"Spare Guest\",\"email\":\"spare@guest.test\",\"send\":false}", FACILITATOR).id()));
            String feed = api.post("api/me/calendar-feed", null, officer).json().getString("url");
            tokens.put("calendar/members", lastSegment(feed).replace(".ics", ""));
            ids.put("practices", Long.toString(created(api.post("api/practices", "{\"title\":\"Ask first\","
                    + "\"how\":\"Ask residents before planning\"}", officer))));
            ids.put("toolkit", Long.toString(created(api.post("api/toolkit", "{\"kind\":\"TOOL\",\"stage\":\"PLAN\","
                    + "\"title\":\"Stakeholder map\",\"summary\":\"Who to involve\"}", FACILITATOR))));
            ids.put("trials", Long.toString(created(api.post("api/trials", "{\"title\":\"Channels\","
                    + "\"firstMonth\":\"2026-01\",\"lastMonth\":\"2026-12\",\"channels\":[\"LinkedIn\",\"Lino-it\"]}",
                    FACILITATOR))));
            ids.put("month", "2026-06");
            String status = joinRequest("{\"name\":\"Jo Joiner\",\"email\":\"jo@" + domain + ".test\","
                    + "\"wouldBring\":\"Experience\"}").json().getString("statusUrl");
            tokens.put("api/join-requests/status", lastSegment(status));
            ids.put("join-requests", Long.toString(api.get("api/join-requests?status=PENDING&size=100", FACILITATOR)
                    .items().getValuesAs(JsonObject.class).stream()
                    .filter(request -> request.getString("email").equals("jo@" + domain + ".test")).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue()));
            reset.length();
        }

        /**
         * The public join form is limited per address: each fixture asks from an address of its own
         * behind the trusted proxy, and should the burst be spent all the same, waits as long as
         * Retry-After says, as a person would.
         */
        Api.Answer joinRequest(String json) {
            for (int attempt = 0; ; attempt++) {
                Api.Answer answer = api.from(address).post("api/join-requests", json, ANONYMOUS);
                if (answer.status() != 429 || attempt == 3) {
                    if (answer.status() != 202 && answer.status() != 201) {
                        throw new IllegalStateException("join request not taken: " + answer);
                    }
                    return answer;
                }
                long seconds = Long.parseLong(answer.header("Retry-After").orElse("12"));
                try {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) + 200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        static long created(Api.Answer answer) {
            if (answer.status() != 201) {
                throw new IllegalStateException("fixture not created: " + answer);
            }
            return answer.id();
        }

        static String lastSegment(String url) {
            return url.substring(url.lastIndexOf('/') + 1);
        }

        /** Fills a path's parameters for a caller: ids by the collection they follow, tokens by path. */
        String fill(String template, String who, Map<String, String> overrides) {
            Matcher matcher = PARAM.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String before = template.substring(0, matcher.start());
                String collection = before.replaceAll("^.*/([^/{}]+)/$", "$1");
                String value;
                if (name.equals("token")) {
                    String owner = before.substring(1, before.length() - 1);
                    value = who.equals("guest") ? tokens.get(owner) : MADE_UP_TOKEN;
                } else if (name.equals("month")) {
                    value = ids.get("month");
                } else {
                    String key = switch (name) {
                        case "workshopId" -> "workshops";
                        case "memberId" -> "members";
                        case "invitationId" -> "invitations";
                        case "attendanceId" -> "attendance";
                        default -> collection;
                    };
                    String variant = overrides.get(name);
                    value = ids.get(variant == null ? key : key + "." + variant);
                }
                if (value == null) {
                    throw new IllegalStateException("no fixture for {" + name + "} in " + template);
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(path);
            return path.substring(1);
        }
    }
}
