package org.alshub.toolkit.entity;

import org.alshub.project.entity.Stage;
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

/** A tool or a case study: a summary that engages people and sign-posts them on. */
@Entity
@Table(name = "toolkit_entry")
public class ToolkitEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private String title;

    private String summary;

    private String body;

    private String link;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** When a facilitator took it out of the public toolkit; null while published. */
    @Column(name = "unpublished_at")
    private Instant unpublishedAt;

    @Version
    private int version;

    protected ToolkitEntry() {
    }

    public ToolkitEntry(Instant now) {
        this.createdAt = now;
    }

    public void describe(EntryKind kind, Stage stage, String title, String summary, String body, String link,
                         Long ownerId, Instant now) {
        this.kind = kind;
        this.stage = stage;
        this.title = title.strip();
        this.summary = summary.strip();
        this.body = body;
        this.link = link;
        this.ownerId = ownerId;
        this.updatedAt = now;
    }

    /** Out of the public toolkit, kept with its feedback for facilitators, who can publish it again. */
    public void unpublish(Instant now) {
        if (unpublishedAt == null) {
            this.unpublishedAt = now;
        }
    }

    public void publish() {
        this.unpublishedAt = null;
    }

    public boolean isPublished() {
        return unpublishedAt == null;
    }

    public Instant unpublishedAt() {
        return unpublishedAt;
    }

    public boolean isOwnedBy(long memberId) {
        return ownerId != null && ownerId == memberId;
    }

    public Long id() {
        return id;
    }

    public EntryKind kind() {
        return kind;
    }

    public Stage stage() {
        return stage;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Long ownerId() {
        return ownerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
