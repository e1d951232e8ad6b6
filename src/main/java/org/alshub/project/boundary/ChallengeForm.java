package org.alshub.project.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import org.alshub.project.entity.ChallengeStatus;

/**
 * The question an officer brings, and (optionally) the workshop it is brought to: as JSON, or
 * through a project's page (whose workshop choice is read as typed, "Not yet" being empty).
 */
public class ChallengeForm {
    @FormParam("question")
    public @NotBlank @Size(max = 2000) String question;
    public Long workshopId;
    public @Pattern(regexp = "OPEN|ADDRESSED", message = "must be OPEN or ADDRESSED") String status;
    public @Size(max = 4000) String howAddressed;

    ChallengeStatus challengeStatus() {
        return status == null ? ChallengeStatus.OPEN : ChallengeStatus.valueOf(status);
    }
}
