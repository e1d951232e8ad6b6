package org.alshub.join.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alshub.join.entity.JoinRequest;
import org.alshub.member.entity.Member;
import org.alshub.network.control.TextIndex;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/**
 * The member's own request to join (found by the member it made, or by their email while still
 * waiting) and the requests they decided on. Erasure blanks what their own request said about
 * them and takes their introduction out of search and peer suggestions; a facilitator's decisions
 * stay, under "Former member".
 */
@ApplicationScoped
public class JoinPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    TextIndex index;

    @Override
    public String name() {
        return "joinRequests";
    }

    @Override
    public Set<String> tables() {
        return Set.of("join_request");
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of(
                "asked", Rows.of(em, "select id, name, email, organisation, works_for_council, would_bring, "
                        + "list_in_directory, status, decline_reason, created_at from join_request where member_id = ?1 "
                        + "or lower(email) = (select email_key from member where id = ?1) order by id", memberId,
                        "id", "name", "email", "organisation", "worksForCouncil", "wouldBring", "listInDirectory",
                        "status", "declineReason", "askedAt"),
                "decided", Rows.of(em, "select id, status, decided_at from join_request where decided_by = ? order by id",
                        memberId, "id", "status", "decidedAt"));
    }

    @Override
    public void erase(long memberId) {
        String email = em.find(Member.class, memberId).emailKey();
        List<?> own = em.createNativeQuery("select id from join_request where member_id = ? or lower(email) = ?")
                .setParameter(1, memberId).setParameter(2, email).getResultList();
        for (Object id : own) {
            long requestId = ((Number) id).longValue();
            index.remove(JoinRequests.KIND, requestId);
            em.createNativeQuery("update join_request set name = ?, email = ?, organisation = null, would_bring = null, "
                            + "decline_reason = null where id = ?")
                    .setParameter(1, "Former member").setParameter(2, "erased-" + memberId + Member.ERASED_DOMAIN)
                    .setParameter(3, requestId).executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evict(JoinRequest.class);
    }
}
