package org.alshub.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/** A member's RSVPs and attendance; guests' names on them are forgotten after retention. */
@ApplicationScoped
public class AttendancePersonalData implements PersonalDataSource {

    static final String FORMER_GUEST = "Former guest";

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("rsvp", "attendance");
    }

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of(
                "rsvps", Rows.of(em, "select workshop_id, answer, waiting, answered_at from rsvp "
                        + "where member_id = ? order by id", memberId, "workshopId", "answer", "waiting", "answeredAt"),
                "attended", Rows.of(em, "select workshop_id from attendance where member_id = ? order by id",
                        memberId, "workshopId"),
                "attendanceRecorded", Rows.of(em, "select id, workshop_id from attendance where recorded_by = ? order by id",
                        memberId, "id", "workshopId"));
    }

    @Override
    public void erase(long memberId) {
        // counts of who came stay true; the member reads as "Former member"
    }

    @Override
    public int forgetGuestsBefore(Instant cutoff) {
        LocalDateTime before = LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        for (String table : new String[]{"rsvp", "attendance"}) {
            em.createNativeQuery("update " + table + " set guest_name = ? where guest_name is not null "
                            + "and guest_name <> ? and workshop_id in (select id from workshop where ends_at_utc < ?)")
                    .setParameter(1, FORMER_GUEST).setParameter(2, FORMER_GUEST).setParameter(3, before)
                    .executeUpdate();
        }
        // the updates bypassed the entities: drop any cached copies
        em.getEntityManagerFactory().getCache().evict(org.alshub.attendance.entity.Rsvp.class);
        em.getEntityManagerFactory().getCache().evict(org.alshub.attendance.entity.Attendance.class);
        return 0;
    }
}
