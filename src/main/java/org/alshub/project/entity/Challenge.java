package org.alshub.project.entity;

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
 * The question an officer brings about a project ("how do we co-produce a large departmental
 * plan with many customer groups?"), and the workshop it was brought to.
 */
@Entity
@Table(name = "challenge")
public class Challenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private Long projectId;

    private String question;

    @Column(name = "raised_by")
    private Long raisedBy;

    @Column(name = "workshop_id")
    private Long workshopId;

    @Column(name = "agenda_position")
    private Integer agendaPosition;

    @Enumerated(EnumType.STRING)
    private ChallengeStatus status;

    @Column(name = "how_addressed")
    private String howAddressed;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Challenge() {
    }

    public Challenge(long projectId, String question, long raisedBy) {
        this.projectId = projectId;
        this.question = question;
        this.raisedBy = raisedBy;
        this.status = ChallengeStatus.OPEN;
        this.createdAt = Instant.now();
    }

    /** Puts the challenge on a workshop's agenda, after what was already brought there. */
    public void bringTo(Long workshopId, Integer position) {
        if (workshopId == null || !workshopId.equals(this.workshopId)) {
            this.workshopId = workshopId;
            this.agendaPosition = position;
        }
    }

    public void rephrase(String question) {
        this.question = question;
    }

    public void addressed(String how) {
        this.status = ChallengeStatus.ADDRESSED;
        this.howAddressed = how;
    }

    public void reopen() {
        this.status = ChallengeStatus.OPEN;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public String question() {
        return question;
    }

    public long raisedBy() {
        return raisedBy;
    }

    public Long workshopId() {
        return workshopId;
    }

    public Integer agendaPosition() {
        return agendaPosition;
    }

    public ChallengeStatus status() {
        return status;
    }

    public String howAddressed() {
        return howAddressed;
    }

    public int version() {
        return version;
    }
}
