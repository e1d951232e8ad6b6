package org.alshub.project.boundary;

import java.util.Map;
import org.alshub.project.entity.Project;

public record ProjectView(long id, String title, String department, String summary, String stakeholders,
                          String stage, long ownerId, String ownerName, String status, int version) {

    public static ProjectView of(Project p, Map<Long, String> names) {
        return new ProjectView(p.id(), p.title(), p.department(), p.summary(), p.stakeholders(), p.stage().name(),
                p.ownerId(), names.get(p.ownerId()), p.status().name(), p.version());
    }
}
