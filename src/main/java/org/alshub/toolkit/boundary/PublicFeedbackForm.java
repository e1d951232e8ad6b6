package org.alshub.toolkit.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Feedback from anyone. {@code website} is a honeypot: the page hides it from people, so only
 * a bot fills it in, and such a form is thanked for and thrown away.
 */
public class PublicFeedbackForm {
    public @NotNull @Min(1) @Max(5) Integer rating;
    public @Size(max = 2000) String comment;
    public @Size(max = 200) String name;
    public String website;
}
