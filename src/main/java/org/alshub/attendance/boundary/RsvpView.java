package org.alshub.attendance.boundary;

import java.time.Instant;
import java.util.Map;
import org.alshub.attendance.entity.Rsvp;

/**
 * An answer; place is SEAT, WAITING (with waitingPosition from 1) or null for MAYBE and NOT_GOING;
 * byEmail when it came as a REPLY from the person's calendar.
 */
public record RsvpView(long id, long workshopId, Long memberId, Long guestInvitationId, String name, String answer,
                       String place, Integer waitingPosition, Instant answeredAt, boolean byEmail, int version) {

    static RsvpView of(Rsvp r, Map<Long, String> names, int waitingPosition) {
        String place = r.holdsSeat() ? "SEAT" : r.isWaiting() ? "WAITING" : null;
        return new RsvpView(r.id(), r.workshopId(), r.memberId(), r.guestInvitationId(),
                r.memberId() == null ? r.guestName() : names.get(r.memberId()), r.answer().name(), place,
                r.isWaiting() ? waitingPosition : null, r.answeredAt(), r.answeredByEmail(), r.version());
    }
}
