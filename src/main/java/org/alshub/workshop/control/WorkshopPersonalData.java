package org.alshub.workshop.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/**
 * Workshops and series a facilitator scheduled. They are the set's calendar, so erasure keeps
 * them; the facilitator then reads as "Former member".
 */
@ApplicationScoped
public class WorkshopPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public String name() {
        return "workshops";
    }

    @Override
    public Set<String> tables() {
        return Set.of("workshop", "workshop_series");
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of(
                "workshopsScheduled", Rows.of(em, "select id, title from workshop where facilitator_id = ? order by id",
                        memberId, "id", "title"),
                "seriesStarted", Rows.of(em, "select id, title from workshop_series where facilitator_id = ? order by id",
                        memberId, "id", "title"));
    }

    @Override
    public void erase(long memberId) {
        // the set's calendar stays; the facilitator now reads as "Former member"
    }
}
