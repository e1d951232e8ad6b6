package org.alshub.project.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;

/**
 * Projects a member owns and challenges they raised. Erasure keeps them: the set's record
 * needs them, and once the member record is erased they read as the former member's.
 */
@ApplicationScoped
public class ProjectPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("project", "challenge");
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of(
                "owned", Rows.of(em, "select id, title, department, summary, stakeholders, stage, status "
                        + "from project where owner_id = ? order by id", memberId,
                        "id", "title", "department", "summary", "stakeholders", "stage", "status"),
                "challengesRaised", Rows.of(em, "select id, project_id, question, status, how_addressed "
                        + "from challenge where raised_by = ? order by id", memberId,
                        "id", "projectId", "question", "status", "howAddressed"));
    }

    @Override
    public void erase(long memberId) {
        // kept for the set's record; the owner now reads as "Former member"
    }
}
