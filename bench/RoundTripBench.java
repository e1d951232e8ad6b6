import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alshub.it.ImipFixtures;

/**
 * The calendar round trip measured on the built app (run by bench/round-trip.sh, not by mvn verify):
 * GreenMail's SMTP and IMAP servers here, the app started with payara-config/run.sh pointed at them.
 *
 *   replies: 20 guests are emailed an invitation; each answers from one of the four clients'
 *            shapes at a random moment over two minutes; the time from the REPLY landing in the
 *            organizer's mailbox to the answer changing in the API is measured for each.
 *   outbox:  the SMTP server stops for a minute; 10 guests are invited and their workshop moved
 *            (20 emails); the outbox is watched every second; then the server comes back and the
 *            time until every email arrived, and whether any was lost or sent twice, is measured.
 *
 *   java -cp CLASSPATH bench/RoundTripBench.java PORT DATA_DIR POLL_SECONDS RETRY_SECONDS
 */
public class RoundTripBench {

    static final String ORGANIZER = "als@bench.test";
    static final String FACILITATOR = "facilitator@bench.test";
    static final String PASSWORD = "bench-facilitator-password-2012";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Random RANDOM = new Random(20121129);

    static URI base;
    static GreenMail smtp;
    static GreenMail imap;
    static int smtpPort;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        int poll = Integer.parseInt(args[2]);
        int retry = Integer.parseInt(args[3]);
        base = URI.create("http://127.0.0.1:" + port + "/");
        smtpPort = port + 1;
        int imapPort = port + 2;
        smtp = smtp();
        imap = new GreenMail(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.setUser(ORGANIZER, ORGANIZER, "bench-mailbox");
        imap.start();

        ProcessBuilder app = new ProcessBuilder("bash", "payara-config/run.sh").redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile());
        Map<String, String> env = app.environment();
        env.keySet().removeIf(k -> k.startsWith("ALS_"));
        env.putAll(Map.ofEntries(Map.entry("ALS_HTTP_PORT", Integer.toString(port)),
                Map.entry("ALS_DATA_DIR", data.toString()), Map.entry("ALS_DEMO_DATA", "false"),
                Map.entry("ALS_ADMIN_EMAIL", FACILITATOR), Map.entry("ALS_ADMIN_PASSWORD", PASSWORD),
                Map.entry("ALS_SMTP_HOST", "127.0.0.1"), Map.entry("ALS_SMTP_PORT", Integer.toString(smtpPort)),
                Map.entry("ALS_CALENDAR_ORGANIZER_EMAIL", ORGANIZER),
                Map.entry("ALS_IMAP_HOST", "127.0.0.1"), Map.entry("ALS_IMAP_PORT", Integer.toString(imapPort)),
                Map.entry("ALS_IMAP_SSL", "false"), Map.entry("ALS_IMAP_USER", ORGANIZER),
                Map.entry("ALS_IMAP_PASSWORD", "bench-mailbox"),
                Map.entry("ALS_IMAP_POLL_SECONDS", Integer.toString(poll)),
                Map.entry("ALS_OUTBOX_RETRY_SECONDS", Integer.toString(retry))));
        Process server = app.start();
        try {
            waitForApp();
            System.out.printf("app up; mailbox read every %d s, first retry after %d s (doubling)%n", poll, retry);
            replies();
            outbox();
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            server.destroyForcibly();
            smtp.stop();
            imap.stop();
        }
    }

    static void replies() throws Exception {
        long workshop = workshop("Twenty answers", "2031-03-26T10:00");
        String[] clients = {"outlook", "gmail", "apple", "thunderbird"};
        String[] answers = {"ACCEPTED", "TENTATIVE", "DECLINED", "ACCEPTED"};
        Map<String, Long> invitationIds = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String email = "guest" + i + "@bench.test";
            JsonObject invited = json(send("POST", "api/workshops/" + workshop + "/invitations",
                    "{\"name\":\"Guest " + i + "\",\"email\":\"" + email + "\",\"send\":true}"));
            invitationIds.put(email, invited.getJsonNumber("id").longValue());
        }
        String uid = null;
        for (int i = 0; i < 20; i++) {
            MimeMessage invitation = await("guest" + i + "@bench.test", "Invitation: ");
            Matcher m = Pattern.compile("UID:(\\S+)").matcher(calendar(invitation));
            uid = m.find() ? m.group(1) : uid;
        }
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Thread> guests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            String theUid = uid;
            long at = RANDOM.nextInt(120_000);
            Thread guest = new Thread(() -> {
                try {
                    Thread.sleep(at);
                    String email = "guest" + n + "@bench.test";
                    String partStat = answers[n % 4];
                    String expected = partStat;
                    byte[] raw = ImipFixtures.raw(new ImipFixtures.Reply(clients[n % 4], theUid, "Twenty answers",
                            LocalDateTime.of(2031, 3, 26, 10, 0), "Guest " + n, email, partStat,
                            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ORGANIZER));
                    long landed = System.nanoTime();
                    imap.getUserManager().getUserByEmail(ORGANIZER).deliver(ImipFixtures.parse(raw));
                    while (!expected.equals(answerOf(workshop, invitationIds.get(email)))) {
                        Thread.sleep(50);
                    }
                    millis.add(Duration.ofNanos(System.nanoTime() - landed).toMillis());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            guest.start();
            guests.add(guest);
        }
        for (Thread guest : guests) {
            guest.join();
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("replies: %d answers from 4 client shapes over %d s; REPLY in the mailbox to RSVP changed, ms: "
                        + "min %d, median %d, p90 %d, max %d, mean %d%n  all: %s%n", sorted.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 9 / 10), sorted.get(sorted.size() - 1),
                (long) sorted.stream().mapToLong(Long::longValue).average().orElse(0), sorted);
    }

    static void outbox() throws Exception {
        long workshop = workshop("Mail server down", "2031-04-23T10:00");
        smtp.stop();
        long down = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            send("POST", "api/workshops/" + workshop + "/invitations",
                    "{\"name\":\"Down " + i + "\",\"email\":\"down" + i + "@bench.test\",\"send\":true}");
        }
        JsonObject moved = json(send("PUT", "api/workshops/" + workshop, "{\"title\":\"Mail server down\","
                + "\"start\":\"2031-04-23T14:00\",\"end\":\"2031-04-23T16:00\",\"location\":\"Room 3\"}"));
        System.out.printf("outbox: SMTP stopped; 10 invitations and a move told to %d: 20 emails queued%n",
                moved.getInt("told"));
        for (int second = 0; second < 60; second++) {
            if (second % 10 == 0) {
                JsonObject view = json(send("GET", "api/outbox?size=100", null));
                int attempts = view.getJsonArray("unsent").getValuesAs(JsonObject.class).stream()
                        .filter(m -> m.getString("toEmail").startsWith("down")).mapToInt(m -> m.getInt("attempts")).sum();
                System.out.printf("  %2d s down: waiting %d, given up %d, attempts so far %d, last error: %s%n", second,
                        view.getJsonObject("counts").getInt("WAITING"), view.getJsonObject("counts").getInt("FAILED"),
                        attempts, view.getJsonArray("unsent").isEmpty() ? "-"
                                : view.getJsonArray("unsent").getJsonObject(0).getString("lastError", "-"));
            }
            Thread.sleep(1_000);
        }
        smtp = smtp();
        long up = System.nanoTime();
        System.out.printf("  SMTP back after %d s%n", Duration.ofNanos(up - down).toSeconds());
        List<Long> arrivals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            await("down" + i + "@bench.test", "Invitation: Mail server down");
            arrivals.add(Duration.ofNanos(System.nanoTime() - up).toMillis());
            await("down" + i + "@bench.test", "Changed: Mail server down");
            arrivals.add(Duration.ofNanos(System.nanoTime() - up).toMillis());
        }
        Thread.sleep(5_000);
        long received = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                // the recipient as "Name <address>": its address part is the one to look at
                return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress().startsWith("down");
            } catch (Exception e) {
                return false;
            }
        }).count();
        JsonObject view = json(send("GET", "api/outbox?size=100", null));
        int attempts = view.getJsonArray("sent").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("toEmail").startsWith("down")).mapToInt(m -> m.getInt("attempts")).max().orElse(0);
        System.out.printf("  after SMTP came back: all 20 arrived within %d ms (first after %d ms); received %d "
                        + "(none lost, none twice: %s); waiting %d, given up %d; most attempts for one email %d%n",
                Collections.max(arrivals), Collections.min(arrivals), received, received == 20,
                view.getJsonObject("counts").getInt("WAITING"), view.getJsonObject("counts").getInt("FAILED"), attempts);
    }

    // --- helpers --------------------------------------------------------------------------------

    static GreenMail smtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static long workshop(String title, String start) throws Exception {
        return json(send("POST", "api/workshops", "{\"title\":\"" + title + "\",\"start\":\"" + start + "\",\"end\":\""
                + start.replace("T10", "T12") + "\",\"location\":\"Room 8\",\"capacity\":30}")).getJsonNumber("id").longValue();
    }

    static String answerOf(long workshop, long invitation) throws Exception {
        for (JsonObject guest : Json.createReader(new StringReader(send("GET", "api/workshops/" + workshop
                + "/invitations", null))).readArray().getValuesAs(JsonObject.class)) {
            if (guest.getJsonNumber("id").longValue() == invitation) {
                return guest.getString("answer");
            }
        }
        return null;
    }

    static MimeMessage await(String to, String subject) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().contains(to) && m.getSubject().startsWith(subject)) {
                    return m;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no mail to " + to);
    }

    static String calendar(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String found = calendar(parts.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!part.isMimeType("text/calendar")) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    static String send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((FACILITATOR + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static void waitForApp() throws Exception {
        for (int i = 0; i < 240; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(base.resolve("health")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the app did not start");
    }
}
