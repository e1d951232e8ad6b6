package org.alshub.member.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account: with no password given, one is generated and returned once. */
public class AccountForm {
    public @NotNull @Pattern(regexp = "FACILITATOR|OFFICER", message = "must be FACILITATOR or OFFICER") String role;
    public @Size(min = 12, max = 200, message = "must be at least 12 characters") String password;
}
