package org.alshub.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alshub.member.control.Passwords;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("password-resets")
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

    @Inject
    Passwords passwords;

    @POST
    @Path("{token}")
    @PermitAll
    @Operation(summary = "Set a new password through a one-time reset link from a facilitator.")
    public Response reset(@PathParam("token") String token, @Valid @NotNull PasswordForm form) {
        passwords.reset(token, form.newPassword);
        return Response.noContent().build();
    }
}
