package org.alshub.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A "do": a small example of co-producing that any member of staff can begin to use. */
@Entity
@Table(name = "practice")
public class Practice {

    public static final int MAX_TITLE = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String how;

    private String tags;

    @Column(name = "author_id")
    private Long authorId;

    private boolean hidden;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "tried_count")
    private int triedCount;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected Practice() {
    }

    public Practice(long authorId, String title, String how, List<String> tags, Instant now) {
        this.authorId = authorId;
        this.createdAt = now;
        describe(title, how, tags, now);
    }

    public void describe(String title, String how, List<String> tags, Instant now) {
        this.title = title.strip();
        this.how = how.strip();
        this.tags = tags.isEmpty() ? null : String.join(",", tags);
        this.updatedAt = now;
    }

    public void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    public void publish() {
        this.hidden = false;
        this.hiddenReason = null;
    }

    public boolean isBy(long memberId) {
        return authorId == memberId;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String how() {
        return how;
    }

    public List<String> tags() {
        return tags == null ? List.of() : Arrays.asList(tags.split(","));
    }

    public long authorId() {
        return authorId;
    }

    public boolean hidden() {
        return hidden;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public int triedCount() {
        return triedCount;
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
