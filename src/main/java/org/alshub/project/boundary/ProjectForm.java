package org.alshub.project.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import org.alshub.project.entity.Project;
import org.alshub.project.entity.ProjectStatus;
import org.alshub.project.entity.Stage;

/**
 * A project as its owner describes it, as JSON or through the register form (the same fields).
 * Stage defaults to UNDERSTAND, the start of the cycle.
 */
public class ProjectForm {
    @FormParam("title")
    public @NotBlank @Size(max = 200) String title;
    @FormParam("department")
    public @Size(max = 200) String department;
    @FormParam("summary")
    public @Size(max = 4000) String summary;
    public @Size(max = 2000) String stakeholders;
    @FormParam("stage")
    public @Pattern(regexp = "UNDERSTAND|PLAN|DO|REVIEW", message = "must be one of UNDERSTAND, PLAN, DO, REVIEW") String stage;
    public @Pattern(regexp = "ACTIVE|CLOSED", message = "must be ACTIVE or CLOSED") String status;
    public Long ownerId;

    Project.Description description() {
        return new Project.Description(title.strip(), text(department), text(summary), text(stakeholders),
                stage == null ? Stage.UNDERSTAND : Stage.valueOf(stage));
    }

    ProjectStatus projectStatus() {
        return status == null ? null : ProjectStatus.valueOf(status);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
