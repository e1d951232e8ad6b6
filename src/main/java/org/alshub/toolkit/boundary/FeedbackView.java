package org.alshub.toolkit.boundary;

import java.time.Instant;
import org.alshub.toolkit.entity.Feedback;

/** One piece of feedback as facilitators see it; from is a member's name, a given name or "anonymous". */
public record FeedbackView(long id, long entryId, int rating, String comment, String from, String source,
                           Instant createdAt) {

    static FeedbackView of(Feedback f, String memberName) {
        return new FeedbackView(f.id(), f.entryId(), f.rating(), f.comment(), from(f, memberName),
                f.isPublic() ? "public" : "member", f.createdAt());
    }

    static String from(Feedback f, String memberName) {
        if (!f.isPublic()) {
            return memberName;
        }
        return f.givenName() == null ? "anonymous" : f.givenName();
    }
}
