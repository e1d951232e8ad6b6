package org.alshub.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.alshub.member.entity.Member;

/**
 * Names of members as others may see them: only members who agreed to be listed in the directory
 * are named to anyone but facilitators; the others appear as "A member of the set".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberNames {

    public static final String UNNAMED = "A member of the set";

    @PersistenceContext(unitName = "als")
    EntityManager em;

    public Map<Long, String> of(Collection<Long> ids, boolean facilitator) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Member member : em.createQuery("select m from Member m where m.id in :ids", Member.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList()) {
            names.put(member.id(), facilitator || member.listedInDirectory() ? member.name() : UNNAMED);
        }
        return names;
    }

    /** Whether a member may be shown to others by name (facilitators see everyone). */
    public boolean listed(long id) {
        Member member = em.find(Member.class, id);
        return member != null && member.listedInDirectory();
    }
}
