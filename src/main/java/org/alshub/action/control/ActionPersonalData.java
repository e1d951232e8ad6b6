package org.alshub.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/** Actions a member owns and follow-ups they wrote; their history stays after erasure. */
@ApplicationScoped
public class ActionPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("action_item", "follow_up");
    }

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of(
                "owned", Rows.of(em, "select id, description, due_date, status, agreed_at_workshop_id "
                        + "from action_item where owner_id = ? order by id", memberId,
                        "id", "description", "due", "status", "agreedAtWorkshopId"),
                "followUpsWritten", Rows.of(em, "select id, action_id, note, new_status, noted_on "
                        + "from follow_up where author_id = ? order by id", memberId,
                        "id", "actionId", "note", "newStatus", "notedOn"),
                "actionsRecorded", Rows.of(em, "select id from action_item where created_by = ? order by id", memberId, "id"));
    }

    @Override
    public void erase(long memberId) {
        // an action's history stays, under "Former member"
    }
}
