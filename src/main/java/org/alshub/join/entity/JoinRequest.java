package org.alshub.join.entity;

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

/** Someone asking to join the set, and the answer they were given. */
@Entity
@Table(name = "join_request")
public class JoinRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_digest")
    private String tokenDigest;

    private String name;

    private String email;

    private String organisation;

    @Column(name = "works_for_council")
    private boolean worksForCouncil;

    @Column(name = "would_bring")
    private String wouldBring;

    @Column(name = "list_in_directory")
    private boolean listInDirectory;

    @Enumerated(EnumType.STRING)
    private JoinStatus status;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected JoinRequest() {
    }

    public JoinRequest(String tokenDigest, String name, String email, String organisation, boolean worksForCouncil,
                       String wouldBring, Instant now) {
        this.tokenDigest = tokenDigest;
        this.name = org.alshub.platform.Names.plain("name", name);
        this.email = email.strip();
        this.organisation = organisation;
        this.worksForCouncil = worksForCouncil;
        this.wouldBring = wouldBring;
        this.status = JoinStatus.PENDING;
        this.createdAt = now;
    }

    /** How requests from one address are matched: lower case, as the database's lower() writes it. */
    public static String addressKey(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether they agree to be named in the directory once they are a member. */
    public void listInDirectory(boolean consent) {
        this.listInDirectory = consent;
    }

    public boolean listInDirectory() {
        return listInDirectory;
    }

    public boolean isPending() {
        return status == JoinStatus.PENDING;
    }

    /** Welcomed in: the request now points at the member it became. */
    public void accept(long memberId, long facilitatorId, Instant now) {
        requirePending();
        this.status = JoinStatus.ACCEPTED;
        this.memberId = memberId;
        decided(facilitatorId, now);
    }

    public void decline(String reason, long facilitatorId, Instant now) {
        requirePending();
        this.status = JoinStatus.DECLINED;
        this.declineReason = reason;
        decided(facilitatorId, now);
    }

    private void decided(long facilitatorId, Instant now) {
        this.decidedBy = facilitatorId;
        this.decidedAt = now;
    }

    private void requirePending() {
        if (!isPending()) {
            throw new IllegalStateException("this request was already answered");
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String organisation() {
        return organisation;
    }

    public boolean worksForCouncil() {
        return worksForCouncil;
    }

    public String wouldBring() {
        return wouldBring;
    }

    public JoinStatus status() {
        return status;
    }

    public String declineReason() {
        return declineReason;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long memberId() {
        return memberId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
