package org.alshub.home.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.Actions;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Answer;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.MemberFeeds;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Form;
import org.alshub.project.control.Projects;
import org.alshub.project.entity.Project;
import org.alshub.project.entity.ProjectStatus;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;

/**
 * The dashboard at /: the next workshop with the person's answer, their actions and projects, the
 * link to their own calendar, and where else to go.
 */
@WebServlet("")
public class HomePage extends PageServlet {

    /** A new feed link is shown once, on the page the button leads back to; only its hash is kept. */
    private static final String FEED = "alshub.feed";

    private static final List<Govuk.Option> ANSWERS = List.of(new Govuk.Option("GOING", "Going"),
            new Govuk.Option("MAYBE", "Maybe"), new Govuk.Option("NOT_GOING", "Not going"));

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

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR, Roles.OFFICER);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Form form = Form.read(request);
        long me = user.requireMemberId();
        if ("feed".equals(form.value("form"))) {
            String token = feeds.reset(me);
            URI root = URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + request.getContextPath() + "/");
            request.getSession().setAttribute(FEED, settings.base(root)
                    .resolve("calendar/members/" + token + ".ics").toString());
            redirectWith(request, response, "/#calendar", "Your calendar link is ready");
            return;
        }
        Answer answer;
        long workshopId;
        try {
            answer = Answer.valueOf(form.value("answer"));
            workshopId = Long.parseLong(form.value("workshopId"));
        } catch (IllegalArgumentException e) {
            page(request, response, form.name("answer", "Your answer", "Choose Going, Maybe or Not going")
                    .error("answer", "Choose Going, Maybe or Not going").anchor("answer", "answer-1"));
            return;
        }
        try {
            Rsvp rsvp = rsvps.answerForMember(workshopId, me, answer);
            redirectWith(request, response, "/#next-workshop", rsvp.isWaiting()
                    ? "You are on the waiting list: number " + rsvps.waitingPosition(rsvp)
                    : "Your answer is saved: " + label(answer));
        } catch (ProblemException refusal) {
            page(request, response, form.problem(refusal, "answer").anchor("answer", "answer-1"));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(request, response, Form.empty());
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Form form) throws IOException {
        long me = user.requireMemberId();
        String name = members.find(me).map(Member::name).orElse("");
        Workshop next = workshops.upcoming(0, 10).items().stream().filter(w -> !w.isCancelled()).findFirst().orElse(null);
        boolean facilitator = user.isFacilitator();
        Html main = Html.of("""
                {}{}<span class="govuk-caption-l">{}</span>
                <h1 class="govuk-heading-l app-wrap">Hello, {}</h1>
                <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                <h2 class="govuk-heading-m" id="next-workshop">Next workshop</h2>{}
                <h2 class="govuk-heading-m" id="my-actions">Your actions</h2>{}
                <h2 class="govuk-heading-m" id="my-projects">Your projects</h2>{}
                <h2 class="govuk-heading-m" id="calendar">Your calendar</h2>{}
                </div>
                <div class="govuk-grid-column-one-third">
                <h2 class="govuk-heading-m">Go to</h2>{}
                </div></div>
                """, Govuk.success(flash(request)), Govuk.errorSummary(form), facilitator ? "Facilitator" : "Officer",
                name, nextWorkshop(request, next, me, form), myActions(me), myProjects(me), calendar(request),
                links(facilitator));
        render(request, response, form.hasErrors() ? 400 : 200, form.hasErrors() ? "Error: Home" : "Home", main);
    }

    private Html nextWorkshop(HttpServletRequest request, Workshop next, long me, Form form) {
        if (next == null) {
            return Govuk.p("No workshop is planned yet.");
        }
        Optional<Rsvp> mine = rsvps.ofMember(next.id(), me);
        if (form.value("answer").isEmpty()) {
            mine.ifPresent(r -> form.set("answer", r.answer().name()));
        }
        String said = mine.map(r -> r.isWaiting() ? "You are on the waiting list: number " + rsvps.waitingPosition(r)
                : "You said: " + label(r.answer())).orElse("You have not answered yet.");
        return Html.of("""
                <h3 class="govuk-heading-s"><a class="govuk-link" href="/workshops/{}">{}</a></h3>
                {}
                <form method="post" action="/" novalidate>{}
                <input type="hidden" name="workshopId" value="{}">
                <p class="govuk-body" id="your-answer">{}</p>
                {}{}</form>
                """, next.id(), next.title(), Govuk.summaryList(List.of(
                new Govuk.Row("Date", Html.of("{}", Dates.day(next.startLocal().toLocalDate()))),
                new Govuk.Row("Time", Html.of("{}", Dates.times(next.startLocal().toLocalTime(),
                        next.endLocal().toLocalTime()))),
                new Govuk.Row("Where", Html.of("{}", next.location() == null ? "Not set" : next.location())))),
                Csrf.field(request), next.id(), said, Govuk.radios(form, "answer", "Will you come?", null, ANSWERS),
                Govuk.button("Save answer"));
    }

    private Html myActions(long me) {
        List<ActionRow> open = actions.ownedBy(me, 0, 100).items().stream()
                .filter(a -> a.status().equals("OPEN") || a.status().equals("IN_PROGRESS")).toList();
        if (open.isEmpty()) {
            return Govuk.p("You have no open actions.");
        }
        return Html.of("<ul class=\"govuk-list govuk-list--spaced\">{}</ul>", Html.each(open, a -> Html.of(
                "<li class=\"app-wrap\">{}<br><span class=\"govuk-body-s\">{}</span>{}</li>", a.description(),
                a.due() == null ? "No date set" : "By " + Dates.day(a.due()),
                a.overdue() ? Html.of(" {}", Govuk.tag("Overdue", "red")) : Html.EMPTY)));
    }

    private Html myProjects(long me) {
        List<Project> mine = projects.list(me, ProjectStatus.ACTIVE, 0, 20).items();
        Html list = mine.isEmpty() ? Govuk.p("You have not registered a project yet.")
                : Html.of("<ul class=\"govuk-list\">{}</ul>", Html.each(mine, p -> Html.of(
                        "<li><a class=\"govuk-link\" href=\"/projects/{}\">{}</a></li>", p.id(), p.title())));
        return Html.of("""
                {}<p class="govuk-body"><a class="govuk-link" href="/projects/new">Register a project</a></p>
                """, list);
    }

    private static Html calendar(HttpServletRequest request) {
        Object link = request.getSession().getAttribute(FEED);
        request.getSession().removeAttribute(FEED);
        Html shown = link == null ? Html.EMPTY : Html.of("""
                <p class="govuk-body">Copy one of these into your calendar. It is shown only now: keep it private.</p>
                <dl class="govuk-summary-list">
                <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Apple, Outlook (webcal)</dt>
                <dd class="govuk-summary-list__value app-wrap"><a class="govuk-link" id="feed-webcal" href="{}">{}</a></dd></div>
                <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Google and others (https)</dt>
                <dd class="govuk-summary-list__value app-wrap"><code id="feed-https">{}</code></dd></div>
                </dl>
                """, webcal(link.toString()), webcal(link.toString()), link.toString());
        return Html.of("""
                <p class="govuk-body">Subscribe to the workshops you are going to, in your own calendar.
                Making a new link stops any earlier one working.</p>{}
                <form method="post" action="/" novalidate>{}<input type="hidden" name="form" value="feed">
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Make a calendar link</button>
                </form>
                """, shown, Csrf.field(request));
    }

    private static String webcal(String url) {
        return "webcal" + url.substring(url.indexOf(':'));
    }

    private static String label(Answer answer) {
        return ANSWERS.stream().filter(o -> o.value().equals(answer.name())).map(Govuk.Option::label)
                .findFirst().orElse(answer.name());
    }

    private static Html links(boolean facilitator) {
        return facilitator ? Html.of("""
                <ul class="govuk-list">
                <li><a class="govuk-link" href="/workshops">Workshops, upcoming and past</a></li>
                <li><a class="govuk-link" href="/workshops/new">Schedule a workshop</a></li>
                <li><a class="govuk-link" href="/series/new">Start a monthly series</a></li>
                <li><a class="govuk-link" href="/projects">Your projects</a></li>
                <li><a class="govuk-link" href="/reports">Reports</a></li>
                <li><a class="govuk-link" href="/members">Members</a></li>
                <li><a class="govuk-link" href="/members/new">Add a member</a></li>
                <li><a class="govuk-link" href="/me">Your profile</a></li>
                </ul>
                """) : Html.of("""
                <ul class="govuk-list">
                <li><a class="govuk-link" href="/workshops">Workshops, upcoming and past</a></li>
                <li><a class="govuk-link" href="/projects">Your projects</a></li>
                <li><a class="govuk-link" href="/reports">Reports</a></li>
                <li><a class="govuk-link" href="/members">Member directory</a></li>
                <li><a class="govuk-link" href="/me">Your profile</a></li>
                </ul>
                """);
    }
}
