package org.alshub.home.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.Actions;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Answer;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.MemberFeeds;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.project.control.Projects;
import org.alshub.project.entity.Project;
import org.alshub.project.entity.ProjectStatus;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;

/**
 * The dashboard at /: the next workshop with the person's answer, their actions and projects, the
 * link to their own calendar, and where else to go.
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class HomePages {

    /** A new feed link is shown once, on the page the button leads back to; only its hash is kept. */
    private static final String FEED = "alshub.feed";

    public static final List<Option> ANSWERS = List.of(new Option("GOING", "Going"),
            new Option("MAYBE", "Maybe"), new Option("NOT_GOING", "Not going"));

    @Inject
    CurrentUser user;

    @Inject
    Members members;

    @Inject
    Workshops workshops;

    @Inject
    Rsvps rsvps;

    @Inject
    Actions actions;

    @Inject
    Projects projects;

    @Inject
    MemberFeeds feeds;

    @Inject
    CalendarSettings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    public record Home(String name, boolean facilitator, Workshop next, String said, List<ActionRow> actions,
                       List<Project> projects, String feed, Form form) {

        public String webcal() {
            return "webcal" + feed.substring(feed.indexOf(':'));
        }
    }

    public static class Fields {
        @FormParam("form")
        public String form;
        @FormParam("answer")
        public String answer;
        @FormParam("workshopId")
        public String workshopId;
    }

    @GET
    public View home() {
        return page(Form.empty());
    }

    @POST
    public Response answer(@BeanParam Fields fields) {
        long me = user.requireMemberId();
        if ("feed".equals(fields.form)) {
            String token = feeds.reset(me);
            request.getSession().setAttribute(FEED, settings.base(uri.getBaseUri())
                    .resolve("calendar/members/" + token + ".ics").toString());
            return Pages.seeOther(request, "/#calendar", "Your calendar link is ready");
        }
        Form form = Form.of(fields).name("answer", "Your answer", "Choose Going, Maybe or Not going").choice("answer");
        Answer answer;
        long workshopId;
        try {
            answer = Answer.valueOf(form.value("answer"));
            workshopId = Long.parseLong(form.value("workshopId"));
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(page(form.error("answer", "Choose Going, Maybe or Not going"))).build();
        }
        try {
            Rsvp rsvp = rsvps.answerForMember(workshopId, me, answer);
            return rsvp.isWaiting()
                    ? Pages.seeOtherWithNews(request, "/#next-workshop",
                            "You are on the waiting list: number " + rsvps.waitingPosition(rsvp))
                    : Pages.seeOther(request, "/#next-workshop", "Your answer is saved: "
                            + Option.label(ANSWERS, answer.name()));
        } catch (ProblemException refusal) {
            return Response.status(400).entity(page(form.problem(refusal, "answer"))).build();
        }
    }

    private View page(Form form) {
        long me = user.requireMemberId();
        String name = members.find(me).map(Member::name).orElse("");
        Workshop next = workshops.upcoming(0, 10).items().stream().filter(w -> !w.isCancelled()).findFirst().orElse(null);
        String said = null;
        if (next != null) {
            var mine = rsvps.ofMember(next.id(), me);
            if (form.value("answer").isEmpty()) {
                mine.ifPresent(r -> form.set("answer", r.answer().name()));
            }
            said = mine.map(r -> r.isWaiting() ? "Waiting list, place " + rsvps.waitingPosition(r) + ": no seat yet."
                    : "You said: " + Option.label(ANSWERS, r.answer().name())).orElse("You have not answered yet.");
        }
        List<ActionRow> open = actions.ownedBy(me, 0, 100).items().stream()
                .filter(a -> a.status().equals("OPEN") || a.status().equals("IN_PROGRESS")).toList();
        List<Project> mine = projects.list(me, ProjectStatus.ACTIVE, 0, 20).items();
        Object feed = request.getSession().getAttribute(FEED);
        request.getSession().removeAttribute(FEED);
        return View.form("home/home", new Home(name, user.isFacilitator(), next, said, open, mine,
                feed == null ? null : feed.toString(), form), form);
    }
}
