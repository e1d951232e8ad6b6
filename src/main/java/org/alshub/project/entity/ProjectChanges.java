package org.alshub.project.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Says that a project changed (its department, say), on the entity itself so no service can forget. */
public class ProjectChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        CDI.current().getBeanManager().getEvent().select(ProjectsChanged.class).fire(new ProjectsChanged());
    }
}
