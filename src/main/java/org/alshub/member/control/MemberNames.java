package org.alshub.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.alshub.member.entity.Member;

/**
 * Members' names for lists that hold only ids: one query per list, not one per row. The set's
 * own working records (agendas, actions, projects, who came) name people to the set;
 * {@link #shownTo} applies the directory rule ({@link Member#nameShownTo}) for everything
 * people look members up by.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberNames {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    public Map<Long, String> of(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        em.createQuery("select m.id, m.name from Member m where m.id in :ids", Object[].class)
                .setParameter("ids", wanted)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** Names as the directory rule lets this viewer see them. */
    public Map<Long, String> shownTo(Collection<Long> ids, boolean facilitator) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        em.createQuery("select m from Member m where m.id in :ids", Member.class).setParameter("ids", wanted)
                .getResultList().forEach(m -> names.put(m.id(), m.nameShownTo(facilitator)));
        return names;
    }

    /** Whether a member may be shown to others by name (facilitators see everyone). */
    public boolean listed(long id) {
        Member member = em.find(Member.class, id);
        return member != null && member.listedInDirectory();
    }

    public boolean exists(long id) {
        return !of(Set.of(id)).isEmpty();
    }
}
