package org.alshub.attendance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Answer;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("workshops/{workshopId}/rsvps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RsvpsResource {

    @Inject
    Rsvps rsvps;

    @Inject
    MemberNames names;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Who answered: seats in the order taken, the waiting list in order, then maybes and "
            + "not-goings.")
    public RsvpListView list(@PathParam("workshopId") long workshopId) {
        Rsvps.Answers answers = rsvps.of(workshopId);
        var memberNames = names.of(Stream.of(answers.seated(), answers.waiting(), answers.others())
                .flatMap(List::stream).map(Rsvp::memberId).toList());
        List<RsvpView> items = new ArrayList<>();
        answers.seated().forEach(r -> items.add(RsvpView.of(r, memberNames, 0)));
        for (int i = 0; i < answers.waiting().size(); i++) {
            items.add(RsvpView.of(answers.waiting().get(i), memberNames, i + 1));
        }
        answers.others().forEach(r -> items.add(RsvpView.of(r, memberNames, 0)));
        return new RsvpListView(workshopId, answers.workshop().capacity(), answers.seated().size(),
                answers.waiting().size(), items);
    }

    @GET
    @Path("{memberId}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "One member's answer and place. Officers: their own.")
    public RsvpView get(@PathParam("workshopId") long workshopId, @PathParam("memberId") long memberId) {
        mayAnswerFor(memberId);
        Rsvp rsvp = rsvps.ofMember(workshopId, memberId).orElseThrow(() -> ProblemException.notFound("answer"));
        return view(rsvp);
    }

    @PUT
    @Path("{memberId}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Answer GOING, MAYBE or NOT_GOING. GOING takes a seat while the capacity allows, else a "
            + "place on the waiting list; a withdrawal moves the list up. Officers answer for themselves; "
            + "facilitators for anyone.")
    public RsvpView answer(@PathParam("workshopId") long workshopId, @PathParam("memberId") long memberId,
                           @Valid @NotNull RsvpForm form) {
        mayAnswerFor(memberId);
        return view(rsvps.answerForMember(workshopId, memberId, Answer.valueOf(form.answer)));
    }

    @PUT
    @Path("guests/{invitationId}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "A guest's answer to their invitation, given to a facilitator (guests have no account): "
            + "{\"answer\":\"GOING\", \"guestName\":...}. Seats and the waiting list apply as for members.")
    public RsvpView answerForGuest(@PathParam("workshopId") long workshopId,
                                   @PathParam("invitationId") long invitationId, @Valid @NotNull RsvpForm form) {
        return view(rsvps.answerForGuest(workshopId, invitationId, form.guestName, Answer.valueOf(form.answer)));
    }

    private void mayAnswerFor(long memberId) {
        if (!user.isFacilitator() && !user.is(memberId)) {
            throw ProblemException.forbidden("You may answer only for yourself.");
        }
    }

    private RsvpView view(Rsvp rsvp) {
        return RsvpView.of(rsvp, names.of(java.util.Collections.singleton(rsvp.memberId())),
                rsvps.waitingPosition(rsvp));
    }
}
