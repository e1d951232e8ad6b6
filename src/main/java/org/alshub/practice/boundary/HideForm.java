package org.alshub.practice.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** Why a facilitator hides a do; the author sees it. */
public class HideForm {
    @FormParam("reason")
    public @NotBlank @Size(max = 400) String reason;
}
