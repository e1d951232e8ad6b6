package org.alshub.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/**
 * The emails sent to a member (what, when, in what state) for their export; erased with them.
 * Sent and given-up messages hold names and addresses, so they go with the guests' retention.
 */
@ApplicationScoped
public class MailPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Override
    public String name() {
        return "emails";
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("outbox_message");
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of("emailsToYou", Rows.of(em, "select subject, state, created_at, sent_at from outbox_message "
                + "where lower(recipient_email) = (select email_key from member where id = ?) order by id", memberId,
                "subject", "state", "createdAt", "sentAt"));
    }

    @Override
    public void erase(long memberId) {
        em.createNativeQuery("delete from outbox_message "
                        + "where lower(recipient_email) = (select email_key from member where id = ?)")
                .setParameter(1, memberId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.alshub.mail.entity.OutboxMessage.class);
    }

    @Override
    public int forgetGuestsBefore(Instant cutoff) {
        outbox.forgetBefore(cutoff);
        em.getEntityManagerFactory().getCache().evict(org.alshub.mail.entity.OutboxMessage.class);
        // messages are not guests: the count stays the guests'
        return 0;
    }
}
