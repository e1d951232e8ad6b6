package org.alshub.invitation.boundary;

import org.alshub.platform.Paths;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.alshub.platform.web.View;
import org.alshub.platform.web.ViewWriter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.alshub.calendar.boundary.IcsResponses;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.IcsText;
import org.alshub.invitation.control.Invitations;
import org.alshub.invitation.entity.GuestAnswer;
import org.alshub.platform.problem.ProblemException;
import org.alshub.workshop.entity.Workshop;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What a guest sees through their link: the workshop, their answer, and the calendar file. The
 * token is the only credential, so every answer here is no-store and sends no Referer onwards;
 * a wrong, revoked or expired token is the same 404.
 */
@Path("")
public class GuestResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    @Inject
    Invitations invitations;

    @Inject
    CalendarSettings settings;

    @Context
    UriInfo uri;

    /** What the guest's page shows: their invitation and the workshop, with their private link. */
    public record Invited(String name, GuestAnswer answer, Workshop workshop, String link, int waitingPlace) {

        /** What the page says of the guest's answer: the same words as their calendar file. */
        public String said() {
            if (waitingPlace > 0) {
                return "Waiting list, place " + waitingPlace + ": no seat yet.";
            }
            return switch (answer) {
                case ACCEPTED -> "You said you will come.";
                case TENTATIVE -> "You said you might come.";
                case DECLINED -> "You said you cannot come.";
                case NEEDS_ACTION -> "Will you come?";
            };
        }

        /** The join form, filled in from this invitation (see JoinPages). */
        public String joinLink() {
            return "/join?invitation=" + link.substring(link.lastIndexOf('/') + 1);
        }

        public String when() {
            return WHEN.format(workshop.startLocal()) + " to " + workshop.endLocal().toLocalTime() + " ("
                    + workshop.zone().getId() + ")";
        }
    }

    /** The page for a link that opens nothing: whom to ask for a new one. */
    public record UnknownLink(String organizerEmail) {
    }

    /** The invitation as data, for scripts and tests; the page shows the same. */
    public record GuestView(String name, String answer, String title, String start, String end, String timeZone,
                            String location, String agendaNotes, boolean cancelled, String calendarLink,
                            int waitingPlace) {
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "A guest's invitation, by their secret link (JSON).")
    public Response json(@PathParam("token") String token) {
        Invitations.Guest guest = open(token);
        Workshop w = guest.workshop();
        return personal(Response.ok(new GuestView(guest.invitation().name(), guest.invitation().answer().name(),
                w.title(), w.startLocal().toString(), w.endLocal().toString(), w.zone().getId(), w.location(),
                w.agendaNotes(), w.isCancelled(), link(token) + ".ics", invitations.waitingPlace(guest.invitation())),
                MediaType.APPLICATION_JSON));
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(summary = "A guest's invitation page, by their secret link: the workshop, accept or decline, "
            + "and the calendar file.")
    public Response page(@PathParam("token") String token) {
        Optional<Invitations.Guest> found = invitations.open(token);
        if (found.isEmpty()) {
            return unknownLink();
        }
        Invitations.Guest guest = found.get();
        return personal(Response.ok(View.of("invitation/guest", new Invited(guest.invitation().name(),
                guest.invitation().answer(), guest.workshop(), link(token), invitations.waitingPlace(guest.invitation()))),
                ViewWriter.HTML));
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    @Operation(summary = "The guest accepts or declines (answer=ACCEPTED or DECLINED); back to their page.")
    public Response answer(@PathParam("token") String token, @FormParam("answer") String answer) {
        if (invitations.open(token).isEmpty()) {
            return unknownLink();
        }
        GuestAnswer chosen;
        if ("ACCEPTED".equals(answer)) {
            chosen = GuestAnswer.ACCEPTED;
        } else if ("DECLINED".equals(answer)) {
            chosen = GuestAnswer.DECLINED;
        } else {
            throw ProblemException.invalid("answer", "must be ACCEPTED or DECLINED");
        }
        invitations.answer(token, chosen);
        return personal(Response.seeOther(URI.create(link(token))));
    }

    @GET
    @Path("{token}.ics")
    @Produces(IcsResponses.MEDIA_TYPE)
    @PermitAll
    @Operation(summary = "The guest's invitation as a calendar file: METHOD:REQUEST with them as ATTENDEE "
            + "(RSVP=TRUE), or METHOD:CANCEL once the workshop is cancelled.")
    public Response calendar(@PathParam("token") String token) {
        Invitations.Guest guest = open(token);
        String ics = IcsText.write(invitations.calendarFor(guest.invitation(), guest.workshop(), URI.create(link(token))));
        return IcsResponses.privateFile(ics, "invitation.ics");
    }

    private Invitations.Guest open(String token) {
        return invitations.open(token).orElseThrow(() -> ProblemException.notFound("invitation"));
    }

    /**
     * A wrong, revoked or expired link, from a browser: a page in the site's frame saying what to
     * do, never a JSON problem. The same 404 for all three, so the page tells no one which it was.
     */
    private Response unknownLink() {
        return personal(Response.status(Response.Status.NOT_FOUND)
                .entity(View.of("invitation/unknown", new UnknownLink(settings.organizerEmail())).status(404))
                .type(ViewWriter.HTML));
    }

    private String link(String token) {
        return settings.base(uri, Paths.INVITATIONS).resolve("invitations/" + token).toString();
    }

    private static Response personal(Response.ResponseBuilder response) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return response.cacheControl(noStore).header("Referrer-Policy", "no-referrer").build();
    }
}
