package org.alshub.notice.control;

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
 * The replies read from the set's mailbox hold who sent them: a member's are in their export and
 * go with them; everyone's are forgotten with the guests', after the retention period.
 */
@ApplicationScoped
public class NoticePersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public String name() {
        return "emailReplies";
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("email_reply");
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of("repliesFromYourCalendar", Rows.of(em, "select received_at, workshop_id, part_stat, outcome "
                        + "from email_reply where lower(attendee) = (select email_key from member where id = ?) order by id",
                memberId, "receivedAt", "workshopId", "answer", "outcome"));
    }

    @Override
    public void erase(long memberId) {
        em.createNativeQuery("update email_reply set sender = null, attendee = null "
                        + "where lower(attendee) = (select email_key from member where id = ?) "
                        + "or lower(sender) = (select email_key from member where id = ?)")
                .setParameter(1, memberId).setParameter(2, memberId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.alshub.notice.entity.EmailReply.class);
    }

    @Override
    public int forgetGuestsBefore(Instant cutoff) {
        // the message keys stay, so a message read again is still known; who sent it goes
        em.createNativeQuery("update email_reply set sender = null, attendee = null "
                        + "where received_at < ? and (sender is not null or attendee is not null)")
                .setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.alshub.notice.entity.EmailReply.class);
        return 0;
    }
}
