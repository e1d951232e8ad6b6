package org.alshub.trial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.servlet.http.HttpServletRequest;
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
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.trial.control.Trials;
import org.alshub.trial.entity.ChannelTrial;
import org.alshub.trial.entity.TrialResults;

/**
 * The channel trial as pages: members say which channels they used in a month (or none), and the
 * report shows per month how many used each, as a table and as a bar chart drawn on the server
 * (an SVG with presentation attributes: the Content-Security-Policy allows no inline styles).
 * Facilitators start a trial and end it once it has begun.
 */
@Path("trials")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class TrialPages {

    private static final String NONE = "none";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    Trials trials;

    @Inject
    CurrentUser user;

    @Inject
    AlsConfig config;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    /** The trials, each with where it stands this month. */
    public record Listing(List<Listed> trials) {
    }

    public record Listed(ChannelTrial trial, String state, String colour) {
    }

    public record Start(Form form) {
    }

    /** "End this trial?" in month {@code current}, and what ending it now gives up. */
    public record End(ChannelTrial trial, YearMonth current, Form form) {

        /** The months that leave the trial by ending it now, in words, or null when none do. */
        public String dropped() {
            if (!current.isBefore(trial.lastMonth())) {
                return null;
            }
            YearMonth next = current.plusMonths(1);
            return next.equals(trial.lastMonth()) ? month(next) : month(next) + " to " + month(trial.lastMonth());
        }
    }

    /** What the start form sends: months as the date input's month and year boxes. */
    public static class StartFields {
        @FormParam("title")
        public String title;
        @FormParam("firstMonth-month")
        public String firstMonth;
        @FormParam("firstMonth-year")
        public String firstYear;
        @FormParam("lastMonth-month")
        public String lastMonth;
        @FormParam("lastMonth-year")
        public String lastYear;
        @FormParam("channels")
        public String channels;
    }

    /** The answer form for one month ({@code month} null before the trial begins). */
    public record Answer(ChannelTrial trial, YearMonth month, List<Option> channels, List<YearMonth> answerable,
                         Form form) {
    }

    /** One channel's bar: its name (shortened), where it is drawn, and how many used it. */
    public record Bar(String label, int y, long width, long members) {
    }

    public record Report(ChannelTrial trial, TrialResults results, List<Bar> bars, int chartHeight,
                         String description) {

        public String ahead() {
            return results.ahead().isEmpty() ? "No one has said they used a channel yet."
                    : "Ahead over the whole trial: " + String.join(" and ", results.ahead()) + ".";
        }
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    @GET
    public View list() {
        YearMonth now = currentMonth();
        return View.of("trial/list", new Listing(trials.list(0, 50).items().stream().map(t -> t.isEnded()
                ? new Listed(t, "Ended", "grey") : t.hasBegun(now) ? new Listed(t, "Running", "green")
                : new Listed(t, "Not begun", "blue")).toList()));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public View startForm() {
        YearMonth now = currentMonth();
        return View.of("trial/start", new Start(starting(Form.empty()).setMonth("firstMonth", now)
                .setMonth("lastMonth", now.plusMonths(5))));
    }

    @POST
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public Response start(@BeanParam StartFields fields) {
        Form form = starting(Form.of(fields));
        YearMonth first = form.month("firstMonth");
        YearMonth last = form.month("lastMonth");
        List<String> channels = form.value("channels").lines().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (channels.isEmpty()) {
            form.error("channels", "Enter the channels to try, one on each line");
        } else if (channels.size() > 10) {
            form.error("channels", "Enter 10 channels or fewer");
        } else if (channels.stream().anyMatch(c -> c.length() > 100)) {
            form.error("channels", "Each channel’s name must be 100 characters or fewer");
        }
        TrialForm trial = new TrialForm();
        trial.title = form.text("title");
        trial.firstMonth = first == null ? null : first.toString();
        trial.lastMonth = last == null ? null : last.toString();
        trial.channels = channels;
        form.violations(validator.validate(trial));
        if (!form.hasErrors()) {
            try {
                ChannelTrial started = trials.start(trial.title, first, last, channels);
                return Pages.seeOther(request, "/trials/" + started.id(), "The trial has started. Members can say each "
                        + "month which channels they used, from " + month(first) + ".");
            } catch (ProblemException refusal) {
                form.problem(refusal, "title");
            }
        }
        return Response.status(400).entity(View.form("trial/start", new Start(form), form)).build();
    }

    @GET
    @Path("{id: \\d+}/end")
    @RolesAllowed(Roles.FACILITATOR)
    public View confirmEnd(@PathParam("id") long id) {
        ChannelTrial trial = trials.require(id);
        return View.of("trial/end", new End(trial, currentMonth(), Form.empty().set("version", trial.version())));
    }

    @POST
    @Path("{id: \\d+}/end")
    @RolesAllowed(Roles.FACILITATOR)
    public Response end(@PathParam("id") long id, @FormParam("version") String version) {
        ChannelTrial trial = trials.require(id);
        Form form = Form.empty().set("version", version);
        try {
            trials.end(trial.id(), form.version());
            return Pages.seeOther(request, "/trials/" + trial.id() + "/report",
                    "The trial has ended. It takes no more answers, and this report is final.");
        } catch (ProblemException refusal) {
            if (refusal.problem().status() != 409) {
                throw refusal;
            }
            form.error("version", refusal.problem().detail()).anchor("version", "main-content");
            ChannelTrial now = trials.require(trial.id());
            form.set("version", now.version());
            return Response.status(400).entity(View.form("trial/end", new End(now, currentMonth(), form), form)).build();
        }
    }

    @GET
    @Path("{id: \\d+}")
    public View answerPage(@PathParam("id") long id, @QueryParam("month") String given) {
        ChannelTrial trial = trials.require(id);
        YearMonth month = chosen(trial, given);
        Form form = Form.empty();
        if (month != null) {
            trials.reportsOf(trial.id(), user.requireMemberId()).stream()
                    .filter(r -> r.month().equals(month)).findFirst()
                    .ifPresent(r -> form.setAll("channels", r.channelIds().isEmpty() ? List.of(NONE)
                            : r.channelIds().stream().map(String::valueOf).toList()));
        }
        return answer(trial, month, form);
    }

    @POST
    @Path("{id: \\d+}")
    public Response save(@PathParam("id") long id, @FormParam("month") String chosenMonth,
                         @FormParam("channels") List<String> given) {
        ChannelTrial trial = trials.require(id);
        List<String> channels = given == null ? List.of() : given;
        Form form = Form.empty().name("channels", "Channels", "Select the channels you used, or none")
                .choice("channels").setAll("channels", channels);
        if (trial.isEnded()) {
            return Pages.seeOtherWithNews(request, "/trials/" + trial.id(),
                    "This trial has ended, so your answer was not saved.");
        }
        YearMonth month = chosen(trial, chosenMonth);
        if (month == null) {
            throw ProblemException.notFound("month");
        }
        Set<Long> used = new HashSet<>();
        if (channels.isEmpty()) {
            form.error("channels", "Select the channels you used, or select ‘I did not use any of them’");
        } else if (channels.contains(NONE) && channels.size() > 1) {
            form.error("channels", "Select the channels you used, or ‘I did not use any of them’, not both");
        } else if (!channels.contains(NONE)) {
            for (String channel : channels) {
                try {
                    used.add(Long.valueOf(channel));
                } catch (NumberFormatException e) {
                    form.error("channels", "Select the channels from the list");
                }
            }
        }
        if (!form.hasErrors()) {
            try {
                trials.report(trial.id(), user.requireMemberId(), month, used);
            } catch (ProblemException refusal) {
                if (refusal.problem().status() != 400) {
                    throw refusal;
                }
                form.error("channels", "Select the channels from the list");
            }
        }
        if (form.hasErrors()) {
            return Response.status(400).entity(answer(trial, month, form)).build();
        }
        return Pages.seeOther(request, "/trials/" + trial.id() + "?month=" + month,
                "Thank you: your answer for " + MONTH.format(month) + " has been saved.");
    }

    @GET
    @Path("{id: \\d+}/report")
    public View report(@PathParam("id") long id) {
        ChannelTrial trial = trials.require(id);
        TrialResults results = trials.results(trial.id());
        List<TrialResults.ChannelCount> counts = results.overall();
        long most = Math.max(1, counts.stream().mapToLong(TrialResults.ChannelCount::members).max().orElse(0));
        int barHeight = 28;
        int gap = 12;
        int barSpace = 330;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            TrialResults.ChannelCount c = counts.get(i);
            bars.add(new Bar(shorten(c.channel()), gap + i * (barHeight + gap),
                    Math.round((double) c.members() / most * barSpace), c.members()));
        }
        String description = counts.isEmpty() ? "No channels." : String.join("; ", counts.stream()
                .map(c -> c.channel() + ": " + c.members() + (c.members() == 1 ? " member" : " members")).toList());
        return View.of("trial/report", new Report(trial, results, bars, counts.size() * (barHeight + gap) + gap,
                description));
    }

    private View answer(ChannelTrial trial, YearMonth month, Form form) {
        List<Option> options = new ArrayList<>(trials.channels(trial.id()).stream()
                .map(c -> new Option(String.valueOf(c.id()), c.name())).toList());
        options.add(new Option(NONE, "I did not use any of them"));
        return View.form("trial/answer", new Answer(trial, month, options, answerable(trial), form), form);
    }

    private static String shorten(String name) {
        return name.length() <= 22 ? name : name.substring(0, 21) + "…";
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(config.zone()));
    }

    private static Form starting(Form form) {
        return form.name("title", "Title", "Enter a title, for example the question the trial answers")
                .name("firstMonth", "First month", "Enter the first month of the trial")
                .name("lastMonth", "Last month", "Enter the last month of the trial")
                .name("channels", "Channels", "Enter the channels to try, one on each line");
    }

    /** The months a member can answer for: those of the trial that have begun, latest first. */
    private List<YearMonth> answerable(ChannelTrial trial) {
        YearMonth now = currentMonth();
        List<YearMonth> months = new ArrayList<>(trial.months().stream().filter(m -> !m.isAfter(now)).toList());
        Collections.reverse(months);
        return months;
    }

    private YearMonth chosen(ChannelTrial trial, String given) {
        List<YearMonth> answerable = answerable(trial);
        if (given == null || given.isBlank()) {
            return answerable.isEmpty() ? null : answerable.get(0);
        }
        try {
            YearMonth month = YearMonth.parse(given.strip());
            if (!answerable.contains(month)) {
                throw ProblemException.notFound("month");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.notFound("month");
        }
    }
}
