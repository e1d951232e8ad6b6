package org.alshub.toolkit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;
import org.alshub.toolkit.entity.Feedback;
import org.alshub.toolkit.entity.ToolkitEntry;

/**
 * Toolkit entries a member looks after and the feedback they gave. Erasure keeps the entries (the
 * set's resource) with no owner, and keeps each rating for the averages without its comment or the
 * member.
 */
@ApplicationScoped
public class ToolkitPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public String name() {
        return "toolkit";
    }

    @Override
    public Set<String> tables() {
        return Set.of("toolkit_entry", "toolkit_feedback");
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of(
                "entriesOwned", Rows.of(em, "select id, kind, stage, title from toolkit_entry where owner_id = ? "
                        + "order by id", memberId, "id", "kind", "stage", "title"),
                "feedbackGiven", Rows.of(em, "select entry_id, rating, comment_text, created_at from toolkit_feedback "
                        + "where member_id = ? order by id", memberId, "entryId", "rating", "comment", "givenAt"));
    }

    @Override
    public void erase(long memberId) {
        em.createNativeQuery("update toolkit_entry set owner_id = null where owner_id = ?")
                .setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("update toolkit_feedback set member_id = null, comment_text = null where member_id = ?")
                .setParameter(1, memberId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(ToolkitEntry.class);
        em.getEntityManagerFactory().getCache().evict(Feedback.class);
    }
}
