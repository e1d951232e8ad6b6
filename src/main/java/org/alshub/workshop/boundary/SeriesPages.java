package org.alshub.workshop.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;

/** Monthly series as pages: starting one from a rule said aloud, and one series with its workshops. */
@WebServlet("/series/*")
public class SeriesPages extends PageServlet {

    @Inject
    SeriesScheduler scheduler;

    @Inject
    Workshops workshops;

    @Inject
    AlsConfig config;

    @Inject
    Validator validator;

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR, Roles.OFFICER);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 1 && path[0].equals("new")) {
            facilitatorOnly(request);
            startForm(request, response, named(Form.empty()).set("startTime", "10:00").set("durationMinutes", 120)
                    .setDate("firstDate", LocalDate.now(config.zone())));
        } else if (path.length == 1) {
            show(request, response, scheduler.require(id(path[0])));
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        facilitatorOnly(request);
        String[] path = segments(request);
        if (path.length != 1 || !path[0].equals("new")) {
            throw ProblemException.notFound("page");
        }
        Form form = named(Form.read(request));
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
                redirectWith(request, response, "/series/" + series.id(), "Series started: every "
                        + series.rule().text() + " at " + Dates.time(series.startTime()) + ", " + count
                        + (count == 1 ? " workshop" : " workshops") + " scheduled");
                return;
            } catch (ProblemException refusal) {
                form.problem(refusal, "rule");
            }
        }
        startForm(request, response, form);
    }

    private static Form named(Form form) {
        return form.name("title", "Title", "Enter a title")
                .name("rule", "Which day", "Enter which day of the month, like fourth Wednesday")
                .name("startTime", "Start time", "Enter the start time")
                .name("durationMinutes", "Length", "Enter how long each workshop lasts, in minutes")
                .name("firstDate", "First date", "Enter the date to start from")
                .name("location", "Where", "Enter where it takes place")
                .name("capacity", "Places", "Enter how many places there are");
    }

    private void startForm(HttpServletRequest request, HttpServletResponse response, Form form) throws IOException {
        Html fields = Html.of("""
                <form method="post" action="/series/new" novalidate>{}
                {}{}{}{}{}{}{}
                <div class="govuk-button-group">{}<a class="govuk-link" href="/workshops">Back without saving</a></div>
                </form>
                """, Csrf.field(request),
                Govuk.input(form, "title", "Title", "For example, Co-production Action Learning Set", "text", "off", null),
                Govuk.input(form, "rule", "Which day of each month",
                        "Say it as you would aloud: fourth Wednesday, last Thursday, first Monday or the 15th",
                        "text", "off", "govuk-!-width-one-half"),
                Govuk.input(form, "startTime", "Start time", "On the 24-hour clock, for example 10:00", "text", "off",
                        "govuk-input--width-5"),
                Govuk.input(form, "durationMinutes", "Length in minutes", "For example, 120 for two hours", "text",
                        "off", "govuk-input--width-4"),
                Govuk.date(form, "firstDate", "Starting from", "The first workshop is the first matching day on or after this date, for example 1 12 2026"),
                Govuk.input(form, "location", "Where (optional)", "For example, Room 8, Lambeth Town Hall", "text", "off", null),
                Govuk.input(form, "capacity", "Places (optional)", null, "text", "off", "govuk-input--width-4"),
                Govuk.button("Start series"));
        renderForm(request, response, "Start a monthly series", form, Html.of("""
                <h1 class="govuk-heading-l">Start a monthly series</h1>
                <p class="govuk-body">Workshops are scheduled a year ahead, and kept a year ahead. You can move or cancel
                any one of them afterwards.</p>
                """), fields);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, WorkshopSeries s) throws IOException {
        List<Govuk.Row> rows = new ArrayList<>();
        rows.add(new Govuk.Row("When", Html.of("Every {}, {}", s.rule().text(),
                Dates.times(s.startTime(), s.startTime().plusMinutes(s.durationMinutes())))));
        rows.add(new Govuk.Row("Where", Html.of("{}", s.location() == null ? "Not set" : s.location())));
        rows.add(new Govuk.Row("From", Html.of("{}", Dates.day(s.firstDate()))));
        if (s.endsBefore() != null) {
            rows.add(new Govuk.Row("Until", Html.of("{}{}", Dates.day(s.endsBefore().minusDays(1)),
                    s.continuedBy() == null ? Html.EMPTY
                            : Html.of(", then <a class=\"govuk-link\" href=\"/series/{}\">continued</a>", s.continuedBy()))));
        }
        List<List<Html>> table = new ArrayList<>();
        for (Workshop w : workshops.ofSeries(s.id())) {
            table.add(List.of(
                    Html.of("<a class=\"govuk-link\" href=\"/workshops/{}\">{}</a>", w.id(),
                            Dates.shortDay(w.startLocal().toLocalDate())),
                    Html.of("{}", Dates.times(w.startLocal().toLocalTime(), w.endLocal().toLocalTime())),
                    Html.of("{}", w.location() == null ? "" : w.location()),
                    WorkshopPages.status(w, s)));
        }
        render(request, response, 200, s.title(), Html.of("""
                {}<span class="govuk-caption-l">Monthly series</span>
                <h1 class="govuk-heading-l">{}</h1>
                {}
                <div class="app-table-scroll" role="region" aria-label="Workshops in this series" tabindex="0">{}</div>
                <p class="govuk-body"><a class="govuk-link" href="/workshops">All workshops</a></p>
                """, Govuk.success(flash(request)), s.title(), Govuk.summaryList(rows),
                Govuk.table("Workshops in this series", List.of("Date", "Time", "Where", "Status"), table)));
    }

    private static void facilitatorOnly(HttpServletRequest request) {
        if (!request.isUserInRole(Roles.FACILITATOR)) {
            throw ProblemException.forbidden("Only facilitators may do this.");
        }
    }
}
