package org.alshub.practice.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class CommentForm {
    public @NotBlank @Size(max = 2000) String body;
}
