package org.alshub.project.entity;

/** Lambeth's co-operative commissioning cycle. */
public enum Stage {
    UNDERSTAND, PLAN, DO, REVIEW
}
