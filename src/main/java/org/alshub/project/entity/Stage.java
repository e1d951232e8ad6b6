package org.alshub.project.entity;

/** The stages of Lambeth's co-operative commissioning cycle: a project's, and what each toolkit entry is for. */
public enum Stage {
    UNDERSTAND, PLAN, DO, REVIEW
}
