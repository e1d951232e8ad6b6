package org.alshub.invitation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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

    /** The invitation as data, for scripts and tests; the page shows the same. */
    public record GuestView(String name, String answer, String title, String start, String end, String timeZone,
                            String location, String agendaNotes, boolean cancelled, String calendarLink) {
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
                w.agendaNotes(), w.isCancelled(), link(token) + ".ics"), MediaType.APPLICATION_JSON));
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(summary = "A guest's invitation page, by their secret link: the workshop, accept or decline, "
            + "and the calendar file.")
    public Response page(@PathParam("token") String token) {
        return personal(Response.ok(html(open(token), token), MediaType.TEXT_HTML + "; charset=utf-8"));
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    @Operation(summary = "The guest accepts or declines (answer=ACCEPTED or DECLINED); back to their page.")
    public Response answer(@PathParam("token") String token, @FormParam("answer") String answer) {
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

    private String link(String token) {
        return settings.base(uri, InvitationApplication.PATH).resolve("invitations/" + token).toString();
    }

    private static Response personal(Response.ResponseBuilder response) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return response.cacheControl(noStore).header("Referrer-Policy", "no-referrer").build();
    }

    private String html(Invitations.Guest guest, String token) {
        Workshop w = guest.workshop();
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><title>")
                .append(escape(w.title())).append("</title></head><body><main>")
                .append("<p>Hello ").append(escape(guest.invitation().name())).append(", you are invited to</p>")
                .append("<h1>").append(escape(w.title())).append("</h1>")
                .append("<p>").append(escape(WHEN.format(w.startLocal()))).append(" to ")
                .append(escape(w.endLocal().toLocalTime().toString())).append(" (").append(escape(w.zone().getId()))
                .append(")</p>");
        if (w.location() != null) {
            page.append("<p>").append(escape(w.location())).append("</p>");
        }
        if (w.agendaNotes() != null) {
            page.append("<p>").append(escape(w.agendaNotes()).replace("\n", "<br>")).append("</p>");
        }
        if (w.isCancelled()) {
            page.append("<p><strong>This workshop is cancelled.</strong></p>");
        } else {
            String answer = switch (guest.invitation().answer()) {
                case ACCEPTED -> "You said you will come.";
                case DECLINED -> "You said you cannot come.";
                case NEEDS_ACTION -> "Will you come?";
            };
            page.append("<p>").append(answer).append("</p><form method=\"post\" action=\"")
                    .append(escape(link(token))).append("\">")
                    .append("<button name=\"answer\" value=\"ACCEPTED\">Yes, I will come</button> ")
                    .append("<button name=\"answer\" value=\"DECLINED\">No, I cannot come</button></form>");
        }
        page.append("<p><a href=\"").append(escape(link(token))).append(".ics\">Add it to your calendar</a>")
                .append(" (Outlook, Google, Apple or Thunderbird). No account is needed.</p></main></body></html>\n");
        return page.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
