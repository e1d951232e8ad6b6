package org.alshub.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organizer's mailbox, read over IMAP with the Jakarta Mail (Angus Mail) Payara ships:
 * every unread message is handed over once, then marked read. Off without als.imap.host.
 */
@ApplicationScoped
public class Mailbox {

    private static final Logger LOG = Logger.getLogger(Mailbox.class.getName());

    @Inject
    @ConfigProperty(name = "als.imap.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "als.imap.port", defaultValue = "993")
    int port;

    @Inject
    @ConfigProperty(name = "als.imap.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "als.imap.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "als.imap.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "als.imap.folder", defaultValue = "INBOX")
    String folderName;

    @Inject
    @ConfigProperty(name = "als.imap.poll-seconds", defaultValue = "60")
    int pollSeconds;

    @Inject
    Clock clock;

    /** What health shows: when the mailbox was last read, whether that worked, what it held. */
    public record State(boolean configured, String address, Instant lastRead, Instant lastOk, String lastError,
                        int unreadLastTime, long handled) {
    }

    private volatile Instant lastRead;
    private volatile Instant lastOk;
    private volatile String lastError;
    private volatile int unread;
    private volatile long handled;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    public State state() {
        return new State(configured(), configured() ? (ssl ? "imaps://" : "imap://") + host.get() + ":" + port + "/"
                + folderName : null, lastRead, lastOk, lastError, unread, handled);
    }

    /**
     * Hands each unread message to {@code handler}, a full copy read from the server, and marks it
     * read when the handler says so (returns true: an ordinary email is left unread for the people
     * who read this mailbox). One whose Message-ID {@code known} recognises is not fetched again:
     * it is marked read or left as it is, as {@code known} says.
     * A handler that fails leaves it unread, to be handed over again at the next read. Returns how
     * many were handed over.
     */
    public int readUnread(Function<String, Optional<Boolean>> known, Predicate<MimeMessage> handler) {
        Instant started = clock.instant();
        lastRead = started;
        int taken = 0;
        try (Store store = Session.getInstance(properties()).getStore(ssl ? "imaps" : "imap")) {
            store.connect(host.orElseThrow(), port, user.orElse(null), password.orElse(null));
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                Message[] messages = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                unread = messages.length;
                for (Message message : messages) {
                    String[] id = message.getHeader("Message-ID");
                    Optional<Boolean> seenBefore = id == null || id.length == 0 ? Optional.empty() : known.apply(id[0].strip());
                    if (seenBefore.isPresent()) {
                        if (seenBefore.get()) {
                            message.setFlag(Flags.Flag.SEEN, true);
                        }
                        continue;
                    }
                    // a copy: the whole message fetched once, and the handler cannot touch the server's
                    MimeMessage copy = new MimeMessage((MimeMessage) message);
                    taken++;
                    handled++;
                    if (handler.test(copy)) {
                        message.setFlag(Flags.Flag.SEEN, true);
                    }
                }
            } finally {
                folder.close(false);
            }
            if (lastError != null) {
                LOG.info("The mailbox " + state().address() + " answers again");
            }
            lastOk = clock.instant();
            lastError = null;
        } catch (MessagingException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            // said once per outage, not at every poll
            if (lastError == null) {
                LOG.log(Level.WARNING, "Cannot read the mailbox " + state().address() + ": " + error);
            }
            lastError = error.length() > 300 ? error.substring(0, 300) : error;
        }
        return taken;
    }

    private Properties properties() {
        Properties properties = new Properties();
        String protocol = ssl ? "imaps" : "imap";
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        properties.put("mail." + protocol + ".writetimeout", "10000");
        // read the whole message, not part by part: replies are small
        properties.put("mail." + protocol + ".partialfetch", "false");
        // fetching a message does not mark it read: only a handled one is marked
        properties.put("mail." + protocol + ".peek", "true");
        return properties;
    }
}
