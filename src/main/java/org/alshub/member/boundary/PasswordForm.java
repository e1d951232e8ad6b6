package org.alshub.member.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password, with the current one when the member changes their own. */
public class PasswordForm {
    public @Size(max = 200) String currentPassword;
    public @NotNull @Size(max = 200) String newPassword;
}
