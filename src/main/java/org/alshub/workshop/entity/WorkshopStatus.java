package org.alshub.workshop.entity;

public enum WorkshopStatus {
    SCHEDULED, CANCELLED
}
