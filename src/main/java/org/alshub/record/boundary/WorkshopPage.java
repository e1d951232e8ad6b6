package org.alshub.record.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Answer;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.record.control.Agenda;
import org.alshub.record.control.Records;
import org.alshub.workshop.boundary.WorkshopPages;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;

/**
 * One workshop as its page shows it: when and where, the agenda (what is brought, what is carried
 * over), the places, your answer (Going, Maybe, Not going, with your place on the waiting list)
 * and the calendar file. Lives with the agenda it shows; Jersey merges it with the workshop
 * pages under /workshops.
 */
@Path("workshops")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class WorkshopPage {

    public static final List<Option> ANSWERS = List.of(new Option("GOING", "Going"),
            new Option("MAYBE", "Maybe"), new Option("NOT_GOING", "Not going"));

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler series;

    @Inject
    Records records;

    @Inject
    Rsvps rsvps;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    /**
     * The workshop page: {@code answerable} while it is still to come; {@code said} is the
     * viewer's answer in words, with the waiting-list place when they have no seat yet.
     */
    public record Shown(WorkshopPages.Shown workshop, Agenda agenda, long going, int waiting, Integer placesLeft,
                        boolean answerable, String said, boolean waitingListed, Form form) {
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        return page(workshops.require(id), Form.empty());
    }

    @POST
    @Path("{id: \\d+}/answer")
    public Response answer(@PathParam("id") long id, @FormParam("answer") String given) {
        Workshop workshop = workshops.require(id);
        Form form = Form.empty().name("answer", "Your answer", "Choose Going, Maybe or Not going").choice("answer")
                .set("answer", given);
        Answer answer;
        try {
            answer = Answer.valueOf(form.value("answer"));
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(page(workshop, form.error("answer", "Choose Going, Maybe or Not going")))
                    .build();
        }
        try {
            Rsvp rsvp = rsvps.answerForMember(id, user.requireMemberId(), answer);
            String back = "/workshops/" + id + "#your-answer";
            return rsvp.isWaiting()
                    ? Pages.seeOtherWithNews(request, back, waitingText(rsvps.waitingPosition(rsvp)))
                    : Pages.seeOther(request, back, "Your answer is saved: " + Option.label(ANSWERS, answer.name()));
        } catch (ProblemException refusal) {
            return Response.status(400).entity(page(workshop, form.problem(refusal, "answer"))).build();
        }
    }

    /** How the waiting list is told to the person on it, here and on their home page. */
    public static String waitingText(int place) {
        return "You are on the waiting list, place " + place + ": no seat yet. You will be told if one frees up.";
    }

    private View page(Workshop w, Form form) {
        var answers = rsvps.of(w.id());
        long going = answers.seated().stream().filter(r -> r.answer() == Answer.GOING).count();
        Optional<Rsvp> mine = rsvps.ofMember(w.id(), user.requireMemberId());
        if (form.value("answer").isEmpty()) {
            mine.ifPresent(r -> form.set("answer", r.answer().name()));
        }
        String said = mine.map(r -> r.isWaiting() ? waitingText(rsvps.waitingPosition(r))
                : "You said: " + Option.label(ANSWERS, r.answer().name())).orElse("You have not answered yet.");
        boolean answerable = !w.isCancelled() && w.endsAt().toInstant().isAfter(clock.instant());
        Integer placesLeft = w.capacity() == null ? null : Math.max(0, w.capacity() - answers.seated().size());
        return View.form("record/workshop", new Shown(new WorkshopPages.Shown(w,
                w.seriesId() == null ? null : series.find(w.seriesId()).orElse(null)), records.of(w.id()), going,
                answers.waiting().size(), placesLeft, answerable, said, mine.map(Rsvp::isWaiting).orElse(false), form),
                form);
    }
}
