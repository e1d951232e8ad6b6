package org.alshub.join.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alshub.join.control.JoinRequests;

/**
 * The public "ask to join" form. {@code website} is a honeypot: hidden from people by the page,
 * filled in only by bots, whose forms are answered like any other and thrown away.
 */
public class JoinForm {
    public @NotBlank @Size(max = 200) String name;
    public @NotBlank @Email @Size(max = 320) String email;
    public @Size(max = 200) String organisation;
    public Boolean worksForCouncil;
    public @Size(max = 2000) String wouldBring;
    public Boolean listInDirectory;
    public String website;

    JoinRequests.Asking asking() {
        return new JoinRequests.Asking(name, email, organisation, Boolean.TRUE.equals(worksForCouncil), wouldBring,
                Boolean.TRUE.equals(listInDirectory));
    }
}
