package org.alshub.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.regex.Pattern;
import org.alshub.audit.entity.AuditEntry;
import org.alshub.platform.Page;

@ApplicationScoped
public class AuditLog {

    /** Path segments that are secrets (guest links, feed and reset tokens) never reach the log. */
    private static final Pattern TOKEN = Pattern.compile("(?<=/)[A-Za-z0-9_-]{20,}(?=(\\.ics)?(/|$))");

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * One change, in the transaction that makes it (a change outside any transaction, a backup
     * say, gets one of its own): the entry and the change are committed together or not at all.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Door door, String operation, String record) {
        String address = door.address() == null ? "" : door.address();
        int space = address.indexOf(' ');
        String action = door.kind().equals(Door.API) || door.kind().equals(Door.PAGE) || door.kind().equals(Door.LINK)
                ? (space > 0 ? address.substring(0, space) : address) : door.kind();
        String target = space > 0 && !action.equals(door.kind()) ? address.substring(space + 1) : address;
        em.persist(new AuditEntry(clock.instant(), door.actorId(), door.kind(), action.length() > 10
                ? action.substring(0, 10) : action, redact(target), operation, record));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> latest(Long actorId, int page, int size) {
        String where = actorId == null ? "" : " where e.actorId = :actor";
        var items = em.createQuery("select e from AuditEntry e" + where + " order by e.id desc", AuditEntry.class)
                .setFirstResult(page * size).setMaxResults(size);
        var total = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        if (actorId != null) {
            items.setParameter("actor", actorId);
            total.setParameter("actor", actorId);
        }
        return new Page<>(items.getResultList(), page, size, total.getSingleResult());
    }

    static String redact(String path) {
        return TOKEN.matcher(path).replaceAll("{token}");
    }
}
