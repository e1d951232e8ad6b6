package org.alshub.practice.boundary;

import java.time.Instant;
import java.util.List;
import org.alshub.practice.entity.Practice;

/**
 * A do as the API shows it. The author is named only when they are listed in the directory;
 * triedByMe is false for visitors who are not signed in; hiddenReason only reaches the author
 * and facilitators.
 */
public record PracticeView(long id, String title, String how, List<String> tags, long authorId, String author,
                           int triedCount, boolean triedByMe, boolean hidden, String hiddenReason,
                           Instant createdAt, Instant updatedAt, int version) {

    static PracticeView of(Practice p, String author, boolean triedByMe, boolean showReason) {
        return new PracticeView(p.id(), p.title(), p.how(), p.tags(), p.authorId(), author, p.triedCount(), triedByMe,
                p.hidden(), showReason ? p.hiddenReason() : null, p.createdAt(), p.updatedAt(), p.version());
    }
}
