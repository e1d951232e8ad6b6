package org.alshub.project.entity;

/** Fired when a project is written; observed after the commit by what keeps figures about projects. */
public record ProjectsChanged() {
}
