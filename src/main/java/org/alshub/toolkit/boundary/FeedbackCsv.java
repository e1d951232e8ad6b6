package org.alshub.toolkit.boundary;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.Csv;
import org.alshub.toolkit.control.Toolkit;
import org.alshub.toolkit.entity.Feedback;

/** All toolkit feedback as a CSV download, newest first: the same file from the API and from the pages. */
final class FeedbackCsv {

    private FeedbackCsv() {
    }

    static Response download(Toolkit toolkit, MemberNames names) {
        List<Feedback> all = toolkit.allFeedback();
        Map<Long, String> members = names.shownTo(all.stream().map(Feedback::memberId)
                .filter(Objects::nonNull).toList(), true);
        Map<Long, String> titles = new HashMap<>();
        toolkit.ratings().forEach(r -> titles.put(r.entryId(), r.title()));
        StringBuilder csv = new StringBuilder(Csv.row(List.of("entry_id", "entry", "rating", "comment", "from",
                "source", "given_at")));
        for (Feedback f : all) {
            csv.append(Csv.row(Arrays.asList(f.entryId(), titles.get(f.entryId()), f.rating(), f.comment(),
                    FeedbackView.from(f, members.get(f.memberId())), f.isPublic() ? "public" : "member",
                    f.createdAt())));
        }
        return Response.ok(csv.toString(), Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"toolkit-feedback.csv\"").build();
    }
}
