package org.alshub.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member who can sign in, with the role they sign in as. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.ACTIVE_BY_EMAIL, query = "select a from Account a, Member m "
        + "where a.memberId = m.id and m.emailKey = :key and a.active = :active")
public class Account {

    public static final String ACTIVE_BY_EMAIL = "Account.activeByEmail";

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Account() {
    }

    public Account(long memberId, Role role, String passwordHash) {
        this.memberId = memberId;
        this.role = role;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = Instant.now();
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public Long memberId() {
        return memberId;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }
}
