package org.alshub.attendance.boundary;

import java.time.Instant;
import java.util.Map;
import org.alshub.attendance.entity.Attendance;

public record AttendanceView(long id, long workshopId, Long memberId, Long guestInvitationId, String name,
                             boolean guest, Instant recordedAt) {

    static AttendanceView of(Attendance a, Map<Long, String> names) {
        return new AttendanceView(a.id(), a.workshopId(), a.memberId(), a.guestInvitationId(),
                a.memberId() == null ? a.guestName() : names.get(a.memberId()), a.memberId() == null, a.recordedAt());
    }
}
