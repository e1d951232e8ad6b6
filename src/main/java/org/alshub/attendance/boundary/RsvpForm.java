package org.alshub.attendance.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An answer to a workshop; guestName only for a guest answering an invitation. */
public class RsvpForm {
    public @NotNull @Pattern(regexp = "GOING|MAYBE|NOT_GOING", message = "must be GOING, MAYBE or NOT_GOING") String answer;
    public @Size(max = 200) String guestName;
}
