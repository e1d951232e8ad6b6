package org.alshub.toolkit.entity;

/** The stages of Lambeth's co-operative commissioning cycle. */
public enum Stage {
    UNDERSTAND, PLAN, DO, REVIEW
}
