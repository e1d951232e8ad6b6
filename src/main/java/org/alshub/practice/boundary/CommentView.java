package org.alshub.practice.boundary;

import java.time.Instant;
import org.alshub.practice.entity.PracticeComment;

public record CommentView(long id, long practiceId, String author, String body, Instant createdAt) {

    static CommentView of(PracticeComment c, String author) {
        return new CommentView(c.id(), c.practiceId(), author, c.body(), c.createdAt());
    }
}
