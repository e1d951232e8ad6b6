package org.alshub.action.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells the tracker that its counts may be old; on the entity itself, so no service can forget to say so. */
public class ActionChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        CDI.current().getBeanManager().getEvent().select(ActionsChanged.class).fire(new ActionsChanged());
    }
}
