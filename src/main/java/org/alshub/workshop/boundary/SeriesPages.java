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
import java.time.LocalDate;
import java.util.List;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.WorkshopSeries;

/** Monthly series as pages: starting one from a rule said aloud, and one series with its workshops. */
@Path("series")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class SeriesPages {

    @Inject
    SeriesScheduler scheduler;

    @Inject
    Workshops workshops;

    @Inject
    AlsConfig config;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    public record Shown(WorkshopSeries series, List<WorkshopPages.Shown> workshops) {

        public String when() {
            return "Every " + series.rule().text() + ", "
                    + Dates.times(series.startTime(), series.startTime().plusMinutes(series.durationMinutes()));
        }
    }

    public record Start(Form form) {
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
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public View startForm() {
        return View.of("series/start", new Start(named(Form.empty()).set("startTime", "10:00")
                .set("durationMinutes", 120).setDate("firstDate", LocalDate.now(config.zone()))));
    }

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
        if (plan.rule != null) {
            try {
                Rules.parse("rule", plan.rule);
            } catch (ProblemException unclear) {
                form.problem(unclear, "rule");
            }
        }
        form.violations(validator.validate(plan));
        if (!form.hasErrors()) {
            try {
                WorkshopSeries series = scheduler.start(plan.plan(config.zone()));
                int count = workshops.ofSeries(series.id()).size();
                return Pages.seeOther(request, "/series/" + series.id(), "Series started: every "
                        + series.rule().text() + " at " + Dates.time(series.startTime()) + ", " + count
                        + (count == 1 ? " workshop" : " workshops") + " scheduled");
            } catch (ProblemException refusal) {
                form.problem(refusal, "rule");
            }
        }
        return Response.status(400).entity(View.form("series/start", new Start(form), form)).build();
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        WorkshopSeries s = scheduler.require(id);
        return View.of("series/show", new Shown(s, workshops.ofSeries(s.id()).stream()
                .map(w -> new WorkshopPages.Shown(w, s)).toList()));
    }

    private static Form named(Form form) {
        return form.name("title", "Title", "Enter a title")
                .name("rule", "Which day", "Enter which day of the month, like fourth Wednesday")
                .name("startTime", "Start time", "Enter the start time")
                .name("durationMinutes", "Length", "Enter how long each workshop lasts, in minutes")
                .name("firstDate", "First date", "Enter the date to start from").anchor("firstDate", "firstDate-day")
                .name("location", "Where", "Enter where it takes place")
                .name("capacity", "Places", "Enter how many places there are");
    }
}
