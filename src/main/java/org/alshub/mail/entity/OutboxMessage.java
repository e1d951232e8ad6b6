package org.alshub.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One email, rendered when the change that calls for it was made, waiting to be sent, sent, or
 * given up on. A failed attempt is tried again later and later (doubling from a base, up to a
 * cap) until the message is too old to be worth sending or the mail server refused it for good.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum State {
        WAITING, SENT, FAILED
    }

    /** When to try again, and when to stop trying. */
    public record Retry(Duration base, Duration cap, Duration giveUpAfter) {

        /** The wait after the n-th failed attempt: base, twice that, four times, ... never beyond the cap. */
        public Duration after(int attempts) {
            Duration wait = base;
            for (int i = 1; i < attempts && wait.compareTo(cap) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "workshop_id")
    private Long workshopId;

    private String reference;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(name = "recipient_email")
    private String recipientEmail;

    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    private String calendar;

    @Column(name = "calendar_method")
    private String calendarMethod;

    @Column(name = "message_id")
    private String messageId;

    @Enumerated(EnumType.STRING)
    private State state;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private int version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String kind, Long workshopId, String reference, String recipientName, String recipientEmail,
                         String subject, String textBody, String htmlBody, String calendar, String calendarMethod,
                         String messageId, Instant now) {
        this.kind = kind;
        this.workshopId = workshopId;
        this.reference = reference;
        this.recipientName = recipientName;
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.calendar = calendar;
        this.calendarMethod = calendarMethod;
        this.messageId = messageId;
        this.state = State.WAITING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public boolean dueAt(Instant now) {
        return state == State.WAITING && !nextAttemptAt.isAfter(now);
    }

    public void sent(Instant now) {
        attempts++;
        state = State.SENT;
        sentAt = now;
    }

    /**
     * An attempt failed. A permanent refusal (the server said the address does not exist) or a
     * message older than the retry's limit is given up; anything else waits and is tried again.
     */
    public void attemptFailed(String error, boolean permanent, Retry retry, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        if (permanent || !now.isBefore(createdAt.plus(retry.giveUpAfter()))) {
            state = State.FAILED;
        } else {
            nextAttemptAt = now.plus(retry.after(attempts));
        }
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public Long workshopId() {
        return workshopId;
    }

    public String reference() {
        return reference;
    }

    public String recipientName() {
        return recipientName;
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public String calendar() {
        return calendar;
    }

    public String calendarMethod() {
        return calendarMethod;
    }

    public String messageId() {
        return messageId;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
