package org.alshub.toolkit.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.alshub.toolkit.control.Toolkit;
import org.alshub.toolkit.entity.EntryKind;
import org.alshub.project.entity.Stage;

/** A tool or case study: a body, a link, or both. */
public class ToolkitEntryForm {
    public @NotNull @Pattern(regexp = "TOOL|CASE_STUDY", message = "must be TOOL or CASE_STUDY") String kind;
    public @NotNull @Pattern(regexp = "UNDERSTAND|PLAN|DO|REVIEW", message = "must be UNDERSTAND, PLAN, DO or REVIEW") String stage;
    public @NotBlank @Size(max = 200) String title;
    public @NotBlank @Size(max = 1000) String summary;
    public @Size(max = 8000) String body;
    public @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") String link;
    public Long ownerId;

    Toolkit.Description description(Long defaultOwner) {
        return new Toolkit.Description(EntryKind.valueOf(kind), Stage.valueOf(stage), title, summary, body, link,
                ownerId != null ? ownerId : defaultOwner);
    }
}
