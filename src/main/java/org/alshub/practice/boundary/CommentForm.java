package org.alshub.practice.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

public class CommentForm {
    @FormParam("body")
    public @NotBlank @Size(max = 2000) String body;
}
