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
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.invitation.control.Invitations;
import org.alshub.mail.control.Outbox;
import org.alshub.notice.control.Notices;
import org.alshub.invitation.entity.Invitation;
import org.alshub.platform.Paths;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inviting guests to a workshop: facilitators to any, members bringing a friend. */
@Path("workshops/{workshopId: \\d+}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkshopInvitationsResource {

    @Inject
    Invitations invitations;

    @Inject
    Notices notices;

    @Inject
    Outbox outbox;

    @Inject
    CalendarSettings settings;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Invite a guest by name and email (facilitators to any workshop, members to one they are "
            + "going to). The answer holds their personal link (shown only now); where email is set up it is also "
            + "sent to them unless send is false.")
    public Response invite(@PathParam("workshopId") long workshopId, @Valid @NotNull InvitationForm form) {
        invitations.checkMayInvite(workshopId, user.requireMemberId(), user.isFacilitator());
        Invitations.Issued issued = invitations.invite(workshopId, form.name, form.email, user.requireMemberId());
        Invitation invitation = issued.invitation();
        if (outbox.open() && !Boolean.FALSE.equals(form.send)) {
            invitation = notices.invite(issued, base());
        }
        String link = base().resolve("invitations/" + issued.token()).toString();
        return Response.created(uri.getBaseUriBuilder().path("invitations").path(invitation.id().toString()).build())
                .entity(InvitationView.of(invitation, link)).build();
    }

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "The guests invited to a workshop and their answers (members see the guests they invited).")
    public List<InvitationView> list(@PathParam("workshopId") long workshopId) {
        return invitations.of(workshopId, user.requireMemberId(), user.isFacilitator()).stream()
                .map(i -> InvitationView.of(i, null)).toList();
    }

    private URI base() {
        return settings.base(uri, Paths.API);
    }
}
