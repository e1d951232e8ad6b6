package org.alshub.trial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

    @Context
    HttpServletRequest request;

    public record Listing(List<ChannelTrial> trials) {
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
        return View.of("trial/list", new Listing(trials.list(0, 50).items()));
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

    /** The months a member can answer for: those of the trial that have begun, latest first. */
    private List<YearMonth> answerable(ChannelTrial trial) {
        YearMonth now = YearMonth.now(clock.withZone(config.zone()));
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
