package org.alshub.invitation.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who to invite. Set send to false to only get the link, even where email is set up. */
public class InvitationForm {

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotBlank
    @Email
    @Size(max = 320)
    public String email;

    public Boolean send;
}
