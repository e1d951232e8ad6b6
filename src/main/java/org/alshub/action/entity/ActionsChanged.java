package org.alshub.action.entity;

/** Fired when an action, or a project that actions belong to, is written; observed after the commit. */
public record ActionsChanged() {
}
