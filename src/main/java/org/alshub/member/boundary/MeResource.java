package org.alshub.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alshub.member.control.Accounts;
import org.alshub.member.control.Members;
import org.alshub.member.control.Passwords;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    Members members;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "The signed-in member and their role.")
    public MemberView me() {
        long id = user.requireMemberId();
        var member = members.find(id).orElseThrow(() -> ProblemException.notFound("member"));
        return MemberView.of(member, accounts.find(id).map(a -> a.role().name()).orElse(null));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Change your own password: send currentPassword and newPassword.")
    public Response changePassword(@Valid @NotNull PasswordForm form) {
        passwords.change(user.requireMemberId(), form.currentPassword, form.newPassword);
        return Response.noContent().build();
    }
}
