package org.alshub.join.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a request is declined: the requester reads it on their page. */
public class DeclineForm {
    public @NotBlank @Size(max = 1000) String reason;
}
