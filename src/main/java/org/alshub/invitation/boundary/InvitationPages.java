package org.alshub.invitation.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.invitation.control.Invitations;
import org.alshub.invitation.entity.Invitation;
import org.alshub.mail.control.Outbox;
import org.alshub.member.control.MemberNames;
import org.alshub.member.control.Members;
import org.alshub.notice.control.Notices;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;

/**
 * Inviting people to a workshop from its page: one guest by name and email, or several at once
 * (members ticked, or addresses pasted); every invitation's state, with revoke and a fresh link.
 * Facilitators invite anyone to any workshop and see who invited whom; a member brings a friend
 * to a workshop they are going to, and sees the guests they brought.
 */
@Path("workshops/{id: \\d+}/invitations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class InvitationPages {

    /** A link made now, shown once on the page the form leads back to (only its hash is kept). */
    private static final String LINKS = "alshub.invitation-links";
    /** "Ann Guest <ann@example.org>", or an address alone. */
    private static final Pattern NAMED = Pattern.compile("\\s*(?:\"?([^\"<]*?)\"?\\s*<([^>]+)>|([^\\s<>]+@[^\\s<>]+))\\s*");
    private static final int MEMBER_LIMIT = 2000;

    @Inject
    Invitations invitations;

    @Inject
    Workshops workshops;

    @Inject
    Rsvps rsvps;

    @Inject
    Members members;

    @Inject
    MemberNames names;

    @Inject
    Outbox outbox;

    @Inject
    Notices notices;

    @Inject
    CalendarSettings settings;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Inject
    java.time.Clock clock;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /** One invitation as its list shows it. */
    public record Invited(Invitation invitation, String state, String colour, String invitedBy) {
    }

    /** A guest's private link, made just now and shown this once. */
    public record Link(String name, String link) implements java.io.Serializable {
    }

    public record Listing(Workshop workshop, boolean mayInvite, String refusal, boolean mailer, List<Invited> invited,
                          List<Option> members, List<Link> links, Form form) {
    }

    public static class Fields {
        @FormParam("name")
        public String name;
        @FormParam("email")
        public String email;
        @FormParam("memberIds")
        public List<String> memberIds;
        @FormParam("addresses")
        public String addresses;
    }

    @GET
    public View list(@PathParam("id") long id) {
        return page(workshops.require(id), named(Form.empty()));
    }

    @POST
    public Response invite(@PathParam("id") long id, @BeanParam Fields fields) {
        Workshop workshop = workshops.require(id);
        Form form = named(Form.of(fields));
        InvitationForm guest = new InvitationForm();
        guest.name = form.text("name");
        guest.email = form.text("email");
        form.violations(validator.validate(guest));
        if (form.hasErrors()) {
            return Response.status(400).entity(page(workshop, form)).build();
        }
        try {
            invitations.checkMayInvite(id, user.requireMemberId(), user.isFacilitator());
            Link link = issue(workshop, guest.name, guest.email);
            return sent(id, java.util.Collections.singletonList(link), guest.name + " is invited");
        } catch (ProblemException refusal) {
            form.problem(refusal, "email");
            return Response.status(refusal.problem().status() == 403 ? 403 : 400).entity(page(workshop, form)).build();
        }
    }

    @POST
    @Path("several")
    @RolesAllowed(Roles.FACILITATOR)
    public Response inviteSeveral(@PathParam("id") long id, @BeanParam Fields fields) {
        Workshop workshop = workshops.require(id);
        Form form = named(Form.of(fields));
        Map<String, String> people = new LinkedHashMap<>();
        for (String memberId : fields.memberIds == null ? List.<String>of() : fields.memberIds) {
            try {
                members.find(Long.parseLong(memberId)).filter(m -> !m.isErased())
                        .ifPresent(m -> people.putIfAbsent(m.email().toLowerCase(java.util.Locale.ROOT), m.name()
                                + "\u0000" + m.email()));
            } catch (NumberFormatException e) {
                form.error("memberIds", "Tick members from the list");
            }
        }
        List<String> unreadable = new ArrayList<>();
        for (String entry : form.value("addresses").split("[,;\\n\\r]+")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = NAMED.matcher(entry);
            InvitationForm guest = new InvitationForm();
            if (m.matches()) {
                guest.email = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
                String given = m.group(1) == null ? "" : m.group(1).strip();
                guest.name = given.isEmpty() ? guest.email.substring(0, guest.email.indexOf('@')) : given;
            }
            if (!m.matches() || !validator.validate(guest).isEmpty()) {
                unreadable.add(entry.strip());
            } else {
                people.putIfAbsent(guest.email.toLowerCase(java.util.Locale.ROOT), guest.name + "\u0000" + guest.email);
            }
        }
        if (!unreadable.isEmpty()) {
            form.error("addresses", "These are not email addresses: " + String.join(", ", unreadable)
                    + ". Write one per line, like Ann Guest <ann@example.org>");
        } else if (people.isEmpty() && !form.hasErrors()) {
            form.error("memberIds", "Tick the members to invite, or paste their email addresses");
        }
        if (form.hasErrors()) {
            return Response.status(400).entity(page(workshop, form)).build();
        }
        try {
            List<Link> links = new ArrayList<>();
            for (String person : people.values()) {
                String[] nameAndEmail = person.split("\u0000");
                links.add(issue(workshop, nameAndEmail[0], nameAndEmail[1]));
            }
            return sent(id, links, links.size() == 1 ? "1 person is invited" : links.size() + " people are invited");
        } catch (ProblemException refusal) {
            return Response.status(400).entity(page(workshop, form.problem(refusal, "memberIds"))).build();
        }
    }

    @POST
    @Path("{invitation: \\d+}/revoke")
    public Response revoke(@PathParam("id") long id, @PathParam("invitation") long invitationId) {
        Invitation invitation = invitations.revoke(invitationId, user.requireMemberId(), user.isFacilitator());
        return Pages.seeOther(request, "/workshops/" + id + "/invitations",
                invitation.name() + "'s link no longer works");
    }

    @POST
    @Path("{invitation: \\d+}/resend")
    public Response resend(@PathParam("id") long id, @PathParam("invitation") long invitationId) {
        Invitations.Issued issued = invitations.reissue(invitationId, user.requireMemberId(), user.isFacilitator());
        return sent(id, java.util.Collections.singletonList(deliver(issued)), issued.invitation().name() + " has a new link; the old one no "
                + "longer works");
    }

    /** Makes an invitation and sends it where email is set up; the link is shown when it was not sent. */
    private Link issue(Workshop workshop, String name, String email) {
        return deliver(invitations.invite(workshop.id(), name, email, user.requireMemberId()));
    }

    /** Emails the invitation where email is set up; the link to pass on by hand otherwise, or when it could not go. */
    private Link deliver(Invitations.Issued issued) {
        Link link = new Link(issued.invitation().name(), base().resolve("invitations/" + issued.token()).toString());
        if (!outbox.open()) {
            return link;
        }
        try {
            notices.invite(issued, base());
            return null;
        } catch (ProblemException notSent) {
            return link;
        }
    }

    private Response sent(long workshopId, List<Link> links, String message) {
        List<Link> shown = links.stream().filter(java.util.Objects::nonNull).toList();
        if (!shown.isEmpty()) {
            request.getSession().setAttribute(LINKS, new ArrayList<>(shown));
        }
        return Pages.seeOther(request, "/workshops/" + workshopId + "/invitations",
                message + (shown.isEmpty() ? ": the invitation is on its way by email" : ": give them the link below"));
    }

    private URI base() {
        return settings.base(uri.getBaseUri());
    }

    private View page(Workshop workshop, Form form) {
        boolean facilitator = user.isFacilitator();
        String refusal = null;
        try {
            invitations.checkMayInvite(workshop.id(), user.requireMemberId(), facilitator);
        } catch (ProblemException notGoing) {
            refusal = notGoing.problem().detail();
        }
        if (workshop.isCancelled() || !workshop.endsAt().toInstant().isAfter(clock.instant())) {
            refusal = workshop.isCancelled() ? "This workshop is cancelled: no one can be invited to it."
                    : "This workshop is over: no one can be invited to it.";
        }
        List<Invitation> found = invitations.of(workshop.id(), user.requireMemberId(), facilitator);
        Map<Long, Rsvp> answers = rsvps.of(workshop.id()).waiting().stream()
                .filter(r -> r.guestInvitationId() != null)
                .collect(Collectors.toMap(Rsvp::guestInvitationId, r -> r));
        Map<Long, String> inviters = names.of(found.stream().map(Invitation::invitedBy).toList());
        List<Invited> invited = found.stream().map(i -> {
            String by = inviters.getOrDefault(i.invitedBy(), "");
            if (i.revokedAt() != null) {
                return new Invited(i, "Revoked", "grey", by);
            }
            return switch (i.answer()) {
                case ACCEPTED -> answers.containsKey(i.id()) ? new Invited(i, "Waiting for a place", "yellow", by)
                        : new Invited(i, "Accepted", "green", by);
                case TENTATIVE -> new Invited(i, "Maybe", "purple", by);
                case DECLINED -> new Invited(i, "Declined", "red", by);
                case NEEDS_ACTION -> new Invited(i, i.emailedAt() != null ? "Sent" : "Link given", "blue", by);
            };
        }).toList();
        Set<String> already = found.stream().filter(i -> i.revokedAt() == null)
                .map(i -> i.email().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        List<Option> choices = facilitator ? members.search(null, false, 0, MEMBER_LIMIT).items().stream()
                .filter(m -> !m.isErased() && !already.contains(m.email().toLowerCase(java.util.Locale.ROOT)))
                .map(m -> new Option(String.valueOf(m.id()), m.name(), m.email())).toList() : List.of();
        @SuppressWarnings("unchecked")
        List<Link> links = (List<Link>) request.getSession().getAttribute(LINKS);
        request.getSession().removeAttribute(LINKS);
        return View.form("invitation/invitations", new Listing(workshop, refusal == null, refusal,
                outbox.open(), invited, choices, links == null ? List.of() : links, form), form);
    }

    private static Form named(Form form) {
        return form.name("name", "Name", "Enter the guest's name")
                .name("email", "Email address", "Enter the guest's email address")
                .name("memberIds", "Members", "Tick the members to invite").choice("memberIds")
                .name("addresses", "Email addresses", "Paste their email addresses");
    }
}
