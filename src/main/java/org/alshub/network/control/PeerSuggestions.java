package org.alshub.network.control;

import org.alshub.member.control.MemberNames;
import org.alshub.member.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alshub.network.entity.Terms;
import org.alshub.platform.problem.ProblemException;

/**
 * "Who else has faced this?": members whose own records (do's, toolkit entries, what they said
 * they would bring, and whatever else is fed to the {@link TextIndex}) match a text or another
 * record. A member's score is their best match plus half their second and a quarter their third,
 * so one close match outranks many loose ones.
 */
@ApplicationScoped
public class PeerSuggestions {

    private static final int MATCHES_PER_MEMBER = 3;
    private static final int CANDIDATE_RECORDS = 200;

    @Inject
    TextIndex index;

    @Inject
    MemberNames names;

    public record Match(String kind, long id, String title, long score) {
    }

    public record Suggestion(long memberId, String name, long score, List<Match> matches) {
    }

    /** Members whose records match a text, leaving out the asker. */
    public List<Suggestion> about(String text, Long askerId, boolean facilitator, int limit) {
        return rank(Terms.of(text), askerId, null, null, null, facilitator, limit);
    }

    /** Members whose records resemble a given record, leaving out its owner and the asker. */
    public List<Suggestion> like(String kind, long id, Long askerId, boolean facilitator, int limit) {
        TextIndex.Indexed record = index.find(kind, id)
                .orElseThrow(() -> ProblemException.notFound(kind + " in the network's index"));
        return rank(index.termsOf(kind, id), askerId, record.memberId(), kind, id, facilitator, limit);
    }

    private List<Suggestion> rank(List<String> terms, Long askerId, Long ownerId, String kind, Long id,
                                  boolean facilitator, int limit) {
        List<TextIndex.Hit> hits = index.searchWithOwners(List.of(), terms, ownerId != null ? ownerId : askerId,
                kind, id, CANDIDATE_RECORDS);
        Map<Long, List<TextIndex.Hit>> byMember = new LinkedHashMap<>();
        for (TextIndex.Hit hit : hits) {
            if (!hit.memberId().equals(askerId)) {
                byMember.computeIfAbsent(hit.memberId(), m -> new ArrayList<>()).add(hit);
            }
        }
        Map<Long, String> named = names.shownTo(byMember.keySet(), facilitator);
        List<Suggestion> suggestions = new ArrayList<>();
        byMember.forEach((member, found) -> {
            String name = named.get(member);
            if (name == null || (!facilitator && Member.UNNAMED.equals(name))) {
                return;
            }
            List<TextIndex.Hit> best = found.stream().limit(MATCHES_PER_MEMBER).toList();
            long score = 0;
            for (int i = 0; i < best.size(); i++) {
                score += best.get(i).score() >> i;
            }
            suggestions.add(new Suggestion(member, name, score, best.stream()
                    .map(h -> new Match(h.kind(), h.refId(), h.title(), h.score())).toList()));
        });
        suggestions.sort(Comparator.comparingLong(Suggestion::score).reversed()
                .thenComparing(Suggestion::memberId));
        return suggestions.stream().limit(limit).toList();
    }
}
