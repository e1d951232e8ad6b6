package org.alshub.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One Payara Micro (and one Derby) for every integration test that can share it: started the way
 * `mvn -Prun` starts the app (payara-config/run.sh, the shipped WAR, an empty database), on a free
 * loopback port, the first time a test class asks for it, and stopped when the run ends. Each test
 * makes its own data (its own workshops, members with addresses of their own), so the order the
 * classes run in does not matter. GreenMail is its mail server for the whole run: the SMTP server it
 * sends through and the IMAP mailbox of the organizer it reads replies from (so no test's server
 * retries a closed port). The server writes its log to a file (target/it-server.log); a failing
 * test prints the lines written while it ran, not the whole run's.
 *
 * <p>Tests that must start their own server (ClusterIT; DemoIT with demo data; UpgradeIT on an old
 * database) do so, with mail off.
 */
public final class SharedServer implements BeforeAllCallback, BeforeEachCallback, TestWatcher {

    /** Held by each class on the shared server: they run one after the other, beside the others. */
    public static final String LOCK = "org.alshub.it.SharedServer";

    static final String ORGANIZER = "als@lambeth.test";
    static final String MAILBOX_PASSWORD = "organizer-mailbox-pass";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Path TARGET = Path.of(System.getProperty("basedir", ""), "target").toAbsolutePath();
    private static final Path RUN = Path.of(System.getProperty("basedir", ""), "payara-config", "run.sh").toAbsolutePath();
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(SharedServer.class);

    private static volatile Server server;

    /** The address of the shared server; starts it on first use. */
    public static URL base() {
        return running().base;
    }

    /** The SMTP server the shared server sends through (a new one after {@link #restartSmtp()}). */
    static GreenMail smtp() {
        return running().smtp;
    }

    /** The organizer's mailbox the shared server reads calendar replies from. */
    static GreenMail imap() {
        return running().imap;
    }

    /** Stops the SMTP server: the app's outbox then finds it closed. */
    static void stopSmtp() {
        running().smtp.stop();
    }

    /** Starts a new SMTP server on the same port (the old one's messages are gone with it). */
    static void restartSmtp() {
        Server s = running();
        s.smtp.stop();
        s.smtp = startSmtp();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(HERE).getOrComputeIfAbsent(Server.class, key -> running(), Server.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(HERE).put("log-from", running().logSize());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Long from = context.getStore(HERE).get("log-from", Long.class);
        if (from != null && server != null) {
            System.out.println("--- the server's log while " + context.getDisplayName() + " ran (" + server.log + ") ---");
            System.out.println(server.logFrom(from));
            System.out.println("--- end of the server's log for " + context.getDisplayName() + " ---");
        }
    }

    private static synchronized Server running() {
        if (server == null) {
            try {
                server = start();
            } catch (Exception e) {
                throw new IllegalStateException("the shared test server did not start", e);
            }
        }
        return server;
    }

    /** One per run: the JUnit root store closes it when the run ends, a shutdown hook if it does not. */
    private static final class Server implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        final Process process;
        final URL base;
        final Path log;
        final GreenMail imap;
        volatile GreenMail smtp;

        Server(Process process, URL base, Path log, GreenMail smtp, GreenMail imap) {
            this.process = process;
            this.base = base;
            this.log = log;
            this.smtp = smtp;
            this.imap = imap;
        }

        long logSize() {
            try {
                return Files.size(log);
            } catch (IOException e) {
                return 0;
            }
        }

        String logFrom(long offset) {
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                long length = file.length();
                long from = Math.min(offset, length);
                byte[] bytes = new byte[(int) Math.min(length - from, 2_000_000)];
                file.seek(length - bytes.length);
                file.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        @Override
        public void close() {
            stopProcess(process);
            smtp.stop();
            imap.stop();
        }
    }

    private static Server start() throws Exception {
        long started = System.nanoTime();
        Path data = Path.of(System.getProperty("it.data.dir")).toAbsolutePath();
        deleteRecursively(data);
        Files.createDirectories(data);
        GreenMail smtp = startSmtp();
        GreenMail imap = new GreenMail(new ServerSetup(Integer.getInteger("it.imap.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_IMAP));
        imap.setUser(ORGANIZER, ORGANIZER, MAILBOX_PASSWORD);
        imap.start();

        int port = freePort();
        Path log = TARGET.resolve("it-server.log");
        ProcessBuilder builder = new ProcessBuilder("bash", RUN.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("ALS_"));
        env.putAll(Map.ofEntries(
                Map.entry("ALS_HTTP_PORT", Integer.toString(port)),
                Map.entry("ALS_DATA_DIR", data.toString()),
                Map.entry("ALS_DEMO_DATA", "false"),
                Map.entry("ALS_ADMIN_EMAIL", Api.FACILITATOR.email()),
                Map.entry("ALS_ADMIN_PASSWORD", Api.FACILITATOR.password()),
                Map.entry("ALS_TRUSTED_PROXIES", "127.0.0.1"),
                Map.entry("ALS_SMTP_HOST", "127.0.0.1"),
                Map.entry("ALS_SMTP_PORT", System.getProperty("it.smtp.port")),
                Map.entry("ALS_SMTP_FROM", ORGANIZER),
                Map.entry("ALS_CALENDAR_ORGANIZER_EMAIL", ORGANIZER),
                Map.entry("ALS_IMAP_HOST", "127.0.0.1"),
                Map.entry("ALS_IMAP_PORT", System.getProperty("it.imap.port")),
                Map.entry("ALS_IMAP_SSL", "false"),
                Map.entry("ALS_IMAP_USER", ORGANIZER),
                Map.entry("ALS_IMAP_PASSWORD", MAILBOX_PASSWORD),
                // short intervals keep the mail tests fast: a poll, a send, a retry each second
                Map.entry("ALS_IMAP_POLL_SECONDS", "1"),
                Map.entry("ALS_OUTBOX_SECONDS", "1"),
                Map.entry("ALS_OUTBOX_RETRY_SECONDS", "1"),
                Map.entry("ALS_OUTBOX_RETRY_MAX_SECONDS", "4"),
                Map.entry("ALS_REMINDER_CHECK_SECONDS", "2"),
                // README's line for a busy instance: C2 too, as this one serves the whole run (with C1 only,
                // each password hash, PBKDF2 at 210,000 rounds, took about three times as long); and every
                // answer carries X-SQL-Statements (PerformanceIT)
                Map.entry("ALS_JAVA_OPTS", "-Xms64m -Xmx384m -XX:+UseSerialGC -Xss512k -Dals.sql-count=true")));
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopProcess(process)));
        URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; its log " + log + " ends:\n" + tail(log));
            }
            try {
                if (probe.send(HttpRequest.newBuilder(base.toURI().resolve("health")).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                stopProcess(process);
                throw new IllegalStateException("the server did not answer /health within " + START_TIMEOUT.toSeconds()
                        + " s; its log " + log + " ends:\n" + tail(log));
            }
            Thread.sleep(250);
        }
        System.out.printf("SharedServer: Payara Micro up on %s in %d s (log: %s)%n", base,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), log);
        return new Server(process, base, log, smtp, imap);
    }

    static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** run.sh execs java, so the process is the server's JVM: asked to stop, then made to. */
    private static void stopProcess(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
