package org.alshub.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.MemberFeeds;
import org.alshub.platform.Paths;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A member's own private feed link: made (or replaced) on request, shown once. */
@Path("me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
public class MemberFeedResource {

    @Inject
    MemberFeeds feeds;

    @Inject
    CalendarSettings settings;

    @Inject
    CurrentUser user;

    /** The new link, over https and as webcal:// for one-click subscription. */
    public record FeedLink(String url, String webcal) {
    }

    @POST
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Make a new secret link to your own calendar feed; any earlier link stops working. "
            + "The link is shown only now: only a hash of it is kept.")
    public Response reset(@Context UriInfo uri) {
        String token = feeds.reset(user.requireMemberId());
        URI url = settings.base(uri, Paths.API).resolve("calendar/members/" + token + ".ics");
        String webcal = "webcal" + url.toString().substring(url.getScheme().length());
        return Response.status(Response.Status.CREATED).entity(new FeedLink(url.toString(), webcal)).build();
    }

    @DELETE
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Switch your calendar feed off: its link stops working.")
    public Response switchOff() {
        feeds.switchOff(user.requireMemberId());
        return Response.noContent().build();
    }
}
