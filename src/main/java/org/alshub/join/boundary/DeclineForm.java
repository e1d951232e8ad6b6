package org.alshub.join.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** Why a request is declined: the requester reads it on their page. */
public class DeclineForm {
    @FormParam("reason")
    public @NotBlank @Size(max = 1000) String reason;
}
