package org.alshub.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alshub.network.control.TextIndex;
import org.alshub.network.entity.Terms;
import org.alshub.platform.Page;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.practice.entity.Practice;
import org.alshub.practice.entity.PracticeComment;
import org.alshub.audit.control.Audited;

/**
 * Posting, editing, trying, commenting on and finding do's. Published do's are kept in the text
 * index under {@link #KIND}; a hidden one is taken out, so no search or suggestion shows it.
 */
@Audited
@ApplicationScoped
@Transactional
public class Practices {

    public static final String KIND = "practice";

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    TextIndex index;

    @Inject
    Clock clock;

    public enum Order { NEWEST, TRIED }

    public Practice post(long authorId, String title, String how, List<String> tags) {
        Practice practice = new Practice(authorId, title, how, tags, clock.instant());
        em.persist(practice);
        em.flush();
        reindex(practice);
        return practice;
    }

    /** Only the author changes what a do says. */
    public Practice edit(long id, long editorId, String title, String how, List<String> tags,
                         OptionalInt expectedVersion) {
        Practice practice = require(id);
        if (!practice.isBy(editorId)) {
            throw ProblemException.forbidden("Only the author may change a do.");
        }
        Versions.check(expectedVersion, practice.version());
        practice.describe(title, how, tags, clock.instant());
        em.flush();
        reindex(practice);
        return practice;
    }

    public Practice hide(long id, String reason) {
        Practice practice = require(id);
        practice.hide(reason);
        em.flush();
        index.remove(KIND, id);
        return practice;
    }

    public Practice publish(long id) {
        Practice practice = require(id);
        practice.publish();
        em.flush();
        reindex(practice);
        return practice;
    }

    /**
     * "I've tried this", once per member: says whether this was new. The count is raised by the
     * database, not through the entity, so two people trying at once neither lose a count nor
     * make an author's edit stale (a bulk update leaves the version alone).
     */
    public boolean tried(long id, long memberId) {
        Practice practice = require(id);
        long already = ((Number) em.createNativeQuery(
                        "select count(*) from practice_try where practice_id = ? and member_id = ?")
                .setParameter(1, id).setParameter(2, memberId).getSingleResult()).longValue();
        if (already > 0) {
            return false;
        }
        em.createNativeQuery("insert into practice_try (practice_id, member_id, tried_at) values (?, ?, ?)")
                .setParameter(1, id).setParameter(2, memberId)
                .setParameter(3, java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(clock.instant(),
                        java.time.ZoneOffset.UTC)))
                .executeUpdate();
        // a JPQL bulk update, not native SQL: EclipseLink then drops its cached copy of the do
        em.createQuery("update Practice p set p.triedCount = p.triedCount + 1 where p.id = :id")
                .setParameter("id", id).executeUpdate();
        em.refresh(practice);
        return true;
    }

    /** Which of these do's a member has said they tried. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<Long> triedBy(long memberId, List<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        var query = em.createNativeQuery("select practice_id from practice_try where member_id = ?"
                + " and practice_id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")");
        query.setParameter(1, memberId);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object> tried = query.getResultList();
        return tried.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    public PracticeComment comment(long id, long memberId, String body) {
        require(id);
        PracticeComment comment = new PracticeComment(id, memberId, body, clock.instant());
        em.persist(comment);
        em.flush();
        return comment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PracticeComment> comments(long id, int page, int size) {
        List<PracticeComment> items = em.createQuery("select c from PracticeComment c where c.practiceId = :id"
                        + " order by c.createdAt, c.id", PracticeComment.class)
                .setParameter("id", id).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(c) from PracticeComment c where c.practiceId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Practice> find(long id) {
        return Optional.ofNullable(em.find(Practice.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Practice require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("do"));
    }

    /** Published (or, for facilitators, hidden) do's, newest or most tried first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Practice> list(boolean hidden, Order order, int page, int size) {
        String sort = order == Order.TRIED ? "p.triedCount desc, p.createdAt desc, p.id desc"
                : "p.createdAt desc, p.id desc";
        List<Practice> items = em.createQuery("select p from Practice p where p.hidden = :hidden order by " + sort,
                        Practice.class)
                .setParameter("hidden", hidden).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(p) from Practice p where p.hidden = :hidden", Long.class)
                .setParameter("hidden", hidden).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Published do's matching any word of the query in title, text or tags, most relevant first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Practice> search(String query, int page, int size) {
        List<String> terms = Terms.of(query);
        List<TextIndex.Hit> hits = index.search(KIND, terms, page * size, size);
        if (hits.isEmpty()) {
            return new Page<>(List.of(), page, size, page == 0 ? 0 : index.count(KIND, terms));
        }
        List<Long> ids = hits.stream().map(TextIndex.Hit::refId).toList();
        Map<Long, Practice> byId = em.createQuery("select p from Practice p where p.id in :ids", Practice.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Practice::id, Function.identity()));
        List<Practice> ranked = ids.stream().map(byId::get).filter(p -> p != null && !p.hidden()).toList();
        long total = hits.size() < size && page == 0 ? hits.size() : index.count(KIND, terms);
        return new Page<>(ranked, page, size, total);
    }

    private void reindex(Practice practice) {
        if (practice.hidden()) {
            return;
        }
        index.put(KIND, practice.id(), practice.authorId(), practice.title(), List.of(
                new TextIndex.Field(practice.title(), TextIndex.TITLE),
                new TextIndex.Field(String.join(" ", practice.tags()), TextIndex.TAGS),
                new TextIndex.Field(practice.how(), TextIndex.BODY)));
    }
}
