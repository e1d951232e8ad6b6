package org.alshub.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "practice_comment")
public class PracticeComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id")
    private Long practiceId;

    @Column(name = "author_id")
    private Long authorId;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PracticeComment() {
    }

    public PracticeComment(long practiceId, long authorId, String body, Instant now) {
        this.practiceId = practiceId;
        this.authorId = authorId;
        this.body = body.strip();
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long practiceId() {
        return practiceId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
