package org.alshub.action.control;

import java.time.LocalDate;

/** An action with the names a reader needs: who owns it, which project, which workshop agreed it. */
public record ActionRow(long id, String description, long ownerId, String ownerName, LocalDate due, String status,
                        boolean overdue, Long projectId, String projectTitle, String department, Long challengeId,
                        long agreedAtWorkshopId, String agreedAtWorkshop, LocalDate agreedOn, int version) {
}
