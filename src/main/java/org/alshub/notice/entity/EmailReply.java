package org.alshub.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message read from the organizer's mailbox, once, and what came of it. */
@Entity
@Table(name = "email_reply")
public class EmailReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String sender;

    @Enumerated(EnumType.STRING)
    private ReplyOutcome outcome;

    @Column(name = "workshop_id")
    private Long workshopId;

    @Column(name = "rsvp_id")
    private Long rsvpId;

    private String attendee;

    @Column(name = "part_stat")
    private String partStat;

    @Column(name = "stamped_at")
    private Instant stampedAt;

    protected EmailReply() {
    }

    public EmailReply(String messageKey, String sender, ItipReply reply, ReplyOutcome outcome, Long workshopId,
                      Long rsvpId, Instant now) {
        this.messageKey = messageKey;
        this.sender = cut(sender, 320);
        this.outcome = outcome;
        this.workshopId = workshopId;
        this.rsvpId = rsvpId;
        this.receivedAt = now;
        if (reply != null) {
            this.attendee = cut(reply.attendee(), 320);
            this.partStat = cut(reply.partStat(), 20);
            this.stampedAt = reply.stamp();
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String messageKey() {
        return messageKey;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String sender() {
        return sender;
    }

    public ReplyOutcome outcome() {
        return outcome;
    }

    public Long workshopId() {
        return workshopId;
    }

    public Long rsvpId() {
        return rsvpId;
    }

    public String attendee() {
        return attendee;
    }

    public String partStat() {
        return partStat;
    }

    public Instant stampedAt() {
        return stampedAt;
    }
}
