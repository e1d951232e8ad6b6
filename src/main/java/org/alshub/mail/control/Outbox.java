package org.alshub.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alshub.mail.entity.OutboxMessage;
import org.alshub.platform.problem.ProblemException;

/**
 * Every email goes through here: queued in the transaction of the change that calls for it (so a
 * change and its news commit together, or neither), then sent one by one by {@link OutboxJob}.
 */
@org.alshub.audit.control.Audited
@ApplicationScoped
@Transactional
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Smtp smtp;

    @Inject
    Clock clock;

    @Inject
    Event<Queued> queued;

    @Inject
    Event<Sent> sent;

    /**
     * A message to queue. {@code calendar} is the iTIP message (or null), {@code method} its
     * METHOD; {@code reference} says what it is about, for whoever wants to hear it was sent;
     * {@code base} is the app's address, whose host the Message-ID is made under.
     */
    public record Letter(String kind, Long workshopId, String reference, String toName, String toEmail,
                         String subject, String text, String html, String calendar, String method, URI base) {
    }

    /** Fired when a message was queued; after the commit the job sends at once. */
    public record Queued(long id) {
    }

    /** Fired, inside the sending transaction, when a message was sent. */
    public record Sent(long id, String reference, Instant at) {
    }

    /** What an attempt to send came to. */
    public enum Attempt {
        SENT, WAITING, FAILED, NOT_DUE
    }

    /** Where the outbox stands: how many by state, and the messages not sent (newest first). */
    public record Overview(Map<OutboxMessage.State, Long> counts, List<OutboxMessage> unsent, List<OutboxMessage> sent) {
    }

    /** Queues a message, or refuses when nothing may be sent (no mail server, the example organizer). */
    public OutboxMessage queue(Letter letter) {
        settings.refusal().ifPresent(why -> {
            throw ProblemException.conflict(why);
        });
        OutboxMessage message = new OutboxMessage(letter.kind(), letter.workshopId(), letter.reference(),
                letter.toName(), letter.toEmail(), letter.subject(), letter.text(), letter.html(), letter.calendar(),
                letter.method(), messageId(letter.base()), clock.instant());
        em.persist(message);
        em.flush();
        queued.fire(new Queued(message.id()));
        return message;
    }

    /** Whether messages may be queued here at all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean open() {
        return settings.refusal().isEmpty();
    }

    /** Why nothing may be queued here, for whoever asked for an email: "Nobody was emailed: ...". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> refusal() {
        return settings.refusal().map(why -> "Nobody was emailed: " + why);
    }

    /** The ids of messages due now, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(int max) {
        return em.createQuery("select m.id from OutboxMessage m where m.state = :waiting and m.nextAttemptAt <= :now "
                        + "order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("waiting", OutboxMessage.State.WAITING).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /**
     * Sends one message if it is due: marked sent, or its failure noted and a later attempt set
     * (given up when the server refused it for good or it is too old). One transaction per message.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt send(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        Instant now = clock.instant();
        if (message == null || !message.dueAt(now) || settings.refusal().isPresent()) {
            return Attempt.NOT_DUE;
        }
        try {
            smtp.send(message);
            message.sent(clock.instant());
            sent.fire(new Sent(id, message.reference(), message.sentAt()));
            return Attempt.SENT;
        } catch (Smtp.Refused refused) {
            message.attemptFailed(refused.getMessage(), refused.permanent(), settings.retry(), clock.instant());
            LOG.log(Level.WARNING, "Email " + id + " (" + message.kind() + ") not sent, attempt " + message.attempts()
                    + (message.state() == OutboxMessage.State.FAILED ? ", given up: " : ", will try again at "
                    + message.nextAttemptAt() + ": ") + refused.getMessage());
            return message.state() == OutboxMessage.State.FAILED ? Attempt.FAILED : Attempt.WAITING;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(int size) {
        Map<OutboxMessage.State, Long> counts = new EnumMap<>(OutboxMessage.State.class);
        for (OutboxMessage.State state : OutboxMessage.State.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select m.state, count(m) from OutboxMessage m group by m.state", Object[].class)
                .getResultList().forEach(row -> counts.put((OutboxMessage.State) row[0], ((Number) row[1]).longValue()));
        List<OutboxMessage> unsent = em.createQuery("select m from OutboxMessage m where m.state <> :sent "
                        + "order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setParameter("sent", OutboxMessage.State.SENT).setMaxResults(size).getResultList();
        List<OutboxMessage> recent = em.createQuery("select m from OutboxMessage m where m.state = :sent "
                        + "order by m.sentAt desc, m.id desc", OutboxMessage.class)
                .setParameter("sent", OutboxMessage.State.SENT).setMaxResults(size).getResultList();
        return new Overview(counts, unsent, recent);
    }

    /** Messages of sent or failed state older than the cutoff are deleted: they hold people's names and addresses. */
    public int forgetBefore(Instant cutoff) {
        return em.createNativeQuery("delete from outbox_message where state <> 'WAITING' and created_at < ?")
                .setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
    }

    /** Under the public host's domain, as RFC 5322 asks, so a reply's References lead back here. */
    static String messageId(URI base) {
        String host = base == null || base.getHost() == null ? "als-hub.invalid" : base.getHost().toLowerCase(Locale.ROOT);
        return "<" + UUID.randomUUID() + "@" + host + ">";
    }
}
