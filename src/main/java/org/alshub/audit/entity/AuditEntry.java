package org.alshub.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change: written once, never updated (no setters). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at_time")
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    private String action;

    private String target;

    private int status;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, Long actorId, String action, String target, int status) {
        this.at = at;
        this.actorId = actorId;
        this.action = action;
        this.target = target.length() > 400 ? target.substring(0, 400) : target;
        this.status = status;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public Long actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public int status() {
        return status;
    }
}
