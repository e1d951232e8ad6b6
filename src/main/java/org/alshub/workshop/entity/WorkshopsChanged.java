package org.alshub.workshop.entity;

/** Fired when a workshop or series is written; calendars observe it after the commit. */
public record WorkshopsChanged() {
}
