package org.alshub.invitation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/**
 * Guests a member invited, and the member's private calendar feed. Guests have no account, so
 * their name and email are forgotten once their workshop is past the retention period.
 */
@ApplicationScoped
public class InvitationPersonalData implements PersonalDataSource {

    static final String FORMER_GUEST = "Former guest";

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("guest_invitation", "member_feed");
    }

    @Override
    public String name() {
        return "invitations";
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of(
                "guestsInvited", Rows.of(em, "select workshop_id, name, email, answer from guest_invitation "
                        + "where invited_by = ? order by id", memberId, "workshopId", "name", "email", "answer"),
                "privateCalendarFeed", Rows.of(em, "select created_at from member_feed where member_id = ?",
                        memberId, "createdAt"));
    }

    @Override
    public void erase(long memberId) {
        em.createNativeQuery("delete from member_feed where member_id = ?").setParameter(1, memberId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.alshub.calendar.entity.MemberFeed.class);
    }

    @Override
    public int forgetGuestsBefore(Instant cutoff) {
        LocalDateTime before = LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        int forgotten = em.createNativeQuery("update guest_invitation set name = ?, email = ?, "
                        + "revoked_at = coalesce(revoked_at, ?) where name <> ? "
                        + "and workshop_id in (select id from workshop where ends_at_utc < ?)")
                .setParameter(1, FORMER_GUEST).setParameter(2, "forgotten@erased.invalid")
                .setParameter(3, LocalDateTime.now(ZoneOffset.UTC)).setParameter(4, FORMER_GUEST)
                .setParameter(5, before)
                .executeUpdate();
        // the update bypassed the entities: drop any cached copies
        em.getEntityManagerFactory().getCache().evict(org.alshub.invitation.entity.Invitation.class);
        return forgotten;
    }
}
