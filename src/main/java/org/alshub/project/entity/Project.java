package org.alshub.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A piece of work an officer co-produces and brings to the set. */
@Entity
@EntityListeners(ProjectChanges.class)
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String department;

    /** lower(department), made by the database so the case-insensitive filter can use an index */
    @Column(name = "department_key", insertable = false, updatable = false)
    private String departmentKey;

    private String summary;

    private String stakeholders;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Column(name = "owner_id")
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected Project() {
    }

    public Project(long ownerId, Description description) {
        this.ownerId = ownerId;
        this.status = ProjectStatus.ACTIVE;
        this.createdAt = Instant.now();
        describe(description);
    }

    /** What the owner says about the project. */
    public record Description(String title, String department, String summary, String stakeholders, Stage stage) {
    }

    public void describe(Description description) {
        this.title = description.title();
        this.department = description.department();
        this.summary = description.summary();
        this.stakeholders = description.stakeholders();
        this.stage = description.stage();
        this.updatedAt = Instant.now();
    }

    public void handOver(long newOwnerId) {
        this.ownerId = newOwnerId;
        this.updatedAt = Instant.now();
    }

    public void close() {
        status = ProjectStatus.CLOSED;
        updatedAt = Instant.now();
    }

    public void reopen() {
        status = ProjectStatus.ACTIVE;
        updatedAt = Instant.now();
    }

    public boolean isOwnedBy(long memberId) {
        return ownerId == memberId;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String department() {
        return department;
    }

    public String summary() {
        return summary;
    }

    public String stakeholders() {
        return stakeholders;
    }

    public Stage stage() {
        return stage;
    }

    public long ownerId() {
        return ownerId;
    }

    public ProjectStatus status() {
        return status;
    }

    public int version() {
        return version;
    }
}
