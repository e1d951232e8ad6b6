package org.alshub.invitation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.Layout;
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

    @Context
    HttpServletRequest request;

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

    /** The same GOV.UK frame as the signed-in pages; a guest has no session, so no menu. */
    private String html(Invitations.Guest guest, String token) {
        Workshop w = guest.workshop();
        String answer = switch (guest.invitation().answer()) {
            case ACCEPTED -> "You said you will come.";
            case DECLINED -> "You said you cannot come.";
            case NEEDS_ACTION -> "Will you come?";
        };
        Html choice = w.isCancelled()
                ? Html.of("<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>"
                        + "<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>"
                        + "This workshop is cancelled.</strong></div>")
                : Html.of("""
                        <h2 class="govuk-heading-m" id="answer">{}</h2>
                        <form method="post" action="{}"><div class="govuk-button-group">
                        <button type="submit" name="answer" value="ACCEPTED" class="govuk-button" data-module="govuk-button">Yes, I will come</button>
                        <button type="submit" name="answer" value="DECLINED" class="govuk-button govuk-button--secondary" data-module="govuk-button">No, I cannot come</button>
                        </div></form>
                        """, answer, link(token));
        List<Govuk.Row> rows = new ArrayList<>();
        rows.add(new Govuk.Row("When", Html.of("{} to {} ({})", WHEN.format(w.startLocal()),
                w.endLocal().toLocalTime().toString(), w.zone().getId())));
        if (w.location() != null) {
            rows.add(new Govuk.Row("Where", Html.of("{}", w.location())));
        }
        if (w.agendaNotes() != null) {
            rows.add(new Govuk.Row("Agenda", Html.of("<span class=\"app-pre-line\">{}</span>", w.agendaNotes())));
        }
        Html main = Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                <span class="govuk-caption-l app-wrap">Hello {}, you are invited to</span>
                <h1 class="govuk-heading-l app-wrap">{}</h1>
                {}{}
                <p class="govuk-body"><a class="govuk-link" href="{}.ics">Add it to your calendar</a>
                (Outlook, Google, Apple or Thunderbird). No account is needed.</p>
                </div></div>
                """, guest.invitation().name(), w.title(), Govuk.summaryList(rows), choice, link(token));
        return Layout.page(request, w.title(), main).markup();
    }
}
