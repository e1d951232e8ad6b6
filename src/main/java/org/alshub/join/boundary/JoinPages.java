package org.alshub.join.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.alshub.invitation.control.Invitations;
import org.alshub.join.control.JoinRequests;
import org.alshub.join.entity.JoinRequest;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.FormRateLimit;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;

/**
 * The open door: anyone asks to join the set, and follows the answer on the private page whose
 * link they are given (the link is the only key to it, so it is never sent anywhere else). A
 * guest coming from their invitation's page finds their name and email filled in from it.
 */
@Path("join")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class JoinPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final List<Option> YES_NO = List.of(new Option("yes", "Yes"), new Option("no", "No"));

    @Inject
    JoinRequests requests;

    @Inject
    Invitations invitations;

    @Inject
    FormRateLimit rateLimit;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    /** The form, and the workshop the asker was invited to when they came from their invitation. */
    public record Ask(Form form, String invitedTo) {
    }

    public record Status(JoinRequest request, JoinStatusView view) {

        public LocalDate askedOn() {
            return request.createdAt().atZone(LONDON).toLocalDate();
        }
    }

    public static class Fields {
        @FormParam("name")
        public String name;
        @FormParam("email")
        public String email;
        @FormParam("organisation")
        public String organisation;
        @FormParam("worksForCouncil")
        public String worksForCouncil;
        @FormParam("wouldBring")
        public String wouldBring;
        @FormParam("listInDirectory")
        public String listInDirectory;
        @FormParam("website")
        public String website;
    }

    @GET
    public View form(@QueryParam("invitation") String invitation) {
        Form form = named(Form.empty());
        var guest = invitation == null ? java.util.Optional.<Invitations.Guest>empty() : invitations.open(invitation);
        guest.ifPresent(g -> form.set("name", g.invitation().name()).set("email", g.invitation().email()));
        return View.of("join/ask", new Ask(form, guest.map(g -> g.workshop().title()).orElse(null)));
    }

    @POST
    public Response ask(@BeanParam Fields fields) {
        Form form = named(Form.of(fields));
        String sent = "Your request has been sent. Bookmark this page or keep its link: it shows the answer.";
        if (form.text("website") != null) {
            return Pages.seeOther(request, "/join/status/" + JoinRequests.newToken(), sent);
        }
        var refusal = rateLimit.refuse(JoinRequestsResource.PUBLIC_FORM, rateLimit.addressOf(request));
        if (refusal.isPresent()) {
            String seconds = refusal.get().getHeaderString("Retry-After");
            form.error("name", "Too many forms have been sent from your address. Try again in " + seconds
                    + " seconds");
            return Response.status(429).entity(View.of("join/ask", new Ask(form, null)).status(429))
                    .header("Retry-After", seconds).build();
        }
        JoinForm join = new JoinForm();
        join.name = form.text("name");
        join.email = form.text("email");
        join.organisation = form.text("organisation");
        String council = form.text("worksForCouncil");
        join.worksForCouncil = council == null ? null : "yes".equals(council);
        join.wouldBring = form.text("wouldBring");
        join.listInDirectory = "yes".equals(form.value("listInDirectory"));
        form.violations(validator.validate(join));
        if (council == null) {
            form.error("worksForCouncil", "Select yes if you work for the council");
        }
        if (form.hasErrors()) {
            return Response.status(400).entity(View.form("join/ask", new Ask(form, null), form)).build();
        }
        return Pages.seeOther(request, "/join/status/" + requests.ask(join.asking()).token(), sent);
    }

    @GET
    @Path("status/{token}")
    public View status(@PathParam("token") String token) {
        JoinRequest r = requests.byToken(token).orElseThrow(() -> ProblemException.notFound("join request"));
        return View.of("join/status", new Status(r, JoinStatusView.of(r)));
    }

    private static Form named(Form form) {
        return form.name("name", "Full name", "Enter your full name")
                .name("email", "Email address", "Enter your email address")
                .name("organisation", "Organisation", "Enter your organisation")
                .name("worksForCouncil", "Works for the council", "Select yes if you work for the council")
                .choice("worksForCouncil")
                .name("wouldBring", "What you would bring", "Say what you would bring");
    }
}
