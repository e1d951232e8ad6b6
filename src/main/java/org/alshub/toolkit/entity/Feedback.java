package org.alshub.toolkit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rating from 1 to 5 with a comment, from a member or from anyone (memberId null). */
@Entity
@Table(name = "toolkit_feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id")
    private Long entryId;

    private int rating;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Feedback() {
    }

    public Feedback(long entryId, int rating, String comment, Long memberId, String givenName, Instant now) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a rating is from 1 to 5");
        }
        this.entryId = entryId;
        this.rating = rating;
        this.comment = comment;
        this.memberId = memberId;
        this.givenName = org.alshub.platform.Names.plain("name", givenName);
        this.createdAt = now;
    }

    public boolean isPublic() {
        return memberId == null;
    }

    public Long id() {
        return id;
    }

    public long entryId() {
        return entryId;
    }

    public int rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public Long memberId() {
        return memberId;
    }

    public String givenName() {
        return givenName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
