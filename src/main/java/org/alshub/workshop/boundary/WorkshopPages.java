package org.alshub.workshop.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.alshub.platform.Page;
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

/**
 * Workshops as pages: the upcoming and past lists, one workshop, and for facilitators scheduling,
 * moving and cancelling one. Changes go through the same services and forms as the API.
 */
@WebServlet({"/workshops", "/workshops/*"})
public class WorkshopPages extends PageServlet {

    private static final int PAGE_SIZE = 20;

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler series;

    @Inject
    AlsConfig config;

    @Inject
    Validator validator;

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR, Roles.OFFICER);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String[] path = segments(request);
        if (path.length == 2 && path[1].equals("console")) {
            console(request, response, id(path[0]), "");
        } else if (path.length == 0) {
            list(request, response);
        } else if (path.length == 1 && path[0].equals("new")) {
            facilitatorOnly(request);
            planForm(request, response, null, Form.empty());
        } else if (path.length == 1) {
            show(request, response, workshops.require(id(path[0])));
        } else if (path.length == 2 && path[1].equals("change")) {
            facilitatorOnly(request);
            Workshop workshop = workshops.require(id(path[0]));
            planForm(request, response, workshop, filled(workshop));
        } else if (path.length == 2 && path[1].equals("cancel")) {
            facilitatorOnly(request);
            confirmCancel(request, response, workshops.require(id(path[0])), Form.empty());
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        facilitatorOnly(request);
        String[] path = segments(request);
        if (path.length == 3 && path[1].equals("console")) {
            console(request, response, id(path[0]), "/" + path[2]);
        } else if (path.length == 1 && path[0].equals("new")) {
            plan(request, response, null);
        } else if (path.length == 2 && path[1].equals("change")) {
            plan(request, response, workshops.require(id(path[0])));
        } else if (path.length == 2 && path[1].equals("cancel")) {
            cancel(request, response, workshops.require(id(path[0])));
        } else {
            throw ProblemException.notFound("page");
        }
    }

    /**
     * The session console lives with the agenda it shows (org.alshub.record); a forward keeps its
     * address under the workshop without this package depending on that one.
     */
    private static void console(HttpServletRequest request, HttpServletResponse response, long id, String rest)
            throws IOException, ServletException {
        request.getRequestDispatcher("/workshop-console/" + id + rest).forward(request, response);
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean past = "past".equals(request.getParameter("when"));
        int page = Math.max(0, parsePage(request.getParameter("page")));
        Page<Workshop> found = past ? workshops.past(page, PAGE_SIZE) : workshops.upcoming(page, PAGE_SIZE);
        var seriesById = series.byIds(found.items().stream().map(Workshop::seriesId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<List<Html>> rows = new ArrayList<>();
        for (Workshop w : found.items()) {
            rows.add(List.of(
                    Html.of("<a class=\"govuk-link\" href=\"/workshops/{}\">{}</a>", w.id(),
                            Dates.shortDay(w.startLocal().toLocalDate())),
                    Html.of("{}", Dates.times(w.startLocal().toLocalTime(), w.endLocal().toLocalTime())),
                    Html.of("{}", w.title()),
                    Html.of("{}", w.location() == null ? "" : w.location()),
                    status(w, seriesById.get(w.seriesId()))));
        }
        boolean facilitator = request.isUserInRole(Roles.FACILITATOR);
        Html actions = Html.when(facilitator, Html.of("""
                <div class="govuk-button-group">
                <a href="/workshops/new" role="button" draggable="false" class="govuk-button" data-module="govuk-button">Schedule a workshop</a>
                <a href="/series/new" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">Start a monthly series</a>
                </div>
                """));
        Html choice = Html.of("""
                <nav aria-label="Which workshops"><ul class="govuk-list app-inline-list">
                <li>{}</li><li>{}</li></ul></nav>
                """, Govuk.viewLink("/workshops", "Upcoming", !past), Govuk.viewLink("/workshops?when=past", "Past", past));
        Html table = found.items().isEmpty()
                ? Govuk.p(past ? "No workshops have taken place yet." : "No workshops are planned yet.")
                : Html.of("<div class=\"app-table-scroll\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">{}</div>",
                        past ? "Past workshops" : "Upcoming workshops",
                        Govuk.table(past ? "Past workshops, latest first" : "Upcoming workshops, soonest first",
                                List.of("Date", "Time", "Title", "Where", "Status"), rows));
        render(request, response, 200, "Workshops", Html.of("{}<h1 class=\"govuk-heading-l\">Workshops</h1>{}{}{}{}",
                Govuk.success(flash(request)), actions, choice, table,
                Govuk.pagination(past ? "/workshops?when=past&" : "/workshops?", page, PAGE_SIZE, found.total())));
    }

    static Html status(Workshop w, WorkshopSeries of) {
        if (w.isCancelled()) {
            return Govuk.tag("Cancelled", "red");
        }
        return w.isMoved(of) ? Govuk.tag("Moved", "yellow") : Govuk.tag("Scheduled", "green");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Workshop w) throws IOException {
        WorkshopSeries of = w.seriesId() == null ? null : series.find(w.seriesId()).orElse(null);
        List<Govuk.Row> rows = new ArrayList<>();
        rows.add(new Govuk.Row("Date", Html.of("{}", Dates.day(w.startLocal().toLocalDate()))));
        rows.add(new Govuk.Row("Time", Html.of("{}", Dates.times(w.startLocal().toLocalTime(), w.endLocal().toLocalTime()))));
        rows.add(new Govuk.Row("Where", Html.of("{}", w.location() == null ? "Not set" : w.location())));
        rows.add(new Govuk.Row("Status", status(w, of)));
        if (w.capacity() != null) {
            rows.add(new Govuk.Row("Places", Html.of("{}", w.capacity())));
        }
        if (of != null) {
            rows.add(new Govuk.Row("Series", Html.of("<a class=\"govuk-link\" href=\"/series/{}\">Every {}</a>{}",
                    of.id(), of.rule().text(), w.isMoved(of)
                            ? Html.of(", moved from {}", Dates.day(w.occurrenceDate())) : Html.EMPTY)));
        }
        if (w.agendaNotes() != null) {
            rows.add(new Govuk.Row("Agenda", Html.of("<span class=\"app-pre-line\">{}</span>", w.agendaNotes())));
        }
        Html actions = Html.when(request.isUserInRole(Roles.FACILITATOR) && !w.isCancelled(), Html.of("""
                <div class="govuk-button-group">
                <a href="/workshops/{}/change" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">Move or change this workshop</a>
                <a href="/workshops/{}/console" role="button" draggable="false" class="govuk-button" data-module="govuk-button">Open the console</a>
                <a class="govuk-link" href="/workshops/{}/cancel">Cancel this workshop</a>
                </div>
                """, w.id(), w.id(), w.id()));
        render(request, response, 200, w.title(), Html.of("""
                {}<span class="govuk-caption-l">Workshop</span>
                <h1 class="govuk-heading-l">{}</h1>
                {}{}
                <p class="govuk-body"><a class="govuk-link" href="/workshops">All workshops</a></p>
                """, Govuk.success(flash(request)), w.title(), Govuk.summaryList(rows), actions));
    }

    private Form filled(Workshop w) {
        return named(Form.empty())
                .set("title", w.title()).setDate("date", w.startLocal().toLocalDate())
                .set("start", Dates.field(w.startLocal().toLocalTime()))
                .set("end", Dates.field(w.endLocal().toLocalTime()))
                .set("location", w.location()).set("capacity", w.capacity() == null ? "" : w.capacity())
                .set("agendaNotes", w.agendaNotes()).set("version", w.version());
    }

    private static Form named(Form form) {
        return form.name("title", "Title", "Enter a title")
                .name("date", "Date", "Enter the date of the workshop")
                .name("start", "Start time", "Enter the start time")
                .name("end", "End time", "Enter the end time")
                .name("location", "Where", "Enter where it takes place")
                .name("capacity", "Places", "Enter how many places there are")
                .name("agendaNotes", "Agenda", "Enter the agenda");
    }

    private void plan(HttpServletRequest request, HttpServletResponse response, Workshop existing) throws IOException {
        Form form = named(Form.read(request));
        WorkshopForm plan = new WorkshopForm();
        plan.title = form.text("title");
        LocalDate date = form.date("date");
        if (date == null) {
            form.error("date", "Enter the date of the workshop");
        }
        LocalTime start = form.time("start");
        LocalTime end = form.time("end");
        // with the date missing, the times still get checked on their own
        LocalDate day = date == null ? LocalDate.now() : date;
        plan.start = start == null ? null : day.atTime(start);
        plan.end = end == null ? null : day.atTime(end);
        plan.location = form.text("location");
        plan.capacity = form.number("capacity");
        plan.agendaNotes = form.text("agendaNotes");
        plan.timeZone = existing == null ? null : existing.zone().getId();
        form.violations(validator.validate(plan));
        if (!form.hasErrors()) {
            try {
                Workshop saved = existing == null
                        ? workshops.schedule(plan.plan(config.zone()))
                        : workshops.change(existing.id(), plan.plan(config.zone()), version(form));
                redirectWith(request, response, "/workshops/" + saved.id(),
                        existing == null ? "Workshop scheduled" : "Workshop changed");
                return;
            } catch (ProblemException refusal) {
                form.problem(refusal, "title");
            }
        }
        planForm(request, response, existing, form);
    }

    private static OptionalInt version(Form form) {
        try {
            return OptionalInt.of(Integer.parseInt(form.value("version")));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private void planForm(HttpServletRequest request, HttpServletResponse response, Workshop existing, Form form)
            throws IOException {
        String action = existing == null ? "/workshops/new" : "/workshops/" + existing.id() + "/change";
        Html fields = Html.of("""
                <form method="post" action="{}" novalidate>{}
                <input type="hidden" name="version" value="{}">
                {}{}{}{}{}{}{}
                <div class="govuk-button-group">{}<a class="govuk-link" href="{}">Back without saving</a></div>
                </form>
                """, action, Csrf.field(request), form.value("version"),
                Govuk.input(form, "title", "Title", null, "text", "off", null),
                Govuk.date(form, "date", "Date", "For example, 24 2 2027"),
                Govuk.input(form, "start", "Start time", "On the 24-hour clock, for example 10:00", "text", "off",
                        "govuk-input--width-5"),
                Govuk.input(form, "end", "End time", "For example, 12:00", "text", "off", "govuk-input--width-5"),
                Govuk.input(form, "location", "Where", "For example, Room 8, Lambeth Town Hall", "text", "off", null),
                Govuk.input(form, "capacity", "Places (optional)", null, "text", "off", "govuk-input--width-4"),
                Govuk.textarea(form, "agendaNotes", "Agenda (optional)", null),
                Govuk.button(existing == null ? "Schedule workshop" : "Save changes"),
                existing == null ? "/workshops" : "/workshops/" + existing.id());
        Html heading = existing == null
                ? Html.of("<h1 class=\"govuk-heading-l\">Schedule a workshop</h1>")
                : Html.of("""
                        <span class="govuk-caption-l">{}</span><h1 class="govuk-heading-l">Move or change this workshop</h1>
                        <p class="govuk-body">Other workshops in its series stay as they are.</p>
                        """, existing.title());
        renderForm(request, response, existing == null ? "Schedule a workshop" : "Move or change a workshop",
                form, heading, fields);
    }

    private void confirmCancel(HttpServletRequest request, HttpServletResponse response, Workshop w, Form form)
            throws IOException {
        form.set("version", form.value("version").isEmpty() ? String.valueOf(w.version()) : form.value("version"));
        Html body = Html.of("""
                <span class="govuk-caption-l">{}</span>
                <h1 class="govuk-heading-l">Are you sure you want to cancel the workshop on {}?</h1>
                <p class="govuk-body">Other workshops in its series stay as they are.</p>
                <form method="post" action="/workshops/{}/cancel">{}
                <input type="hidden" name="version" value="{}">
                <div class="govuk-button-group">{}<a class="govuk-link" href="/workshops/{}">No, keep it</a></div>
                </form>
                """, w.title(), Dates.day(w.startLocal().toLocalDate()), w.id(), Csrf.field(request),
                form.value("version"), Govuk.warningButton("Yes, cancel it"), w.id());
        renderForm(request, response, "Cancel a workshop", form, Html.EMPTY, body);
    }

    private void cancel(HttpServletRequest request, HttpServletResponse response, Workshop w) throws IOException {
        Form form = Form.read(request);
        try {
            workshops.cancel(w.id(), version(form));
            redirectWith(request, response, "/workshops/" + w.id(), "Workshop cancelled");
        } catch (ProblemException refusal) {
            form.problem(refusal, "version").anchor("version", "main-content");
            form.set("version", String.valueOf(workshops.require(w.id()).version()));
            confirmCancel(request, response, w, form);
        }
    }

    private static void facilitatorOnly(HttpServletRequest request) {
        if (!request.isUserInRole(Roles.FACILITATOR)) {
            throw ProblemException.forbidden("Only facilitators may do this.");
        }
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 0 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
