package org.alshub.member.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** A new password, with the current one when the member changes their own: as JSON, or from the pages. */
public class PasswordForm {
    @FormParam("currentPassword")
    public @Size(max = 200) String currentPassword;
    @FormParam("newPassword")
    public @NotNull @Size(max = 200) String newPassword;
}
