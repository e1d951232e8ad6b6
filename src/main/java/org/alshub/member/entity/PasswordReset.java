package org.alshub.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link to set a new password. Only the SHA-256 of its token is kept. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    private boolean used;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PasswordReset() {
    }

    public PasswordReset(String tokenHash, long memberId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.memberId = memberId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return !used && now.isBefore(expiresAt);
    }

    public void use() {
        used = true;
    }

    public Long memberId() {
        return memberId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
