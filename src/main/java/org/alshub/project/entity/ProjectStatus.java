package org.alshub.project.entity;

public enum ProjectStatus {
    ACTIVE, CLOSED
}
