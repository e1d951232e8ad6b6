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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.notice.control.Notices;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.MonthlyRule;
import org.alshub.workshop.entity.WorkshopSeries;

/**
 * Monthly series as pages: starting one from a rule said aloud (checked first against the dates
 * it gives), one series with its workshops, and for facilitators changing it from a date onward,
 * ending it, or deleting one started by mistake.
 */
@Path("series")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class SeriesPages {

    private static final int PREVIEW = 6;

    @Inject
    SeriesScheduler scheduler;

    @Inject
    Workshops workshops;

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

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    public record Shown(WorkshopSeries series, List<WorkshopPages.Shown> workshops, boolean deletable) {

        public String when() {
            return "Every " + series.rule().text() + ", "
                    + Dates.times(series.startTime(), series.startTime().plusMinutes(series.durationMinutes()));
        }
    }

    /** The start form, or ({@code dates} given) the check before starting: the first dates it gives. */
    public record Start(Form form, List<LocalDate> dates, long inThePast) {

        public boolean checking() {
            return dates != null;
        }
    }

    /** Changing or ending a series from a date. */
    public record Change(WorkshopSeries series, Form form) {
    }

    public static class Fields {
        @FormParam("title")
        public String title;
        @FormParam("rule")
        public String rule;
        @FormParam("startTime")
        public String startTime;
        @FormParam("durationMinutes")
        public String durationMinutes;
        @FormParam("firstDate-day")
        public String day;
        @FormParam("firstDate-month")
        public String month;
        @FormParam("firstDate-year")
        public String year;
        @FormParam("location")
        public String location;
        @FormParam("capacity")
        public String capacity;
        @FormParam("step")
        public String step;
        @FormParam("pastConfirmed")
        public String pastConfirmed;
    }

    public static class ChangeFields {
        @FormParam("from-day")
        public String day;
        @FormParam("from-month")
        public String month;
        @FormParam("from-year")
        public String year;
        @FormParam("title")
        public String title;
        @FormParam("rule")
        public String rule;
        @FormParam("startTime")
        public String startTime;
        @FormParam("durationMinutes")
        public String durationMinutes;
        @FormParam("location")
        public String location;
        @FormParam("version")
        public String version;
        /** "yes" when the people of each workshop that moves are to be emailed. */
        @FormParam("tell")
        public String tell;
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public View startForm() {
        return View.of("series/start", new Start(named(Form.empty()).set("startTime", "10:00")
                .set("durationMinutes", 120).setDate("firstDate", LocalDate.now(clock.withZone(config.zone()))),
                null, 0));
    }

    /**
     * Starting is two steps: the form, then the first dates it gives to check ("Wednesday 27
     * January 2027, ..."); a first date in the past must be confirmed there. "Change" on the
     * check sends the answers back to the form.
     */
    @POST
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public Response start(@BeanParam Fields fields) {
        Form form = named(Form.of(fields));
        SeriesForm plan = new SeriesForm();
        plan.title = form.text("title");
        plan.rule = form.text("rule");
        plan.startTime = form.time("startTime");
        plan.durationMinutes = form.number("durationMinutes");
        plan.firstDate = form.date("firstDate");
        plan.location = form.text("location");
        plan.capacity = form.number("capacity");
        MonthlyRule rule = null;
        if (plan.rule != null) {
            try {
                rule = Rules.parse("rule", plan.rule);
            } catch (ProblemException unclear) {
                form.problem(unclear, "rule");
            }
        }
        form.violations(validator.validate(plan));
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        if (plan.firstDate == null && !form.hasErrors()) {
            plan.firstDate = today;
        }
        if (plan.firstDate != null && plan.firstDate.isBefore(today.minusYears(SeriesScheduler.FURTHEST_BACK_YEARS))) {
            form.error("firstDate", "Starting from must be within the last " + SeriesScheduler.FURTHEST_BACK_YEARS
                    + " years: check the year");
        }
        if (form.hasErrors() || "edit".equals(fields.step)) {
            return Response.status(form.hasErrors() ? 400 : 200).entity(View.form("series/start",
                    new Start(form, null, 0), form)).build();
        }
        List<LocalDate> dates = new WorkshopSeries(plan.title, rule, plan.startTime, plan.durationMinutes,
                config.zone(), null, null, null, plan.firstDate, clock.instant()).firstDates(PREVIEW);
        long past = rule.datesBetween(plan.firstDate, today.minusDays(1)).size();
        form.setDate("firstDate", plan.firstDate);
        if (!"start".equals(fields.step)) {
            return Response.ok(View.of("series/start", new Start(form, dates, past))).build();
        }
        if (past > 0 && !"yes".equals(fields.pastConfirmed)) {
            form.error("pastConfirmed", "Confirm that " + (past == 1 ? "1 workshop" : past + " workshops")
                    + " in the past should be put on the record, or change the first date").choice("pastConfirmed");
            return Response.status(400).entity(View.form("series/start", new Start(form, dates, past), form)).build();
        }
        try {
            WorkshopSeries series = scheduler.start(plan.plan(config.zone()));
            int count = workshops.ofSeries(series.id()).size();
            return Pages.seeOther(request, "/series/" + series.id(), "Series started: every "
                    + series.rule().text() + " at " + Dates.time(series.startTime()) + ", " + count
                    + (count == 1 ? " workshop" : " workshops") + " scheduled");
        } catch (ProblemException refusal) {
            form.problem(refusal, "rule");
            return Response.status(400).entity(View.form("series/start", new Start(form, null, 0), form)).build();
        }
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        WorkshopSeries s = scheduler.require(id);
        return View.of("series/show", new Shown(s, workshops.ofSeries(s.id()).stream()
                .map(w -> new WorkshopPages.Shown(w, s)).toList(), scheduler.touched(s.id()).isEmpty()));
    }

    @GET
    @Path("{id: \\d+}/change")
    @RolesAllowed(Roles.FACILITATOR)
    public View changeForm(@PathParam("id") long id) {
        WorkshopSeries s = scheduler.require(id);
        return View.of("series/change", new Change(s, changeNamed(Form.empty()).set("title", s.title())
                .set("rule", s.rule().text()).set("startTime", Dates.field(s.startTime()))
                .set("durationMinutes", s.durationMinutes()).set("location", s.location()).set("version", s.version())
                .setDate("from", nextDate(s)).set("tell", "yes")));
    }

    @POST
    @Path("{id: \\d+}/change")
    @RolesAllowed(Roles.FACILITATOR)
    public Response change(@PathParam("id") long id, @BeanParam ChangeFields fields) {
        WorkshopSeries s = scheduler.require(id);
        Form form = changeNamed(Form.of(fields));
        LocalDate from = form.date("from");
        if (from == null) {
            form.error("from", "Enter the date from which the series changes");
        }
        String title = form.text("title");
        String rule = form.text("rule");
        LocalTime start = form.time("startTime");
        Integer minutes = form.number("durationMinutes");
        SeriesChangeForm change = new SeriesChangeForm();
        change.from = from;
        change.title = title;
        change.rule = rule;
        change.startTime = start;
        change.durationMinutes = minutes;
        change.location = form.text("location");
        form.violations(validator.validate(change));
        if (!form.hasErrors()) {
            try {
                Notices.Told<WorkshopSeries> told = notices.changeSeries(id, change.change(),
                        form.version(), "yes".equals(fields.tell), settings.base(uri.getBaseUri()));
                WorkshopSeries next = told.value();
                return Pages.seeOther(request, "/series/" + next.id(), "From " + Dates.day(from)
                        + " the series is every " + next.rule().text() + " at " + Dates.time(next.startTime()) + told.said());
            } catch (ProblemException refusal) {
                form.problem(refusal, "from");
            }
        }
        return Response.status(400).entity(View.form("series/change", new Change(s, form), form)).build();
    }

    @GET
    @Path("{id: \\d+}/end")
    @RolesAllowed(Roles.FACILITATOR)
    public View endForm(@PathParam("id") long id) {
        WorkshopSeries s = scheduler.require(id);
        return View.of("series/end", new Change(s, changeNamed(Form.empty()).set("version", s.version())
                .setDate("from", nextDate(s))));
    }

    @POST
    @Path("{id: \\d+}/end")
    @RolesAllowed(Roles.FACILITATOR)
    public Response end(@PathParam("id") long id, @BeanParam ChangeFields fields) {
        WorkshopSeries s = scheduler.require(id);
        Form form = changeNamed(Form.of(fields));
        LocalDate from = form.date("from");
        if (from == null) {
            form.error("from", "Enter the date of the first workshop that should not take place");
        }
        if (!form.hasErrors()) {
            try {
                scheduler.end(id, from, form.version());
                return Pages.seeOther(request, "/series/" + id, "The series ends: no workshop from "
                        + Dates.day(from));
            } catch (ProblemException refusal) {
                form.problem(refusal, "from");
            }
        }
        return Response.status(400).entity(View.form("series/end", new Change(s, form), form)).build();
    }

    @GET
    @Path("{id: \\d+}/delete")
    @RolesAllowed(Roles.FACILITATOR)
    public View confirmDelete(@PathParam("id") long id) {
        WorkshopSeries s = scheduler.require(id);
        return View.of("series/delete", new Change(s, Form.empty().set("version", s.version())));
    }

    @POST
    @Path("{id: \\d+}/delete")
    @RolesAllowed(Roles.FACILITATOR)
    public Response delete(@PathParam("id") long id, @FormParam("version") String version) {
        WorkshopSeries s = scheduler.require(id);
        Form form = Form.empty().set("version", version);
        try {
            scheduler.delete(id, form.version());
            return Pages.seeOther(request, "/workshops", "The series \"" + s.title() + "\" and its workshops are deleted");
        } catch (ProblemException refusal) {
            form.problem(refusal, "version").anchor("version", "main-content");
            return Response.status(400).entity(View.form("series/delete", new Change(s, form), form)).build();
        }
    }

    /** The next date the series runs on from today: where a change or an end usually starts. */
    private LocalDate nextDate(WorkshopSeries s) {
        LocalDate today = LocalDate.now(clock.withZone(s.zone()));
        LocalDate from = today.isBefore(s.firstDate()) ? s.firstDate() : today;
        return s.rule().datesBetween(from, from.plusMonths(2)).stream().filter(s::runsOn).findFirst().orElse(from);
    }

    private static Form named(Form form) {
        return form.name("title", "Title", "Enter a title")
                .name("rule", "Which day", "Enter which day of the month, like fourth Wednesday")
                .name("startTime", "Start time", "Enter the start time")
                .name("durationMinutes", "Length", "Enter how long each workshop lasts, in minutes")
                .name("firstDate", "Starting from", "Enter the date to start from").anchor("firstDate", "firstDate-day")
                .name("location", "Where", "Enter where it takes place")
                .name("capacity", "Places", "Enter how many places there are")
                .name("pastConfirmed", "Past workshops", "Confirm the workshops in the past");
    }

    private static Form changeNamed(Form form) {
        return form.name("from", "From", "Enter a date").anchor("from", "from-day")
                .name("title", "Title", "Enter a title")
                .name("rule", "Which day", "Enter which day of the month")
                .name("startTime", "Start time", "Enter the start time")
                .name("durationMinutes", "Length", "Enter the length in minutes")
                .name("location", "Where", "Enter where it takes place");
    }
}
