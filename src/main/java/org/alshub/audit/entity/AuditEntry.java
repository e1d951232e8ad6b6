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

    /** Entries written before sql/012 kept the HTTP status of the API's answer; since then 0. */
    private int status;

    /** The way the change came in: API, PAGE, LINK, JOB, EMAIL or SYSTEM (null before sql/012: the API). */
    private String door;

    /** The service operation that made the change, "Members.join" (null before sql/012). */
    private String operation;

    @Column(name = "record_id")
    private String recordId;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, Long actorId, String door, String action, String target, String operation,
                      String recordId) {
        this.at = at;
        this.actorId = actorId;
        this.door = door;
        this.action = action;
        this.target = target.length() > 400 ? target.substring(0, 400) : target;
        this.operation = operation.length() > 100 ? operation.substring(0, 100) : operation;
        this.recordId = recordId;
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

    public String door() {
        return door == null ? "API" : door;
    }

    public String operation() {
        return operation;
    }

    public String recordId() {
        return recordId;
    }
}
