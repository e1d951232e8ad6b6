package org.alshub.join.boundary;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.alshub.join.control.JoinRequests;
import org.alshub.join.entity.JoinRequest;
import org.alshub.join.entity.JoinStatus;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;

/**
 * Facilitators answer join requests: accept (making a member, and an account for council staff) or
 * decline with a reason. Someone who asks again from the same address is shown as such, with their
 * earlier requests, and one who is already a member cannot be accepted twice.
 */
@Path("join-requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FACILITATOR)
public class JoinRequestPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    JoinRequests requests;

    @Inject
    Members members;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    /** The waiting requests, and how many requests each one's address has sent in all. */
    public record Waiting(List<JoinRequest> requests, Map<String, Long> asked) {

        public long timesAsked(JoinRequest r) {
            return asked.getOrDefault(JoinRequest.addressKey(r.email()), 1L);
        }
    }

    /**
     * One request, the other requests from its address ({@code others}, oldest first), and the
     * member who already has that address, if any ({@code member}).
     */
    public record One(JoinRequest request, Form form, List<JoinRequest> others, Member member) {

        public LocalDate askedOn() {
            return JoinRequestPages.askedOn(request);
        }

        public String status() {
            return JoinRequestPages.status(request);
        }
    }

    public static String status(JoinRequest r) {
        return switch (r.status()) {
            case PENDING -> "Waiting for an answer";
            case ACCEPTED -> "Accepted";
            case DECLINED -> "Declined: " + r.declineReason();
        };
    }

    public static LocalDate askedOn(JoinRequest r) {
        return r.createdAt().atZone(LONDON).toLocalDate();
    }

    @GET
    public View list() {
        List<JoinRequest> waiting = requests.list(JoinStatus.PENDING, 0, 100).items();
        return View.of("join/requests", new Waiting(waiting,
                requests.countsByAddress(waiting.stream().map(JoinRequest::email).toList())));
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        return View.form("join/request", one(requests.require(id), Form.empty()), Form.empty());
    }

    @POST
    @Path("{id: \\d+}/accept")
    public Response accept(@PathParam("id") long id, @FormParam("version") String version) {
        JoinRequest join = requests.require(id);
        Form form = named(Form.empty().set("version", version));
        try {
            JoinRequests.Accepted accepted = requests.accept(join.id(), user.requireMemberId(), form.version());
            return Pages.seeOther(request, "/join-requests/" + join.id(), accepted.password()
                    .map(p -> join.name() + " is now a member. Their first password, shown only now: " + p)
                    .orElse(join.name() + " is now a member."));
        } catch (ProblemException refusal) {
            return answeredFirst(join, refusal, form);
        }
    }

    @POST
    @Path("{id: \\d+}/decline")
    public Response decline(@PathParam("id") long id, @BeanParam DeclineForm decline,
                            @FormParam("version") String version) {
        JoinRequest join = requests.require(id);
        decline.reason = decline.reason == null || decline.reason.isBlank() ? null : decline.reason.strip();
        Form form = named(Form.of(decline)).set("version", version).violations(validator.validate(decline));
        if (form.hasErrors()) {
            return Response.status(400).entity(View.form("join/request", one(join, form), form)).build();
        }
        try {
            requests.decline(join.id(), user.requireMemberId(), decline.reason, form.version());
            return Pages.seeOther(request, "/join-requests/" + join.id(), "The request has been declined.");
        } catch (ProblemException refusal) {
            return answeredFirst(join, refusal, form);
        }
    }

    /**
     * A refusal shown on the request's page: answered meanwhile by someone else, or (accepting)
     * an address that became a member's meanwhile, each in its own words.
     */
    private Response answeredFirst(JoinRequest join, ProblemException refusal, Form form) {
        if (refusal.problem().status() != 409) {
            throw refusal;
        }
        JoinRequest now = requests.require(join.id());
        form.error("reason", now.isPending() && form.version().orElse(-1) == now.version() ? refusal.problem().detail()
                : "Someone else answered this request first. Reload the page to see their answer");
        return Response.status(400).entity(View.form("join/request", one(now, form), form)).build();
    }

    private One one(JoinRequest join, Form form) {
        List<JoinRequest> others = requests.fromAddress(join.email()).stream()
                .filter(r -> !r.id().equals(join.id())).toList();
        return new One(join, form, others, members.findByEmail(join.email()).orElse(null));
    }

    private static Form named(Form form) {
        return form.name("reason", "Reason", "Enter a reason the requester will see");
    }
}
