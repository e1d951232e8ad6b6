package org.alshub.toolkit.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A signed-in member's feedback on a tool or case study. */
public class FeedbackForm {
    public @NotNull @Min(1) @Max(5) Integer rating;
    public @Size(max = 2000) String comment;
}
