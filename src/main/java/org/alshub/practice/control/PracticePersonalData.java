package org.alshub.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alshub.network.control.TextIndex;
import org.alshub.practice.entity.Practice;
import org.alshub.practice.entity.PracticeComment;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/**
 * The do's a member posted, their comments and their "I've tried this". Erasure deletes all three:
 * a do is the person's own account of their practice (others' comments on it go with it), and the
 * tried counts of others' do's drop by the member's tries.
 */
@ApplicationScoped
public class PracticePersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    TextIndex index;

    @Override
    public String name() {
        return "practices";
    }

    @Override
    public Set<String> tables() {
        return Set.of("practice", "practice_comment", "practice_try");
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of(
                "posted", Rows.of(em, "select id, title, how, tags, hidden, created_at from practice "
                        + "where author_id = ? order by id", memberId, "id", "title", "how", "tags", "hidden", "postedAt"),
                "comments", Rows.of(em, "select id, practice_id, body, created_at from practice_comment "
                        + "where author_id = ? order by id", memberId, "id", "practiceId", "body", "writtenAt"),
                "tried", Rows.of(em, "select practice_id, tried_at from practice_try where member_id = ? "
                        + "order by tried_at", memberId, "practiceId", "triedAt"));
    }

    @Override
    public void erase(long memberId) {
        em.createNativeQuery("update practice set tried_count = tried_count - 1 where tried_count > 0 "
                + "and id in (select practice_id from practice_try where member_id = ?)")
                .setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("delete from practice_try where member_id = ?").setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("delete from practice_comment where author_id = ?").setParameter(1, memberId).executeUpdate();
        List<?> posted = em.createNativeQuery("select id from practice where author_id = ?")
                .setParameter(1, memberId).getResultList();
        for (Object id : posted) {
            index.remove(Practices.KIND, ((Number) id).longValue());
        }
        em.createNativeQuery("delete from practice where author_id = ?").setParameter(1, memberId).executeUpdate();
        // the statements bypassed the entities: drop any cached copies
        em.getEntityManagerFactory().getCache().evict(Practice.class);
        em.getEntityManagerFactory().getCache().evict(PracticeComment.class);
    }
}
