package org.alshub.workshop.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.notice.control.Notices;
import org.alshub.platform.Page;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Paged;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;

/**
 * Workshops as pages: the upcoming and past lists, one workshop, and for facilitators scheduling,
 * moving and cancelling one. Changes go through the same services and form as the API.
 */
@Path("workshops")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class WorkshopPages {

    private static final int PAGE_SIZE = 20;

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler series;

    @Inject
    AlsConfig config;

    @Inject
    Validator validator;

    @Inject
    Notices notices;

    @Inject
    CalendarSettings settings;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /** A workshop as a row or page shows it, with its series (if any) for the Moved tag. */
    public record Shown(Workshop workshop, WorkshopSeries series) {

        public boolean moved() {
            return workshop.isMoved(series);
        }

        public String day() {
            return Dates.day(workshop.startLocal().toLocalDate());
        }

        public String shortDay() {
            return Dates.shortDay(workshop.startLocal().toLocalDate());
        }

        public String times() {
            return Dates.times(workshop.startLocal().toLocalTime(), workshop.endLocal().toLocalTime());
        }
    }

    public record Listing(boolean past, List<Shown> workshops, Paged paged) {
    }

    /** The schedule-or-move form; {@code existing} is null for a new workshop. */
    public record Plan(Workshop existing, Form form) {
    }

    public record Cancel(Workshop workshop, Form form) {
    }

    /** What the schedule and move forms send: as typed, checked by {@link #plan}. */
    public static class Fields {
        @FormParam("title")
        public String title;
        @FormParam("date-day")
        public String day;
        @FormParam("date-month")
        public String month;
        @FormParam("date-year")
        public String year;
        @FormParam("start")
        public String start;
        @FormParam("end")
        public String end;
        @FormParam("location")
        public String location;
        @FormParam("capacity")
        public String capacity;
        @FormParam("agendaNotes")
        public String agendaNotes;
        @FormParam("version")
        public String version;
        /** "yes" when the people coming are to be emailed the move or the cancellation. */
        @FormParam("tell")
        public String tell;
    }

    @GET
    public View list(@QueryParam("when") String when, @QueryParam("page") String page) {
        boolean past = "past".equals(when);
        int number = Pages.pageNumber(page);
        Page<Workshop> found = past ? workshops.past(number, PAGE_SIZE) : workshops.upcoming(number, PAGE_SIZE);
        Map<Long, WorkshopSeries> seriesById = series.byIds(found.items().stream().map(Workshop::seriesId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return View.of("workshop/list", new Listing(past,
                found.items().stream().map(w -> new Shown(w, seriesById.get(w.seriesId()))).toList(),
                new Paged(past ? "/workshops?when=past&" : "/workshops?", number, PAGE_SIZE, found.total())));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public View planNew() {
        return View.of("workshop/plan", new Plan(null, named(Form.empty())));
    }

    @POST
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public Response schedule(@BeanParam Fields fields) {
        return plan(null, fields);
    }

    @GET
    @Path("{id: \\d+}/change")
    @RolesAllowed(Roles.FACILITATOR)
    public View changeForm(@PathParam("id") long id) {
        Workshop w = workshops.require(id);
        return View.of("workshop/plan", new Plan(w, named(Form.empty())
                .set("title", w.title()).setDate("date", w.startLocal().toLocalDate())
                .set("start", Dates.field(w.startLocal().toLocalTime()))
                .set("end", Dates.field(w.endLocal().toLocalTime()))
                .set("location", w.location()).set("capacity", w.capacity() == null ? "" : w.capacity())
                .set("agendaNotes", w.agendaNotes()).set("version", w.version()).set("tell", "yes")));
    }

    @POST
    @Path("{id: \\d+}/change")
    @RolesAllowed(Roles.FACILITATOR)
    public Response change(@PathParam("id") long id, @BeanParam Fields fields) {
        return plan(workshops.require(id), fields);
    }

    @GET
    @Path("{id: \\d+}/cancel")
    @RolesAllowed(Roles.FACILITATOR)
    public View confirmCancel(@PathParam("id") long id) {
        Workshop w = workshops.require(id);
        return View.of("workshop/cancel", new Cancel(w, Form.empty().set("version", w.version()).set("tell", "yes")));
    }

    @POST
    @Path("{id: \\d+}/cancel")
    @RolesAllowed(Roles.FACILITATOR)
    public Response cancel(@PathParam("id") long id, @BeanParam Fields fields) {
        Workshop w = workshops.require(id);
        Form form = Form.of(fields);
        try {
            Notices.Told<Workshop> told = notices.cancel(w.id(), form.version(), "yes".equals(fields.tell),
                    settings.base(uri.getBaseUri()));
            return Pages.seeOther(request, "/workshops/" + w.id(), "Workshop cancelled" + told.said());
        } catch (ProblemException refusal) {
            form.problem(refusal, "version").anchor("version", "main-content");
            form.set("version", workshops.require(w.id()).version());
            return Response.status(400).entity(View.form("workshop/cancel", new Cancel(w, form), form)).build();
        }
    }

    private Response plan(Workshop existing, Fields fields) {
        Form form = named(Form.of(fields));
        WorkshopForm plan = new WorkshopForm();
        plan.title = form.text("title");
        LocalDate date = form.date("date");
        if (date == null) {
            form.error("date", "Enter the date of the workshop");
        }
        LocalTime start = form.time("start");
        LocalTime end = form.time("end");
        // with the date missing, the times still get checked on their own
        LocalDate day = date == null ? LocalDate.now(config.zone()) : date;
        plan.start = start == null ? null : day.atTime(start);
        plan.end = end == null ? null : day.atTime(end);
        plan.location = form.text("location");
        plan.capacity = form.number("capacity");
        plan.agendaNotes = form.text("agendaNotes");
        plan.timeZone = existing == null ? null : existing.zone().getId();
        form.violations(validator.validate(plan));
        if (!form.hasErrors()) {
            try {
                if (existing == null) {
                    Workshop saved = workshops.schedule(plan.plan(config.zone()));
                    return Pages.seeOther(request, "/workshops/" + saved.id(), "Workshop scheduled");
                }
                Notices.Told<Workshop> told = notices.change(existing.id(), plan.plan(config.zone()), form.version(),
                        "yes".equals(fields.tell), settings.base(uri.getBaseUri()));
                return Pages.seeOther(request, "/workshops/" + existing.id(), "Workshop changed" + told.said());
            } catch (ProblemException refusal) {
                form.problem(refusal, "title");
            }
        }
        return Response.status(400).entity(View.form("workshop/plan", new Plan(existing, form), form)).build();
    }

    private static Form named(Form form) {
        return form.name("title", "Title", "Enter a title")
                .name("date", "Date", "Enter the date of the workshop").anchor("date", "date-day")
                .name("start", "Start time", "Enter the start time")
                .name("end", "End time", "Enter the end time")
                .name("location", "Where", "Enter where it takes place")
                .name("capacity", "Places", "Enter how many places there are")
                .name("agendaNotes", "Agenda", "Enter the agenda");
    }
}
