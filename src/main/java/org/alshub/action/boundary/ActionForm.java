package org.alshub.action.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.alshub.action.control.Actions;

/** An action as a facilitator captures it during a workshop: what, who, by when, agreed where. */
public class ActionForm {
    public @NotBlank @Size(max = 1000) String description;
    public @NotNull Long ownerId;
    public LocalDate due;
    public @NotNull Long workshopId;
    public Long projectId;
    public Long challengeId;

    Actions.Agreement agreement() {
        return new Actions.Agreement(description.strip(), ownerId, due, projectId, challengeId, workshopId);
    }
}
