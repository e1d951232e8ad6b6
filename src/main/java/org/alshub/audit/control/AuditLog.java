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

    /** In its own transaction: the change it records has already been committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Long actorId, String action, String target, int status) {
        em.persist(new AuditEntry(clock.instant(), actorId, action, redact(target), status));
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
