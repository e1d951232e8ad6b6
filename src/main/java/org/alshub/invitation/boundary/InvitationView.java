package org.alshub.invitation.boundary;

import java.time.Instant;
import org.alshub.invitation.entity.Invitation;

/**
 * An invitation as its inviter sees it. {@code link} and {@code calendarLink} are present only in
 * the answer that created it: the token is not kept.
 */
public record InvitationView(long id, long workshopId, String name, String email, String answer, Long invitedById,
                             Instant answeredAt, boolean revoked, Instant emailedAt, String link, String calendarLink,
                             int version) {

    static InvitationView of(Invitation i, String link) {
        return new InvitationView(i.id(), i.workshopId(), i.name(), i.email(), i.answer().name(), i.invitedBy(),
                i.answeredAt(), i.revokedAt() != null, i.emailedAt(), link, link == null ? null : link + ".ics",
                i.version());
    }
}
