package org.alshub.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.alshub.audit.entity.AuditEntry;
import org.alshub.privacy.control.PersonalDataSource;

/**
 * What a person did, as the audit log holds it. Erasure keeps the entries: they hold only a
 * member id and addresses, which no longer lead to a name once the member record is erased.
 */
@ApplicationScoped
public class AuditPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("audit_entry");
    }

    @Override
    public String name() {
        return "auditLog";
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of("changesMade", em.createQuery(
                        "select e from AuditEntry e where e.actorId = :id order by e.id", AuditEntry.class)
                .setParameter("id", memberId).setMaxResults(10_000).getResultStream()
                .map(e -> e.at() + " " + e.action() + " " + e.target()).toList());
    }

    @Override
    public void erase(long memberId) {
        // nothing identifying is stored here beyond the id
    }
}
