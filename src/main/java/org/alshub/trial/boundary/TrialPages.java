package org.alshub.trial.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
import org.alshub.trial.control.Trials;
import org.alshub.trial.entity.ChannelTrial;
import org.alshub.trial.entity.TrialChannel;
import org.alshub.trial.entity.TrialResults;

/**
 * The channel trial as pages: members say which channels they used in a month (or none), and the
 * report shows per month how many used each, as a table and as a bar chart drawn on the server
 * (an SVG with presentation attributes: the Content-Security-Policy allows no inline styles).
 */
@WebServlet({"/trials", "/trials/*"})
public class TrialPages extends PageServlet {

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

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR, Roles.OFFICER);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 0) {
            list(request, response);
        } else if (path.length == 1) {
            ChannelTrial trial = trials.require(id(path[0]));
            YearMonth month = chosen(trial, request.getParameter("month"));
            Form form = Form.empty();
            if (month != null) {
                trials.reportsOf(trial.id(), user.requireMemberId()).stream()
                        .filter(r -> r.month().equals(month)).findFirst()
                        .ifPresent(r -> form.setAll("channels", r.channelIds().isEmpty() ? List.of(NONE)
                                : r.channelIds().stream().map(String::valueOf).toList()));
            }
            answerPage(request, response, trial, month, form);
        } else if (path.length == 2 && path[1].equals("report")) {
            report(request, response, trials.require(id(path[0])));
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length != 1) {
            throw ProblemException.notFound("page");
        }
        ChannelTrial trial = trials.require(id(path[0]));
        Form form = Form.read(request).name("channels", "Channels", "Select the channels you used, or none");
        YearMonth month = chosen(trial, form.value("month"));
        if (month == null) {
            throw ProblemException.notFound("month");
        }
        List<String> given = form.all("channels");
        Set<Long> used = new HashSet<>();
        if (given.isEmpty()) {
            form.error("channels", "Select the channels you used, or select ‘I did not use any of them’");
        } else if (given.contains(NONE) && given.size() > 1) {
            form.error("channels", "Select the channels you used, or ‘I did not use any of them’, not both");
        } else if (!given.contains(NONE)) {
            for (String id : given) {
                try {
                    used.add(Long.valueOf(id));
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
            answerPage(request, response, trial, month, form);
            return;
        }
        redirectWith(request, response, "/trials/" + trial.id() + "?month=" + month,
                "Thank you: your answer for " + MONTH.format(month) + " has been saved.");
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ChannelTrial> all = trials.list(0, 50).items();
        Html items = all.isEmpty() ? Govuk.p("No channel trials have been started yet.")
                : Html.of("<ul class=\"govuk-list\">{}</ul>", Html.each(all, t -> Html.of(
                "<li><a class=\"govuk-link\" href=\"/trials/{}\">{}</a> ({} to {})</li>", t.id(), t.title(),
                MONTH.format(t.firstMonth()), MONTH.format(t.lastMonth()))));
        render(request, response, 200, "Channel trials", Html.of("""
                <h1 class="govuk-heading-l">Channel trials</h1>
                <p class="govuk-body">Which ways of keeping in touch does the set really use? Say each month which
                channels you used, so the set can choose the ones that work.</p>
                {}
                """, items));
    }

    private void answerPage(HttpServletRequest request, HttpServletResponse response, ChannelTrial trial,
                            YearMonth month, Form form) throws IOException {
        List<TrialChannel> channels = trials.channels(trial.id());
        List<Govuk.Option> options = new ArrayList<>(channels.stream()
                .map(c -> new Govuk.Option(String.valueOf(c.id()), c.name())).toList());
        options.add(new Govuk.Option(NONE, "I did not use any of them"));
        Html answer = month == null ? Govuk.p("This trial has not begun yet: you can answer from "
                + MONTH.format(trial.firstMonth()) + ".")
                : Html.of("""
                <form method="post" action="/trials/{}" novalidate>{}
                <input type="hidden" name="month" value="{}">
                {}{}
                </form>
                """, trial.id(), Csrf.field(request), month.toString(),
                Govuk.checkboxes(form, "channels", "Which of these channels did you use in " + MONTH.format(month) + "?",
                        "Select all that apply.", options),
                Govuk.button("Save answer"));
        List<YearMonth> answerable = answerable(trial);
        Html otherMonths = answerable.size() < 2 ? Html.EMPTY : Html.of("""
                <h2 class="govuk-heading-s">Answer for another month</h2>
                <ul class="govuk-list app-inline-list">{}</ul>
                """, Html.each(answerable, m -> Html.of("<li>{}</li>", m.equals(month)
                ? Html.of("<a class=\"govuk-link\" href=\"/trials/{}?month={}\" aria-current=\"page\"><strong>{}</strong></a>",
                trial.id(), m.toString(), MONTH.format(m))
                : Govuk.link("/trials/" + trial.id() + "?month=" + m, MONTH.format(m)))));
        Html main = Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                {}{}
                <span class="govuk-caption-l">Channel trial, {} to {}</span>
                <h1 class="govuk-heading-l app-wrap">{}</h1>
                {}{}
                <p class="govuk-body">{}</p>
                </div></div>
                """, Govuk.errorSummary(form), Govuk.success(flash(request)), MONTH.format(trial.firstMonth()),
                MONTH.format(trial.lastMonth()), trial.title(), answer, otherMonths,
                Govuk.link("/trials/" + trial.id() + "/report", "See the report"));
        render(request, response, form.hasErrors() ? 400 : 200, (form.hasErrors() ? "Error: " : "") + trial.title(),
                main);
    }

    private void report(HttpServletRequest request, HttpServletResponse response, ChannelTrial trial)
            throws IOException {
        TrialResults results = trials.results(trial.id());
        List<String> headings = new ArrayList<>(List.of("Month", "Answers"));
        results.overall().forEach(c -> headings.add(c.channel()));
        headings.add("None");
        headings.add("Ahead");
        List<List<Html>> rows = new ArrayList<>();
        for (TrialResults.Month m : results.months()) {
            List<Html> row = new ArrayList<>(List.of(Html.of("{}", MONTH.format(m.month())),
                    Html.of("{}", m.respondents())));
            m.channels().forEach(c -> row.add(Html.of("{}", c.members())));
            row.add(Html.of("{}", m.usedNone()));
            row.add(Html.of("{}", m.ahead().isEmpty() ? "–" : String.join(" and ", m.ahead())));
            rows.add(row);
        }
        String ahead = results.ahead().isEmpty() ? "No one has said they used a channel yet."
                : "Ahead over the whole trial: " + String.join(" and ", results.ahead()) + ".";
        render(request, response, 200, "Report: " + trial.title(), Html.of("""
                <span class="govuk-caption-l">Channel trial report</span>
                <h1 class="govuk-heading-l app-wrap">{}</h1>
                <p class="govuk-body-l">{}</p>
                <h2 class="govuk-heading-m">Members who used each channel, whole trial</h2>
                {}
                <div class="app-table-scroll" role="region" aria-label="Members per channel and month" tabindex="0">{}</div>
                <p class="govuk-body">{}</p>
                """, trial.title(), ahead, chart(results.overall()),
                Govuk.table("Members per channel and month", headings, rows),
                Govuk.link("/trials/" + trial.id(), "Answer for a month")));
    }

    /**
     * Horizontal bars, one per channel, longest for the channel most members used. The picture's
     * text alternative says the same numbers in words; the table below gives them month by month.
     */
    static Html chart(List<TrialResults.ChannelCount> counts) {
        long most = Math.max(1, counts.stream().mapToLong(TrialResults.ChannelCount::members).max().orElse(0));
        int barHeight = 28;
        int gap = 12;
        int labelWidth = 200;
        int barSpace = 330;
        int height = counts.size() * (barHeight + gap) + gap;
        List<Html> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            TrialResults.ChannelCount c = counts.get(i);
            int y = gap + i * (barHeight + gap);
            long width = Math.round((double) c.members() / most * barSpace);
            bars.add(Html.of("""
                    <text x="{}" y="{}" text-anchor="end" font-size="16" fill="#0b0c0c">{}</text>
                    <rect x="{}" y="{}" width="{}" height="{}" fill="#1d70b8"></rect>
                    <text x="{}" y="{}" font-size="16" fill="#0b0c0c">{}</text>
                    """, labelWidth - 8, y + 19, shorten(c.channel()), labelWidth, y, Math.max(width, 1), barHeight,
                    labelWidth + width + 6, y + 19, c.members()));
        }
        String description = counts.isEmpty() ? "No channels." : String.join("; ", counts.stream()
                .map(c -> c.channel() + ": " + c.members() + (c.members() == 1 ? " member" : " members")).toList());
        return Html.of("""
                <svg class="app-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 {}" width="600" height="{}"
                 role="img" aria-labelledby="chart-title chart-desc">
                <title id="chart-title">Bar chart of members who used each channel over the whole trial</title>
                <desc id="chart-desc">{}</desc>
                {}
                </svg>
                """, height, height, description, Html.join(bars));
    }

    private static String shorten(String name) {
        return name.length() <= 22 ? name : name.substring(0, 21) + "…";
    }

    /** The months a member can answer for: those of the trial that have begun, latest first. */
    private List<YearMonth> answerable(ChannelTrial trial) {
        YearMonth now = YearMonth.now(clock.withZone(config.zone()));
        List<YearMonth> months = new ArrayList<>(trial.months().stream().filter(m -> !m.isAfter(now)).toList());
        java.util.Collections.reverse(months);
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
