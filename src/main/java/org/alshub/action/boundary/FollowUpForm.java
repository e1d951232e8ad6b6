package org.alshub.action.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.alshub.action.entity.ActionStatus;

/** What the set heard about an action; status moves it on, workshopId says where it was reviewed. */
public class FollowUpForm {
    public @NotBlank @Size(max = 4000) String note;
    public @Pattern(regexp = "OPEN|IN_PROGRESS|DONE|DROPPED", message = "must be OPEN, IN_PROGRESS, DONE or DROPPED") String status;
    public Long workshopId;
    public LocalDate on;

    ActionStatus newStatus() {
        return status == null ? null : ActionStatus.valueOf(status);
    }
}
