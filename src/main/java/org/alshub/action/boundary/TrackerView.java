package org.alshub.action.boundary;

import java.util.List;
import java.util.Map;
import org.alshub.action.control.ActionRow;

/**
 * A page of the tracker. counts (OPEN, IN_PROGRESS, DONE, DROPPED, OVERDUE, ALL) apply the
 * owner, department and workshop filters but not status or overdue, so they read as the tabs'
 * numbers.
 */
public record TrackerView(List<ActionRow> items, int page, int size, long total, Map<String, Long> counts) {
}
