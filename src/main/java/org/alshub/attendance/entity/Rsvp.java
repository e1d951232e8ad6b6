package org.alshub.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One person's answer to one workshop: a member's, or a guest's who answered an invitation
 * without an account. A GOING answer either holds a seat or waits for one.
 */
@Entity
@Table(name = "rsvp")
public class Rsvp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_id")
    private Long workshopId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "guest_invitation_id")
    private Long guestInvitationId;

    @Column(name = "guest_name")
    private String guestName;

    @Enumerated(EnumType.STRING)
    private Answer answer;

    private boolean waiting;

    @Column(name = "seat_asked_at")
    private Instant seatAskedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "place_changes")
    private int placeChanges;

    @Column(name = "answered_by")
    private String answeredBy;

    @Version
    private int version;

    protected Rsvp() {
    }

    public static Rsvp ofMember(long workshopId, long memberId) {
        Rsvp rsvp = new Rsvp();
        rsvp.workshopId = workshopId;
        rsvp.memberId = memberId;
        return rsvp;
    }

    public static Rsvp ofGuest(long workshopId, long invitationId, String guestName) {
        Rsvp rsvp = new Rsvp();
        rsvp.workshopId = workshopId;
        rsvp.guestInvitationId = invitationId;
        rsvp.guestName = guestName;
        return rsvp;
    }

    /**
     * Records the answer. A new GOING takes a seat if one is free, else joins the end of the
     * waiting list; saying GOING again keeps one's seat or place in the queue.
     */
    public void reply(Answer answer, boolean seatFree, Instant now) {
        reply(answer, seatFree, now, false);
    }

    /** The same, saying whether the answer came by email (an iTIP REPLY from the person's calendar). */
    public void reply(Answer answer, boolean seatFree, Instant now, boolean byEmail) {
        boolean alreadyGoing = this.answer == Answer.GOING;
        this.answer = answer;
        this.answeredAt = now;
        this.answeredBy = byEmail ? BY_EMAIL : null;
        if (answer != Answer.GOING) {
            waiting = false;
            seatAskedAt = null;
        } else if (!alreadyGoing) {
            waiting = !seatFree;
            seatAskedAt = now;
            if (waiting) {
                placeChanges++;
            }
        }
    }

    static final String BY_EMAIL = "EMAIL";

    /** Whether this answer is already what the person says now: saying it again changes nothing. */
    public boolean says(Answer answer) {
        return this.answer == answer;
    }

    public void renameGuest(String name) {
        this.guestName = name;
    }

    /** Moves up from the waiting list into a freed seat. */
    public void promote() {
        if (waiting) {
            waiting = false;
            placeChanges++;
        }
    }

    /**
     * How often this person's place moved between the waiting list and a seat. Their own copy of
     * the invitation carries the workshop's SEQUENCE raised by this, so each change replaces the last.
     */
    public int placeChanges() {
        return placeChanges;
    }

    public boolean answeredByEmail() {
        return BY_EMAIL.equals(answeredBy);
    }

    public boolean holdsSeat() {
        return answer == Answer.GOING && !waiting;
    }

    public boolean isWaiting() {
        return answer == Answer.GOING && waiting;
    }

    public Long id() {
        return id;
    }

    public long workshopId() {
        return workshopId;
    }

    public Long memberId() {
        return memberId;
    }

    public Long guestInvitationId() {
        return guestInvitationId;
    }

    public String guestName() {
        return guestName;
    }

    public java.time.Instant seatAskedAt() {
        return seatAskedAt;
    }

    public Answer answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public int version() {
        return version;
    }
}
