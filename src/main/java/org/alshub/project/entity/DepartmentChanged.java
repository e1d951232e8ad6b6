package org.alshub.project.entity;

/**
 * A project now belongs to another department. Observed in the same transaction by what files
 * things under a project's department (the tracker's copy on each action), so both change together.
 */
public record DepartmentChanged(long projectId, String department) {
}
