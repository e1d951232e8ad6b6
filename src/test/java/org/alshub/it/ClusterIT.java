package org.alshub.it;

import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances as one (ALS_CLUSTER=true) on a shared Derby Network Server, started the way README's
 * "Operations" starts them (payara-config/run.sh): the short version of bench/cluster-proof.sh. No
 * Arquillian: the test starts the Derby Network Server inside its own JVM and two Payara Micro
 * processes, all on free loopback ports, and stops them all at the end whatever happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Path WORK = Path.of(System.getProperty("basedir", ""), "target", "cluster-it").toAbsolutePath();
    private static final Path RUN = Path.of(System.getProperty("basedir", ""), "payara-config", "run.sh").toAbsolutePath();

    /** Its own data grid: no other Payara Micro on the machine (another build's, say) joins it. */
    private static final String CLUSTER_NAME = "als-it-" + UUID.randomUUID().toString().substring(0, 8);

    private static NetworkServerControl derby;
    private static Path database;
    private static Instance a;
    private static Instance b;

    private record Instance(String name, Process process, int port, Api api, Path log) {
        URI uri(String path) {
            return api.uri(path);
        }
    }

    @BeforeAll
    static void startDatabaseAndTwoInstances() throws Exception {
        long started = System.nanoTime();
        SharedServer.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        int dbPort = SharedServer.freePort();
        int gridA = SharedServer.freePort();
        // an absolute path: the Derby engine in this JVM may have been booted by another test already,
        // with its own idea of derby.system.home, which this test leaves alone
        database = WORK.resolve("als");
        derby = new NetworkServerControl(InetAddress.getLoopbackAddress(), dbPort);
        derby.start(new PrintWriter(Files.newBufferedWriter(WORK.resolve("derby-server.log")), true));
        waitFor("the Derby Network Server", Duration.ofSeconds(60), () -> {
            try {
                derby.ping();
                return true;
            } catch (Exception notYet) {
                return false;
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(ClusterIT::stopInstances));
        // one after the other: the first migrates the empty database and creates the facilitator
        a = start("a", dbPort, gridA, gridA);
        b = start("b", dbPort, SharedServer.freePort(), gridA);
        waitFor("both instances in one data grid", Duration.ofSeconds(60),
                () -> Files.readString(b.log()).contains("DG Size: 2"));
        System.out.printf("ClusterIT: Derby Network Server and two instances up in %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        stopInstances();
        if (derby != null) {
            derby.shutdown();
            try {
                DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
            } catch (SQLException closed) {
                // 08006: the database was shut down, as asked
            }
        }
    }

    @Test
    @Order(1)
    void aChangeThroughAIsInBsFeedAndApiAtOnce() throws Exception {
        api(a).post("api/workshops", workshop("Warm-up set", 1), FACILITATOR);
        String before = feedEtag(b);
        assertEquals(before, feedEtag(b), "B serves its cached feed");

        Api.Answer created = api(a).post("api/workshops", workshop("Made through A", 1), FACILITATOR);
        assertEquals(201, created.status(), created.body());
        long answered = System.nanoTime();
        HttpResponse<String> feed = feed(b);
        long ms = Duration.ofNanos(System.nanoTime() - answered).toMillis();
        System.out.printf("ClusterIT: B's feed had the change on its first request, %d ms after A answered%n", ms);
        assertNotEquals(before, feed.headers().firstValue("ETag").orElseThrow(), "B's first answer has a new ETag");
        assertTrue(feed.body().contains("Made through A"), feed.body());

        Api.Answer onB = api(b).get("api/workshops/" + created.id(), FACILITATOR);
        assertEquals(200, onB.status(), onB.body());
        Api.Answer renamed = api(a).put("api/workshops/" + created.id(), workshop("Renamed through A", 1),
                FACILITATOR, onB.etag());
        assertEquals(200, renamed.status(), renamed.body());
        Api.Answer again = api(b).get("api/workshops/" + created.id(), FACILITATOR);
        assertEquals("Renamed through A", again.json().getString("title"), "no stale entity on B");
        assertEquals(renamed.etag(), again.etag());
    }

    /**
     * A feed's Last-Modified comes from the database, not from when an instance rendered it: A and
     * B (or an instance after a restart) give the same one, so a calendar app that sends back both
     * validators it got from A is answered 304 by B, not sent the whole feed again.
     */
    @Test
    @Order(1)
    void aFeedHasTheSameLastModifiedOnBothInstancesAndIsNotSentAgainAcrossThem() throws Exception {
        api(a).post("api/workshops", workshop("Validators", 5), FACILITATOR);
        HttpResponse<String> fromA = feed(a);
        Thread.sleep(1_100);
        HttpResponse<String> fromB = feed(b);
        String modified = fromA.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(modified, fromB.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(fromA.headers().firstValue("ETag").orElseThrow(), fromB.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> again = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(b.uri("calendar/workshops.ics"))
                .header("If-None-Match", fromA.headers().firstValue("ETag").orElseThrow())
                .header("If-Modified-Since", modified).GET());
        assertEquals(304, again.statusCode(), "B knows A's validators");
    }

    @Test
    @Order(2)
    void twoPeopleAskingThroughAAndBForTheLastSeatGetOneSeatAndOneWaitingPlace() {
        long workshop = api(a).post("api/workshops", workshop("Last seat", 1), FACILITATOR).id();
        long first = api(a).post("api/members", "{\"name\":\"Seat One\",\"email\":\"seat.one@cluster.test\"}", FACILITATOR).id();
        long second = api(a).post("api/members", "{\"name\":\"Seat Two\",\"email\":\"seat.two@cluster.test\"}", FACILITATOR).id();
        List<String> places = atOnce(List.of(
                () -> api(a).put("api/workshops/" + workshop + "/rsvps/" + first, "{\"answer\":\"GOING\"}", FACILITATOR, null),
                () -> api(b).put("api/workshops/" + workshop + "/rsvps/" + second, "{\"answer\":\"GOING\"}", FACILITATOR, null)))
                .stream().map(answer -> answer.json().getString("place")).toList();
        assertTrue(places.contains("SEAT") && places.contains("WAITING"), places.toString());
        var list = api(b).get("api/workshops/" + workshop + "/rsvps", FACILITATOR).json();
        assertEquals(1, list.getInt("seatsTaken"));
        assertEquals(1, list.getInt("waiting"));
    }

    @Test
    @Order(3)
    void failedSignInsThroughACountOnB() {
        Api.Caller target = api(a).person("Gail Guessed", "gail@cluster.test", "OFFICER");
        Api.Caller guesser = new Api.Caller(target.email(), "wrong-password-guess");
        assertEquals(200, api(b).get("api/me", target).status(), "the account works on B");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api(a).get("api/me", guesser).status());
        }
        Api.Answer locked = api(b).get("api/me", target);
        assertEquals(429, locked.status(), "five failures through A lock the account on B: " + locked.body());
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
        assertEquals(200, api(b).get("api/me", FACILITATOR).status(), "other accounts are not locked");

        // five wrong guesses at the same moment, three through A and two through B: none is lost
        Api.Caller raced = api(a).person("Rita Raced", "rita@cluster.test", "OFFICER");
        Api.Caller racer = new Api.Caller(raced.email(), "wrong-password-race");
        List<Supplier<Api.Answer>> guesses = Stream.of(a, a, a, b, b)
                .<Supplier<Api.Answer>>map(through -> () -> api(through).get("api/me", racer)).toList();
        atOnce(guesses).forEach(guess -> assertEquals(401, guess.status()));
        assertEquals(429, api(a).get("api/me", raced).status(), "all five counted");
        assertEquals(429, api(b).get("api/me", raced).status(), "all five counted");
    }

    /** B remembers a recent sign-in for minutes; a password changed through A must still close B at once. */
    @Test
    @Order(3)
    void aPasswordChangedThroughAIsRefusedOnBAtOnce() {
        Api.Caller pat = api(a).person("Pat Changed", "pat@cluster.test", "OFFICER");
        assertEquals(200, api(b).get("api/me", pat).status(), "B has checked and remembers the password");
        String newPassword = "horse-battery-9f3a1c-staple";
        Api.Answer changed = api(a).put("api/me/password", "{\"currentPassword\":\"" + pat.password()
                + "\",\"newPassword\":\"" + newPassword + "\"}", pat, null);
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, api(b).get("api/me", pat).status(), "the old password no longer opens B");
        assertEquals(200, api(b).get("api/me", new Api.Caller(pat.email(), newPassword)).status());
    }

    /** Sessions live in the data grid; one whose member was erased through A must end on B at once. */
    @Test
    @Order(3)
    void aSessionSignedInOnBEndsThereWhenItsMemberIsErasedThroughA() throws Exception {
        Api.Caller eve = api(a).person("Eve Erased", "eve@cluster.test", "OFFICER");
        long id = api(a).get("api/me", eve).id();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = send(browser, HttpRequest.newBuilder(b.uri("sign-in")).GET());
        assertEquals(303, send(browser, HttpRequest.newBuilder(b.uri("sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + enc(csrf(form.body())) + "&email="
                        + enc(eve.email()) + "&password=" + enc(eve.password())))).statusCode());
        assertEquals(200, send(browser, HttpRequest.newBuilder(b.uri("me")).GET()).statusCode());
        assertEquals(204, api(a).send("DELETE", "api/members/" + id, null, FACILITATOR, null).status());
        HttpResponse<String> after = send(browser, HttpRequest.newBuilder(b.uri("me")).GET());
        assertEquals(302, after.statusCode(), "the session on B ended with the erasure through A");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/sign-in"));
    }

    @Test
    @Order(4)
    void nightlyJobsRunOnOneInstance() throws IOException {
        String logs = Files.readString(a.log()) + Files.readString(b.log());
        assertEquals(1, count(logs, "Running job series-horizon"), "the series job ran once at start");
        assertEquals(1, count(logs, "Skipping job series-horizon"), "the other instance found the lease held");
    }

    @Test
    @Order(5)
    void aSessionSignedInOnAKeepsWorkingOnBAfterAIsKilled() throws Exception {
        // cookies are per host, not per port: the one client carries A's session cookie to B
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = send(browser, HttpRequest.newBuilder(a.uri("sign-in")).GET());
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(a.uri("sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + enc(csrf(form.body())) + "&email="
                        + enc(FACILITATOR.email()) + "&password=" + enc(FACILITATOR.password()) + "&next=%2Fme")));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertEquals(200, send(browser, HttpRequest.newBuilder(a.uri("me")).GET()).statusCode());

        a.process().destroyForcibly().waitFor();
        long killed = System.nanoTime();
        HttpResponse<String> me = send(browser, HttpRequest.newBuilder(b.uri("me")).GET());
        System.out.printf("ClusterIT: A killed; B answered A's session in %d ms%n",
                Duration.ofNanos(System.nanoTime() - killed).toMillis());
        assertEquals(200, me.statusCode(), "still signed in on B");
        assertFalse(me.body().contains("action=\"/sign-in\""), "not the sign-in page");
        assertEquals(201, api(b).post("api/workshops", workshop("After A is gone", 5), FACILITATOR).status());
    }

    // --- processes -----------------------------------------------------------------------------------

    private static Instance start(String name, int dbPort, int gridPort, int joinPort) throws Exception {
        int port = SharedServer.freePort();
        Path log = WORK.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", RUN.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("ALS_")); // failsafe's settings are for the Arquillian tests
        env.putAll(Map.ofEntries(
                Map.entry("ALS_CLUSTER", "true"),
                Map.entry("ALS_CLUSTER_NAME", CLUSTER_NAME),
                Map.entry("ALS_CLUSTER_PORT", Integer.toString(gridPort)),
                Map.entry("ALS_CLUSTER_JOIN", "127.0.0.1:" + joinPort),
                Map.entry("ALS_HTTP_PORT", Integer.toString(port)),
                Map.entry("ALS_DATA_DIR", WORK.resolve(name).toString()),
                Map.entry("ALS_DEMO_DATA", "false"),
                Map.entry("ALS_DB_CLASS", "org.apache.derby.jdbc.ClientDataSource"),
                Map.entry("ALS_DB_SERVER", "127.0.0.1"),
                Map.entry("ALS_DB_PORT", Integer.toString(dbPort)),
                Map.entry("ALS_DB_NAME", database.toString()),
                Map.entry("ALS_DB_CREATE", "create"),
                Map.entry("ALS_ADMIN_EMAIL", FACILITATOR.email()),
                Map.entry("ALS_ADMIN_PASSWORD", FACILITATOR.password()),
                // one address for both, as behind their proxy: their feeds are the same bytes
                Map.entry("ALS_PUBLIC_URL", "https://als.cluster.test/"),
                // two instances and the test on a 2-core machine: a smaller heap than run.sh's default
                Map.entry("ALS_JAVA_OPTS", "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k")));
        Process process = builder.start();
        Instance instance = new Instance(name, process, port, new Api(URI.create("http://127.0.0.1:" + port + "/").toURL()), log);
        if (name.equals("a")) {
            a = instance; // stopped at the end even if it never comes up
        } else {
            b = instance;
        }
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        waitFor("instance " + name + " (log: " + log + ")", START_TIMEOUT, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " stopped; its log: " + log + "\n" + SharedServer.tail(log));
            }
            try {
                return probe.send(HttpRequest.newBuilder(instance.uri("health")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return instance;
    }

    /** run.sh execs java, so the process is the server's JVM itself. */
    private static void stopInstances() {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null && instance.process().isAlive()) {
                instance.process().destroyForcibly();
                try {
                    instance.process().waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(String what, Duration timeout, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + what + " after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    // --- HTTP ----------------------------------------------------------------------------------------

    private static Api api(Instance instance) {
        return instance.api();
    }

    /** Sends the requests from one thread each, released together. */
    private static List<Api.Answer> atOnce(List<Supplier<Api.Answer>> requests) {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Api.Answer>> answers = requests.stream()
                    .map(request -> CompletableFuture.supplyAsync(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return request.get();
                    }, threads)).toList();
            go.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static String workshop(String title, int capacity) {
        return "{\"title\":\"" + title + "\",\"start\":\"2031-05-14T18:00\",\"end\":\"2031-05-14T20:00\",\"capacity\":"
                + capacity + "}";
    }

    private static HttpResponse<String> feed(Instance instance) throws Exception {
        HttpResponse<String> feed = send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(instance.uri("calendar/workshops.ics")).GET());
        assertEquals(200, feed.statusCode());
        return feed;
    }

    private static String feedEtag(Instance instance) throws Exception {
        return feed(instance).headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(matcher.find(), "the sign-in form carries a token");
        return matcher.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
