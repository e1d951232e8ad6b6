package org.alshub.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member's private feed link, kept only as the hash of its token. */
@Entity
@Table(name = "member_feed")
@NamedQuery(name = MemberFeed.BY_HASH, query = "select f from MemberFeed f where f.tokenHash = :hash")
public class MemberFeed {

    public static final String BY_HASH = "MemberFeed.byHash";

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected MemberFeed() {
    }

    public MemberFeed(long memberId, String tokenHash, Instant now) {
        this.memberId = memberId;
        reset(tokenHash, now);
    }

    /** A new link; the old one stops working at once. */
    public void reset(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public long memberId() {
        return memberId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
