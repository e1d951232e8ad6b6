package org.alshub.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/**
 * The records the search index holds under a member, by which peer suggestions name them.
 * Erasure takes the member off every one (records kept by other features stay searchable, owned
 * by no one), so no suggestion names an erased member again.
 */
@ApplicationScoped
public class SearchPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    TextIndex index;

    @Override
    public String name() {
        return "searchIndex";
    }

    @Override
    public Set<String> tables() {
        return Set.of("indexed_record", "text_index");
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of("recordsUnderYourName", Rows.of(em, "select kind, ref_id, title from indexed_record "
                + "where member_id = ? order by kind, ref_id", memberId, "kind", "id", "title"));
    }

    @Override
    public void erase(long memberId) {
        index.forgetMember(memberId);
    }
}
