package org.alshub.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated note on an action, heard at a workshop (or between workshops), by its owner or a facilitator. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id")
    private Long actionId;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status")
    private ActionStatus newStatus;

    @Column(name = "workshop_id")
    private Long workshopId;

    @Column(name = "noted_on")
    private LocalDate notedOn;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected FollowUp() {
    }

    FollowUp(long actionId, String note, ActionStatus newStatus, Long workshopId, LocalDate notedOn, long authorId,
             Instant now) {
        this.actionId = actionId;
        this.note = note;
        this.newStatus = newStatus;
        this.workshopId = workshopId;
        this.notedOn = notedOn;
        this.authorId = authorId;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long actionId() {
        return actionId;
    }

    public String note() {
        return note;
    }

    public ActionStatus newStatus() {
        return newStatus;
    }

    public Long workshopId() {
        return workshopId;
    }

    public LocalDate notedOn() {
        return notedOn;
    }

    public long authorId() {
        return authorId;
    }
}
