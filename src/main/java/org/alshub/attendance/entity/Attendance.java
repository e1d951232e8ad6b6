package org.alshub.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who actually came to a workshop: a member, or a guest by name (and invitation, if any). */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_id")
    private Long workshopId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "guest_invitation_id")
    private Long guestInvitationId;

    @Column(name = "guest_name")
    private String guestName;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Attendance() {
    }

    public static Attendance ofMember(long workshopId, long memberId, long recordedBy, Instant now) {
        Attendance attendance = new Attendance();
        attendance.workshopId = workshopId;
        attendance.memberId = memberId;
        attendance.recordedBy = recordedBy;
        attendance.recordedAt = now;
        return attendance;
    }

    public static Attendance ofGuest(long workshopId, String name, Long invitationId, long recordedBy, Instant now) {
        Attendance attendance = new Attendance();
        attendance.workshopId = workshopId;
        attendance.guestName = name;
        attendance.guestInvitationId = invitationId;
        attendance.recordedBy = recordedBy;
        attendance.recordedAt = now;
        return attendance;
    }

    public Long id() {
        return id;
    }

    public long workshopId() {
        return workshopId;
    }

    public Long memberId() {
        return memberId;
    }

    public Long guestInvitationId() {
        return guestInvitationId;
    }

    public String guestName() {
        return guestName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
