package org.alshub.attendance.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who came: members by id and guests by name (with their invitation's id when they had one). */
public class AttendanceForm {
    public @Size(max = 500) List<@NotNull Long> memberIds;
    public @Size(max = 500) List<@Valid @NotNull GuestForm> guests;

    public static class GuestForm {
        public @NotBlank @Size(max = 200) String name;
        public Long invitationId;
    }
}
