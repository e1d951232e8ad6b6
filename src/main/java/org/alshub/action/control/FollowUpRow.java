package org.alshub.action.control;

import java.time.LocalDate;

/** A follow-up with the action it is about and who gave it. */
public record FollowUpRow(long id, long actionId, String action, String note, String newStatus, Long workshopId,
                          LocalDate on, long authorId, String authorName) {
}
