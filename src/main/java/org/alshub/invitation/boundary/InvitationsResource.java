package org.alshub.invitation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.invitation.control.Invitations;
import org.alshub.notice.control.Notices;
import org.alshub.invitation.entity.Invitation;
import org.alshub.platform.Paths;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One invitation: revoking its link, emailing the guest again. */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Invitations invitations;

    @Inject
    Notices notices;

    @Inject
    CalendarSettings settings;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @DELETE
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Revoke a guest's link: it stops working at once. Facilitators, or the member who invited them.")
    public Response revoke(@PathParam("id") long id) {
        invitations.revoke(id, user.requireMemberId(), user.isFacilitator());
        return Response.noContent().build();
    }

    @POST
    @Path("{id: \\d+}/email")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Email the guest the workshop as it stands now: an update (METHOD:REQUEST, higher SEQUENCE) "
            + "or a cancellation (METHOD:CANCEL), through the outbox. 409 where email is off.")
    public InvitationView email(@PathParam("id") long id) {
        return InvitationView.of(notices.emailInvitation(id, base()), null);
    }

    private URI base() {
        return settings.base(uri, Paths.API);
    }
}
