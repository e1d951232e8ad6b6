package org.alshub.workshop.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells the rest of the app that workshops changed, so rendered calendars are made again.
 * Observers use TransactionPhase.AFTER_SUCCESS: a feed rendered before the commit would hold old data.
 */
public class WorkshopChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        CDI.current().getBeanManager().getEvent().select(WorkshopsChanged.class).fire(new WorkshopsChanged());
    }
}
