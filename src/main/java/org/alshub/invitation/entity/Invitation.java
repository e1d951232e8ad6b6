package org.alshub.invitation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.alshub.workshop.entity.Workshop;

/**
 * A guest invited to one workshop. The guest holds a secret link; we hold only its hash. The link
 * works until it is revoked or a day after the workshop ends (so a guest can still see a late change).
 */
@Entity
@Table(name = "guest_invitation")
@NamedQuery(name = Invitation.BY_HASH, query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(name = Invitation.OF_WORKSHOP,
        query = "select i from Invitation i where i.workshopId = :workshop order by i.createdAt, i.id")
public class Invitation {

    public static final String BY_HASH = "Invitation.byHash";
    public static final String OF_WORKSHOP = "Invitation.ofWorkshop";
    static final Duration GRACE_AFTER_WORKSHOP = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_id")
    private Long workshopId;

    private String name;

    private String email;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Enumerated(EnumType.STRING)
    private GuestAnswer answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Invitation() {
    }

    public Invitation(long workshopId, String name, String email, String tokenHash, Long invitedBy, Instant now) {
        this.workshopId = workshopId;
        this.name = org.alshub.platform.Names.plain("name", name);
        this.email = email.strip();
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.answer = GuestAnswer.NEEDS_ACTION;
        this.createdAt = now;
    }

    /** Whether the link still opens anything. */
    public boolean opens(Workshop workshop, Instant now) {
        return revokedAt == null && now.isBefore(workshop.endsAt().toInstant().plus(GRACE_AFTER_WORKSHOP));
    }

    public void answer(GuestAnswer answer, Instant now) {
        this.answer = answer;
        this.answeredAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** A new link for a guest who lost theirs; the old one stops working. */
    public void newLink(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    public void emailed(Instant now) {
        this.emailedAt = now;
    }

    public Long id() {
        return id;
    }

    public long workshopId() {
        return workshopId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Long invitedBy() {
        return invitedBy;
    }

    public GuestAnswer answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant emailedAt() {
        return emailedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
